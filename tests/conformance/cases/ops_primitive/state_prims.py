import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter

p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="p")
ops.Assign()(p, Tensor(np.array([5.0, 6.0], np.float32)))
print(repr(p.value()))
ops.AssignAdd()(p, Tensor(np.array([1.0, 1.0], np.float32)))
print(repr(p.value()))
ops.AssignSub()(p, Tensor(np.array([0.5, 0.5], np.float32)))
print(repr(p.value()))
x = Tensor(np.array([3.0, 4.0], np.float32))
print(repr(ops.Depend()(x, ops.Assign()(p, x * 2))), repr(p.value()))
print(repr(ops.Identity()(x)), repr(ops.StopGradient()(x)))
q = Parameter(Tensor(np.zeros((3, 2), np.float32)), name="q")
out = ops.ScatterUpdate()(q, Tensor(np.array([1], np.int32)), Tensor(np.array([[7.0, 8.0]], np.float32)))
print(repr(out), repr(q.value()))
ops.ScatterAdd()(q, Tensor(np.array([1, 1], np.int32)), Tensor(np.ones((2, 2), np.float32)))
print(repr(q.value()))
ops.ScatterNdUpdate()(q, Tensor(np.array([[0, 0]], np.int32)), Tensor(np.array([-1.0], np.float32)))
print(repr(q.value()))
