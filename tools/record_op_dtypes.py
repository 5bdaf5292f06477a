"""Record which input dtypes MindSpore's ops accept and the dtype they return (run with a
real-MindSpore interpreter).

    GLOG_v=3 .venv-ms/bin/python tools/record_op_dtypes.py

For every op expression below and every dtype, the op runs on a small (2, 2) Tensor of that dtype
(binary ops get two Tensors of the same dtype) and the result dtype(s), or the exception type, is
recorded into ``ms_compat/ops/function/_op_dtypes.json``: {op: {dtype: "Float32" | ["Float32",
"Int64"] | "!TypeError"}}. ms_compat's ops consult this table to cast their inputs and to raise
MindSpore's exception for dtypes MindSpore (CPU) rejects.

MindSpore's PyNative executor sometimes re-raises an error on the next few ops; after every error
a probe op runs until it succeeds, so each entry reflects the op itself.
"""
import json
import os
import sys
import time

import numpy as np

DTYPES = ["Bool", "Int8", "Int16", "Int32", "Int64", "UInt8", "Float16", "Float32", "Float64",
          "BFloat16"]

UNARY = {
    # elementwise
    "neg": "ops.neg(x)", "abs": "ops.abs(x)", "exp": "ops.exp(x)", "exp2": "ops.exp2(x)",
    "expm1": "ops.expm1(x)", "log": "ops.log(x)", "log1p": "ops.log1p(x)", "log2": "ops.log2(x)",
    "log10": "ops.log10(x)", "sqrt": "ops.sqrt(x)", "rsqrt": "ops.rsqrt(x)",
    "square": "ops.square(x)", "reciprocal": "ops.reciprocal(x)", "inv": "ops.inv(x)",
    "sin": "ops.sin(x)", "cos": "ops.cos(x)", "tan": "ops.tan(x)", "asin": "ops.asin(x)",
    "acos": "ops.acos(x)", "atan": "ops.atan(x)", "sinh": "ops.sinh(x)", "cosh": "ops.cosh(x)",
    "tanh": "ops.tanh(x)", "asinh": "ops.asinh(x)", "acosh": "ops.acosh(x)",
    "atanh": "ops.atanh(x)", "erf": "ops.erf(x)", "erfc": "ops.erfc(x)",
    "erfinv": "ops.erfinv(x)", "sign": "ops.sign(x)", "floor": "ops.floor(x)",
    "ceil": "ops.ceil(x)", "round": "ops.round(x)", "trunc": "ops.trunc(x)", "frac": "ops.frac(x)",
    "sigmoid": "ops.sigmoid(x)", "relu": "ops.relu(x)", "deg2rad": "ops.deg2rad(x)",
    "rad2deg": "ops.rad2deg(x)", "isnan": "ops.isnan(x)", "isinf": "ops.isinf(x)",
    "isfinite": "ops.isfinite(x)", "isneginf": "ops.isneginf(x)", "isposinf": "ops.isposinf(x)",
    "logical_not": "ops.logical_not(x)", "invert": "ops.invert(x)", "lgamma": "ops.lgamma(x)",
    "digamma": "ops.digamma(x)", "sinc": "ops.sinc(x)", "logit": "ops.logit(x)",
    "nan_to_num": "ops.nan_to_num(x)", "softmax": "ops.softmax(x)",
    "log_softmax": "ops.log_softmax(x)", "clamp_int": "ops.clamp(x, 0, 2)",
    "clamp_float": "ops.clamp(x, 0.5, 2.5)", "clip_by_value": "ops.clip_by_value(x, 0, 2)",
    "square_method": "x.square()", "zeros_like": "ops.zeros_like(x)",
    "ones_like": "ops.ones_like(x)", "tril": "ops.tril(x)", "triu": "ops.triu(x)",
    "trace": "ops.trace(x)", "diag": "ops.diag(x)", "flip": "ops.flip(x, (0,))",
    "roll": "ops.roll(x, 1, 0)", "sort": "ops.sort(x)", "argsort": "ops.argsort(x)",
    "topk": "ops.topk(x, 1)", "top_k": "ops.top_k(x, 1)", "unique": "ops.unique(x)",
    "nonzero": "ops.nonzero(x)", "argwhere": "ops.argwhere(x)",
    "masked_select": "ops.masked_select(x, x > 1)" ,
    # reductions
    "sum": "ops.sum(x)", "sum_axis": "ops.sum(x, 0)", "mean": "ops.mean(x)", "prod": "ops.prod(x)",
    "amax": "ops.amax(x)", "amin": "ops.amin(x)", "max": "ops.max(x)", "min": "ops.min(x)",
    "max_axis": "ops.max(x, 0)", "min_axis": "ops.min(x, 0)", "argmax": "ops.argmax(x)",
    "argmin": "ops.argmin(x)", "all": "ops.all(x)", "any": "ops.any(x)", "var": "ops.var(x)",
    "std": "ops.std(x)", "var_mean": "ops.var_mean(x)", "std_mean": "ops.std_mean(x)",
    "logsumexp": "ops.logsumexp(x, 0)", "cumsum": "ops.cumsum(x, 0)",
    "cumprod": "ops.cumprod(x, 0)", "cummax": "ops.cummax(x, 0)", "cummin": "ops.cummin(x, 0)",
    "logcumsumexp": "ops.logcumsumexp(x, 0)", "median": "ops.median(x)",
    "nansum": "ops.nansum(x)", "nanmean": "ops.nanmean(x)", "norm": "ops.norm(x)",
    "count_nonzero": "ops.count_nonzero(x)", "aminmax": "ops.aminmax(x)",
    "reduce_sum": "ops.reduce_sum(x)", "reduce_mean": "ops.reduce_mean(x)",
    "reduce_max": "ops.reduce_max(x)", "reduce_min": "ops.reduce_min(x)",
    "diff": "ops.diff(x)",
    "P.ReduceSum": "P.ReduceSum()(x)", "P.ReduceMean": "P.ReduceMean()(x)",
    "P.ReduceMax": "P.ReduceMax()(x)", "P.ReduceMin": "P.ReduceMin()(x)",
    "P.ReduceProd": "P.ReduceProd()(x)", "P.ReduceAll": "P.ReduceAll()(x)",
    "P.ReduceAny": "P.ReduceAny()(x)", "P.Argmax": "P.Argmax()(x)", "P.Argmin": "P.Argmin()(x)",
    "P.ArgMaxWithValue": "P.ArgMaxWithValue()(x)", "P.ArgMinWithValue": "P.ArgMinWithValue()(x)",
    "P.CumSum": "P.CumSum()(x, 0)", "P.CumProd": "P.CumProd()(x, 0)",
    "P.Softmax": "P.Softmax()(x)", "P.Sigmoid": "P.Sigmoid()(x)", "P.ReLU": "P.ReLU()(x)",
    "P.Tanh": "P.Tanh()(x)", "P.Exp": "P.Exp()(x)", "P.Log": "P.Log()(x)",
    "P.Sqrt": "P.Sqrt()(x)", "P.Square": "P.Square()(x)", "P.Neg": "P.Neg()(x)",
    "P.Abs": "P.Abs()(x)", "P.Reciprocal": "P.Reciprocal()(x)", "P.Floor": "P.Floor()(x)",
    "P.Sign": "P.Sign()(x)", "P.Erf": "P.Erf()(x)", "P.LogSoftmax": "P.LogSoftmax()(x)",
    "P.L2Loss": "P.L2Loss()(x)", "P.IsNan": "P.IsNan()(x)", "P.OnesLike": "P.OnesLike()(x)",
    "P.ZerosLike": "P.ZerosLike()(x)", "P.Sort": "P.Sort()(x)", "P.TopK": "P.TopK()(x, 1)",
    "P.Unique": "P.Unique()(x.reshape(-1))", "P.NonZero": "P.NonZero()(x)",
    # Tensor methods
    "T.sum": "x.sum()", "T.mean": "x.mean()", "T.prod": "x.prod()", "T.max": "x.max()",
    "T.min": "x.min()", "T.argmax": "x.argmax()", "T.argmin": "x.argmin()", "T.std": "x.std()",
    "T.var": "x.var()", "T.abs": "x.abs()", "T.exp": "x.exp()", "T.all": "x.all()",
    "T.any": "x.any()", "T.cumsum": "x.cumsum(0)", "T.norm": "x.norm()",
    "T.argmax_with_value": "x.argmax_with_value()",
}

