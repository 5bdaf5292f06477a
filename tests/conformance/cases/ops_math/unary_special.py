import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([0.1, 0.5, 0.9], np.float32))
for name in ["erf", "erfc", "erfinv", "lgamma", "digamma", "logit", "sigmoid", "isnan",
             "isinf", "isfinite", "isneginf", "isposinf", "positive", "logical_not"]:
    print(name, repr(getattr(ops, name)(x)))
print(repr(ops.logit(x, eps=0.2)))
s = Tensor(np.array([np.nan, np.inf, -np.inf, 1.5], np.float32))
print(repr(ops.isnan(s)), repr(ops.isinf(s)), repr(ops.isfinite(s)))
print(repr(ops.isneginf(s)), repr(ops.isposinf(s)))
print(repr(ops.nan_to_num(s)))
print(repr(ops.nan_to_num(s, nan=0.5, posinf=100.0, neginf=-100.0)))
