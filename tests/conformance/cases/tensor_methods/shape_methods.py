import numpy as np
import mindspore as ms
from mindspore import Tensor

x = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
print(x.reshape(6, 4).shape, x.reshape((4, -1)).shape, x.reshape([24]).shape, x.view(4, 6).shape, x.view((2, 12)).shape)
print(x.transpose().shape, x.transpose(2, 0, 1).shape, x.transpose((1, 0, 2)).shape, x.transpose(0, 2).shape)
print(x.permute(2, 1, 0).shape, x.permute((1, 2, 0)).shape, x.swapaxes(0, 1).shape, x.swapdims(1, 2).shape)
s = Tensor(np.ones((1, 3, 1), np.float32))
print(s.squeeze().shape, s.squeeze(0).shape, s.squeeze(2).shape, s.unsqueeze(0).shape, s.expand_dims(-1).shape)
print(x.flatten().shape, x.flatten(1).shape, x.flatten(start_dim=1, end_dim=2).shape, x.ravel().shape)
m = Tensor(np.array([[1.0, 2.0, 3.0]], np.float32))
print(repr(m.t()), repr(m.T), repr(x[0].mT.shape), repr(m.expand(2, 3)), repr(m.expand_as(Tensor(np.zeros((2, 3))))))
print(repr(m.broadcast_to((2, 3))), repr(m.broadcast_to(2, 3)), repr(m.tile((2, 1))), repr(m.tile(1, 2)))
print(repr(m.view_as(Tensor(np.zeros((3, 1))))), repr(m.reshape_as(Tensor(np.zeros(3)))))
print(repr(x.view(24)[5]), x.size, x.ndim, x.numel(), x.nelement(), x.dim(), x.ndimension(), x.shape)
print(repr(m.view(ms.int32)))
