import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

x = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
print(repr(ops.Reshape()(x, (3, 2))), repr(ops.Transpose()(x, (1, 0))), repr(ops.Cast()(x, ms.int32)))
print(ops.ExpandDims()(x, 1).shape, ops.Squeeze()(Tensor(np.ones((1, 2, 1), np.float32))).shape, ops.Squeeze(2)(Tensor(np.ones((1, 2, 1), np.float32))).shape)
print(repr(ops.Concat()((x, x))), repr(ops.Concat(1)([x, x])))
print(repr(ops.Stack()([x, x]).shape), repr(ops.Stack(2)((x, x)).shape), repr(ops.Pack()((x, x)).shape))
print(repr(ops.Unstack()(x)), repr(ops.Unstack(1)(x)))
print(repr(ops.Split(1, 3)(x)), repr(ops.Split()(x)))
print(repr(ops.Tile()(x, (2, 1))), repr(ops.Tile()(x, (2, 1, 1)).shape))
print(repr(ops.OneHot()(Tensor(np.array([0, 2], np.int32)), 3, Tensor(1.0), Tensor(0.0))))
print(repr(ops.OneHot(0)(Tensor(np.array([0, 2], np.int32)), 3, Tensor(2.0, ms.float16), Tensor(0.0, ms.float16))))
print(repr(ops.Fill()(ms.float32, (2, 2), 3)), repr(ops.Fill()(ms.int8, (1,), 2)))
print(repr(ops.Zeros()((2,), ms.int32)), repr(ops.Ones()((1, 2), ms.float16)), repr(ops.Ones()(2)))
print(repr(ops.ZerosLike()(x)), repr(ops.OnesLike()(Tensor(np.array([1, 2], np.int64)))))
print(ops.Shape()(x), ops.DType()(x), ops.Rank()(x), ops.Size()(x))
print(repr(ops.Eye()(2, 3, ms.int32)), repr(ops.LinSpace()(Tensor(0.0), Tensor(1.0), 3)))
print(repr(ops.Range()(Tensor(0), Tensor(5), Tensor(2))))
print(repr(ops.ScalarToTensor()(7)), repr(ops.TupleToArray()((1, 2))), ops.ScalarCast()(3.9, ms.int64), ops.ScalarCast()(2, ms.float64))
print(repr(ops.Flatten()(Tensor(np.ones((2, 3, 2), np.float32))).shape))
print(repr(ops.Meshgrid()((Tensor(np.array([1, 2], np.int32)), Tensor(np.array([3, 4, 5], np.int32))))))
