# conformance: rtol=3e-3 atol=1e-5
# (MindSpore computes some Float16 kernels and gradients natively in half precision, a few f16
# ulps from the exactly rounded result, and its Float32 mish gradient at x=6 is 1.0 where the
# derivative is 1.000134; values are otherwise compared at this looser tolerance.)
# ops.hardswish / mish / selu / softsign / fast_gelu / prelu: values over the interesting ranges,
# dtypes (float16/float64 kept, ints and bools rejected or accepted as MindSpore does), gradients.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


xs = np.array([-25.0, -6.0, -3.0, -2.5, -1.0, -0.5, 0.0, 0.5, 1.0, 2.5, 3.0, 6.0, 25.0], np.float32)
w = Tensor(np.array([0.25], np.float32))
ops_list = [("hardswish", ops.hardswish), ("mish", ops.mish), ("selu", ops.selu),
            ("softsign", ops.softsign), ("fast_gelu", ops.fast_gelu),
            ("prelu", lambda x: ops.prelu(x, w if x.dtype == ms.float32 else w.astype(x.dtype)))]
for name, op in ops_list:
    run(name + " f32", lambda: op(Tensor(xs)))
    run(name + " f16", lambda: op(Tensor(xs, ms.float16)))
    run(name + " f64", lambda: op(Tensor(xs, ms.float64)))
    run(name + " 2d", lambda: op(Tensor(xs[1:11].reshape(2, 5))))
    run(name + " 0d", lambda: op(Tensor(np.float32(-1.5))))
    run(name + " int32", lambda: op(Tensor(np.array([-2, 0, 3], np.int32))))
    run(name + " bool", lambda: op(Tensor(np.array([True, False]))))
    run(name + " list", lambda: op([1.0, 2.0]))
    run(name + " grad", lambda: ms.grad(lambda x: op(x).sum())(Tensor(xs)))
    run(name + " grad f64", lambda: ms.grad(lambda x: (op(x) * op(x)).sum())(Tensor(xs, ms.float64)))
    run(name + " grad f16", lambda: ms.grad(lambda x: op(x).sum())(Tensor(xs, ms.float16)))
for name in ("relu", "sigmoid", "softmax", "log_softmax"):
    run(name + " list", lambda: getattr(ops, name)([1.0, -1.0]))
    run(name + " scalar", lambda: getattr(ops, name)(1.0))
    run(name + " int list", lambda: getattr(ops, name)([1, 2]))
run("softmax int32", lambda: ops.softmax(Tensor(np.array([1, 2], np.int32))))
run("mish int list", lambda: ops.mish([1, 2]))
