import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
i = Tensor(np.array([[1, 5, 3], [4, 2, -6]], np.int32))
b = Tensor(np.array([[True, False, True], [True, True, True]]))
for name in ["ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd"]:
    p = getattr(ops, name)
    print(name, repr(p()(x)), repr(p()(x, 1)), repr(p(True)(x, 0)), repr(p()(x, (0, 1))),
          repr(p()(i, 1)), repr(p(keep_dims=True)(i)))
print(repr(ops.ReduceAll()(b, 1)), repr(ops.ReduceAny(True)(b)), repr(ops.ReduceAll()(b)))
print(repr(ops.ReduceSum()(b)), repr(ops.ReduceSum()(x, [0])))
# ReduceSum(skip_mode=True)(x, ()) should return x unchanged; MindSpore 2.10 CPU fills the input shape
# with the total sum (a bug), so only the reducing form is checked.
print(repr(ops.ReduceSum(skip_mode=True)(x, 1)))
print(repr(ops.ReduceSum()(x, -1)))