BINARY = {
    "add": "ops.add(x, y)", "sub": "ops.sub(x, y)", "mul": "ops.mul(x, y)",
    "div": "ops.div(x, y)", "div_floor": "ops.div(x, y, rounding_mode='floor')",
    "div_trunc": "ops.div(x, y, rounding_mode='trunc')", "true_divide": "ops.true_divide(x, y)",
    "floor_divide": "ops.floor_divide(x, y)", "floor_mod": "ops.floor_mod(x, y)",
    "remainder": "ops.remainder(x, y)", "fmod": "ops.fmod(x, y)", "pow": "ops.pow(x, y)",
    "maximum": "ops.maximum(x, y)", "minimum": "ops.minimum(x, y)", "fmax": "ops.fmax(x, y)",
    "fmin": "ops.fmin(x, y)", "atan2": "ops.atan2(x, y)", "hypot": "ops.hypot(x, y)",
    "logaddexp": "ops.logaddexp(x, y)", "logaddexp2": "ops.logaddexp2(x, y)",
    "xlogy": "ops.xlogy(x, y)", "xdivy": "ops.xdivy(x, y)", "equal": "ops.equal(x, y)",
    "not_equal": "ops.not_equal(x, y)", "greater": "ops.greater(x, y)",
    "greater_equal": "ops.greater_equal(x, y)", "less": "ops.less(x, y)",
    "less_equal": "ops.less_equal(x, y)", "logical_and": "ops.logical_and(x, y)",
    "logical_or": "ops.logical_or(x, y)", "logical_xor": "ops.logical_xor(x, y)",
    "bitwise_and": "ops.bitwise_and(x, y)", "bitwise_or": "ops.bitwise_or(x, y)",
    "bitwise_xor": "ops.bitwise_xor(x, y)", "bitwise_left_shift": "ops.bitwise_left_shift(x, y)",
    "bitwise_right_shift": "ops.bitwise_right_shift(x, y)", "gcd": "ops.gcd(x, y)",
    "lcm": "ops.lcm(x, y)", "copysign": "ops.copysign(x, y)", "heaviside": "ops.heaviside(x, y)",
    "truncate_div": "ops.truncate_div(x, y)", "truncate_mod": "ops.truncate_mod(x, y)",
    "matmul": "ops.matmul(x, y)", "mm": "ops.mm(x, y)", "dot": "ops.dot(x, y)",
    "outer": "ops.outer(x[0], y[0])", "inner": "ops.inner(x, y)", "kron": "ops.kron(x, y)",
    "isclose": "ops.isclose(x, y)", "lerp": "ops.lerp(x, y, 0.5)", "float_power": "ops.float_power(x, y)",
    "cross": "ops.cross(ops.tile(x, (1, 2))[:, :3], ops.tile(y, (1, 2))[:, :3])",
    "addcmul": "ops.addcmul(x, x, y, 1)", "addcdiv": "ops.addcdiv(x, x, y, 1)",
    "where": "ops.where(x > 1, x, y)", "masked_fill": "ops.masked_fill(x, y > 1, 0.5)",
    "approximate_equal": "ops.approximate_equal(x, y)", "tensor_dot": "ops.tensor_dot(x, y, 1)",
    "cdist": "ops.cdist(x, y)", "dist": "ops.dist(x, y)", "bmm": "ops.bmm(x[None], y[None])",
    "batch_dot": "ops.batch_dot(x, y)",
    "P.Add": "P.Add()(x, y)", "P.Sub": "P.Sub()(x, y)", "P.Mul": "P.Mul()(x, y)",
    "P.Div": "P.Div()(x, y)", "P.RealDiv": "P.RealDiv()(x, y)", "P.FloorDiv": "P.FloorDiv()(x, y)",
    "P.FloorMod": "P.FloorMod()(x, y)", "P.Mod": "P.Mod()(x, y)", "P.Pow": "P.Pow()(x, y)",
    "P.Maximum": "P.Maximum()(x, y)", "P.Minimum": "P.Minimum()(x, y)",
    "P.MatMul": "P.MatMul()(x, y)", "P.BatchMatMul": "P.BatchMatMul()(x[None], y[None])",
    "P.Equal": "P.Equal()(x, y)", "P.Greater": "P.Greater()(x, y)", "P.Less": "P.Less()(x, y)",
    "P.LogicalAnd": "P.LogicalAnd()(x, y)", "P.SquaredDifference": "P.SquaredDifference()(x, y)",
    "P.DivNoNan": "P.DivNoNan()(x, y)", "P.MulNoNan": "P.MulNoNan()(x, y)",
    "P.Xdivy": "P.Xdivy()(x, y)", "P.Xlogy": "P.Xlogy()(x, y)", "P.AddN": "P.AddN()((x, y))",
    "P.Atan2": "P.Atan2()(x, y)", "P.BiasAdd": "P.BiasAdd()(x, y[0])",
    "P.TruncateDiv": "P.TruncateDiv()(x, y)", "P.Select": "P.Select()(x > 1, x, y)",
    "T.add": "x.add(y)", "T.matmul": "x.matmul(y)", "op.truediv": "x / y",
    "op.floordiv": "x // y", "op.mod": "x % y", "op.pow": "x ** y", "op.and": "x & y",
    "op.or": "x | y", "op.xor": "x ^ y", "op.lshift": "x << y", "op.invert": "~x",
    "op.add": "x + y", "op.sub": "x - y", "op.mul": "x * y", "op.neg": "-x", "op.abs": "abs(x)",
    "op.eq": "x == y", "op.lt": "x < y", "op.matmul": "x @ y", "T.sub": "x.sub(y)",
    "T.mul": "x.mul(y)", "T.div": "x.div(y)", "T.pow": "x.pow(y)", "T.maximum": "x.maximum(y)",
    "T.mean_dim": "x.mean(0)", "T.log": "x.log()", "T.sqrt": "x.sqrt()", "T.sigmoid": "x.sigmoid()",
    "T.softmax": "x.softmax(0)", "T.tanh": "x.tanh()", "T.relu": "x.relu()",
    "T.round": "x.round()", "T.floor": "x.floor()", "T.clamp": "x.clamp(0, 2)",
    "T.sort": "x.sort()", "T.topk": "x.topk(1)", "T.argsort": "x.argsort()",
    "T.cumprod": "x.cumprod(0)", "T.nansum": "x.nansum()", "T.logsumexp": "x.logsumexp(0)",
    "T.count_nonzero": "x.count_nonzero()", "T.max_dim": "x.max(0)", "T.min_dim": "x.min(0)",
    "T.std_dim": "x.std(0)", "T.var_dim": "x.var(dim=0)", "T.prod_dim": "x.prod(0)",
    "T.sum_dim": "x.sum(0)", "T.median": "x.median()", "T.square": "x.square()",
    "T.reciprocal": "x.reciprocal()", "T.neg": "x.neg()",
}


