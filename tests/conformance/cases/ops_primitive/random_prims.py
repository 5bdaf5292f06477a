import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

d = ops.Dropout(keep_prob=0.5, Seed0=1, Seed1=2)
print(d(Tensor(np.ones(6, np.float32))))
print(d(Tensor(np.ones(6, np.float32))))
print(ops.Dropout(keep_prob=0.5, Seed0=1, Seed1=2)(Tensor(np.ones(6, np.float32)))[1])
print(d(Tensor(np.ones(4, np.float32)))[1], d(Tensor(np.ones(6, np.float32)))[1])
s = ops.StandardNormal(seed=3, seed2=4)
print(s((3,)), s((2, 2)))
u = ops.UniformReal(seed=3, seed2=4)
print(u((3,)), u(Tensor(np.array([2], np.int32))))
ui = ops.UniformInt(seed=3, seed2=4)
print(ui((4,), Tensor(0, ms.int32), Tensor(10, ms.int32)))
print(repr(s), repr(u), repr(ui), repr(d))
try:
    print(ops.Dropout(keep_prob=1.5)(Tensor(np.ones(3, np.float32))))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
