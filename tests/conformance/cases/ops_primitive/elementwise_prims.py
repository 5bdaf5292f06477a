# conformance: rtol=1e-4 atol=1e-6
# (MindSpore's CPU tanh is a fast approximation with relative errors up to ~2e-5)
import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, -2.5], [4.0, 0.5]], np.float32))
y = Tensor(np.array([2.0, 3.0], np.float32))
for name in ["Add", "Sub", "Mul", "Div", "RealDiv", "FloorDiv", "FloorMod", "Mod", "Pow",
             "Maximum", "Minimum", "Equal", "NotEqual", "Greater", "GreaterEqual", "Less",
             "LessEqual", "SquaredDifference", "Atan2", "Xdivy", "Xlogy", "DivNoNan", "MulNoNan"]:
    print(name, repr(getattr(ops, name)()(x, y)))
for name in ["Neg", "Abs", "Exp", "Sqrt", "Rsqrt", "Square", "Reciprocal", "Sin", "Cos", "Tanh",
             "Sigmoid", "ReLU", "Floor", "Ceil", "Round", "Sign", "Erf", "Log1p", "Expm1",
             "IsNan", "IsFinite", "LogicalNot", "Softplus"]:
    print(name, repr(getattr(ops, name)()(ops.abs(x) if name in ("Sqrt", "Rsqrt") else x)))
print(repr(ops.Add()(1, 2)), repr(ops.Mul()(x, 2)), repr(ops.Sub()(3.0, x)))
print(repr(ops.DivNoNan()(x, Tensor(np.array([0.0, 2.0], np.float32)))))
print(repr(ops.Log()(Tensor(np.array([1.0, 2.0], np.float32)))))
i = Tensor(np.array([7, -7], np.int32))
print(repr(ops.Mod()(i, Tensor(np.array([3, 3], np.int32)))), repr(ops.FloorMod()(i, Tensor(np.array([3, 3], np.int32)))))
print(repr(ops.Div()(i, Tensor(np.array([2, 2], np.int32)))), repr(ops.RealDiv()(x, 2.0)))
print(repr(ops.AddN()((x, x, x))), repr(ops.AddN()([y])))