def main():
    import mindspore as ms  # noqa: F401
    from mindspore import Tensor, ops
    from mindspore.ops import operations as P
    probe = Tensor(np.ones(1, np.float32))

    def settle():
        for _ in range(300):
            try:
                ops.add(probe, probe).asnumpy()
                return
            except Exception:  # noqa: BLE001 - the error of an earlier op surfacing again
                time.sleep(0.01)

    def make(dt, which):
        if dt == "Bool":
            vals = [[True, False], [True, True]] if which == 0 else [[False, True], [True, True]]
            return Tensor(np.array(vals))
        vals = [[1, 2], [3, 4]] if which == 0 else [[2, 1], [1, 2]]
        return Tensor(np.array(vals, np.float32), dtype=getattr(ms, dt.lower()))

    def dtypes_of(r):
        if isinstance(r, (tuple, list)):
            return [dtypes_of(v) for v in r]
        if isinstance(r, Tensor):
            r.asnumpy()
            return str(r.dtype)
        return type(r).__name__

    out = {}
    for table, binary in ((UNARY, False), (BINARY, True)):
        for key, expr in table.items():
            row = {}
            for dt in DTYPES:
                env = {"ops": ops, "P": P, "x": make(dt, 0), "y": make(dt, 1) if binary else None}
                try:
                    row[dt] = dtypes_of(eval(expr, env))  # noqa: S307 - our own expressions
                except Exception as e:  # noqa: BLE001
                    row[dt] = "!" + type(e).__name__
                    settle()
            out[key] = row
            print(key, row, file=sys.stderr)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "ms_compat", "ops",
                        "function", "_op_dtypes.json")
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(out, f, indent=0, sort_keys=True)
        f.write("\n")
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
