import numpy as np
from mindspore import Tensor

x = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4))
print(repr(x.gather(Tensor(np.array([2, 0], np.int32)), 0)), repr(x.gather(Tensor(np.array([1], np.int32)), 1)))
print(repr(x.gather(1, Tensor(np.array([[0, 0], [1, 3], [2, 2]], np.int64)))))
print(repr(x.gather_elements(0, Tensor(np.array([[2, 1, 0, 0]], np.int32)))), repr(x.gather_nd(Tensor(np.array([[1, 2]], np.int32)))))
print(repr(x.index_select(1, Tensor(np.array([0, 3], np.int32)))), repr(x.index_select(0, Tensor(np.array([2])))))
print(repr(x.select(0, 1)), repr(x.select(1, -1)), repr(x.select(x > 5, 0.0)))
print(repr(x.masked_fill(x > 8, -1.0)), repr(x.masked_select(x > 8)), repr(x.where(x < 3, 100.0)))
print(repr(x.nonzero()), repr(x.argwhere().shape))
print(repr(x.take(Tensor(np.array([0, 11], np.int32)))))
print(repr(x.scatter(1, Tensor(np.array([[0], [1], [2]], np.int64)), Tensor(np.full((3, 1), -5.0, np.float32)))))
print(repr(x.index_fill(1, Tensor(np.array([1], np.int32)), 0.5)))
print(repr(x.narrow(1, 1, 2)), repr(x.tril()), repr(x.triu(1)))
print(repr(x.split(2)), repr(x.split(2, 1)), repr(x.split([1, 3], 1)))
print(repr(x.chunk(2)), repr(x.chunk(2, 1)), repr(x.unbind(1)))
