import numpy as np
from mindspore import Tensor

x = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
print(x.reshape(3, 2))
print(x.reshape((6,)).shape, x.reshape(-1, 2).shape)
print(x.transpose())
print(x.T.shape)
print(x.view(3, 2).shape)
print(x.flatten())
print(x.expand_dims(0).shape, x.squeeze().shape, Tensor(np.zeros((1, 3, 1), np.float32)).squeeze().shape)
print(len(x), x.size)
