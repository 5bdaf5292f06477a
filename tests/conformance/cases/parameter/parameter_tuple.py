import numpy as np
from mindspore import Tensor, Parameter, ParameterTuple

a = Parameter(Tensor(np.array([1.0], np.float32)), name="a")
b = Parameter(Tensor(np.array([2.0], np.float32)), name="b")
pt = ParameterTuple((a, b))
print(type(pt).__name__, len(pt), [p.name for p in pt])
print(pt[0] is a, isinstance(pt, tuple))
print(pt)
c = pt.clone(prefix="copy")
print([p.name for p in c], c[0] is a)
dup = Parameter(Tensor(np.array([3.0], np.float32)), name="a")
try:
    ParameterTuple((a, dup))
except Exception as e:
    print("ERR", type(e).__name__)
try:
    ParameterTuple((a, Tensor(np.array([1.0], np.float32))))
except Exception as e:
    print("ERR", type(e).__name__)
