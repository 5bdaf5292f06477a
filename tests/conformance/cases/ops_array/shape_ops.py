import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
print(repr(ops.reshape(x, (4, -1)).shape), repr(ops.reshape(x, [6, 4])[5]))
print(ops.transpose(x, (2, 0, 1)).shape, ops.permute(x, (1, 2, 0)).shape)
print(ops.swapaxes(x, 0, 2).shape, ops.swapdims(x, 1, 2).shape)
print(ops.moveaxis(x, 0, -1).shape, ops.movedim(x, (0, 1), (2, 0)).shape)
s = Tensor(np.ones((1, 3, 1, 2), np.float32))
print(ops.squeeze(s).shape, ops.squeeze(s, 0).shape, ops.squeeze(s, (0, 2)).shape, ops.squeeze(s, 1).shape)
print(ops.expand_dims(x, 0).shape, ops.expand_dims(x, -1).shape, ops.unsqueeze(x, 1).shape)
print(ops.flatten(x).shape, ops.flatten(x, start_dim=0).shape, ops.flatten(x, start_dim=0, end_dim=1).shape)
print(repr(ops.flatten(Tensor(np.array(3.0, np.float32)))))
print(repr(ops.ravel(x[0, :2])), repr(ops.t(Tensor(np.array([[1, 2, 3]], np.int32)))))
print(repr(ops.transpose(x, (1, 0, 2))[1]))
