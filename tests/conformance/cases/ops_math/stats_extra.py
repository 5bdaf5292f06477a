import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, 5.0, 3.0, 2.0], [4.0, 2.0, 6.0, 0.5]], np.float32))
# ops.quantile / ops.nanquantile have no CPU kernel in MindSpore 2.10 (RuntimeError): not compared.
n = Tensor(np.array([[1.0, np.nan, 3.0], [np.nan, 2.0, 8.0]], np.float32))
print(repr(ops.nanmedian(n, 1)), repr(ops.nanmedian(n, 0, True)))
print(repr(ops.cov(x)), repr(ops.cov(x, correction=0)))
print(repr(ops.renorm(x, 2, 0, 5.0)), repr(ops.renorm(x, 1, 1, 4.0)))
print(repr(ops.i0(Tensor(np.array([0.0, 1.0, 2.5], np.float32)))))
print(repr(ops.ldexp(Tensor(np.array([1.0, 1.5], np.float32)), Tensor(np.array([2, 3], np.int32)))))
print(repr(ops.nextafter(Tensor(np.array([1.0, 0.0], np.float32)), Tensor(np.array([2.0, -1.0], np.float32)))))
print(repr(ops.addn([x, x, x])), repr(ops.addn((Tensor(np.array([1, 2], np.int32)),))))
