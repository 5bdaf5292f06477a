import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.array([[-2.0, 0.5, 3.0], [4.0, -1.0, 6.0]], np.float32))
i = Tensor(np.array([-3, 1, 5], np.int32))
print(repr(ops.clamp(x, 0, 4)), repr(ops.clamp(x, min=1.0)), repr(ops.clamp(x, max=2)))
print(repr(ops.clip(x, Tensor(0.0), Tensor(2.5))))
print(repr(ops.clamp(i, 0, 2)), repr(ops.clamp(i, 0.5, 2.5)), repr(ops.clamp(i, max=0.5)))
print(repr(ops.clamp(x, 4, 2)))
print(repr(ops.clip_by_value(x, 0, 2)))
print(repr(ops.clip_by_value(x, Tensor(-1.0), Tensor(1.0))))
print(repr(ops.clip_by_value([x, x * 2], 0, 3)))
print(repr(ops.clip_by_norm(x, 1.0)))
print(repr(ops.clip_by_norm(x, 100.0)))
print(repr(ops.clip_by_global_norm((x, x * 2), 1.0)))
print(repr(ops.clip_by_global_norm([x], 50.0)))
try:
    print(ops.clamp(x))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
