import numpy as np
from mindspore import Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0], [4.0, 2.0, 6.0]], np.float32))
# Tensor.kthvalue and Tensor.quantile have no CPU implementation in MindSpore 2.10: not compared.
print(repr(x.sum_to_size(1, 3)), repr(x.sum_to_size(2, 1)), repr(x.sum_to_size(3)))
print(repr(x.resize(3, 3)), repr(x.resize(4)))
print(repr(x.nanmedian(1)), repr(x.cov()), repr(x.renorm(2, 0, 5.0)))
print(repr(x.H), repr(x.mH), repr(x.adjoint()))
print(repr(x.reverse_sequence(Tensor(np.array([2, 3], np.int32)), 1)))
print(repr(Tensor(np.array([0, 2, 2], np.int32)).bincount()))
print(repr(Tensor(np.array([1 + 1j], np.complex64)).real()), repr(Tensor(np.array([1 + 1j], np.complex64)).imag()))
