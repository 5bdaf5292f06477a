# conformance: rtol=1e-4 atol=1e-6
# (MindSpore's CPU tanh is a fast approximation with relative errors up to ~2e-5)
import numpy as np
from mindspore import Tensor

x = Tensor(np.array([[1.5, -2.0], [3.0, 4.5]], np.float32))
y = Tensor(np.array([2.0, -1.0], np.float32))
print(repr(x.add(y)), repr(x.add(y, alpha=2)), repr(x.sub(y, alpha=0.5)), repr(x.subtract(1)))
print(repr(x.mul(y)), repr(x.multiply(3)), repr(x.div(y)), repr(x.div(y, rounding_mode="floor")))
print(repr(x.divide(2)), repr(x.true_divide(y)), repr(x.floor_divide(y)), repr(x.remainder(2)))
print(repr(x.fmod(2)), repr(x.pow(2)), repr(x.pow(y)), repr(x.float_power(2)))
print(repr(x.neg()), repr(x.negative()), repr(x.abs()), repr(x.absolute()), repr(x.square()))
print(repr(x.maximum(y)), repr(x.minimum(y)), repr(x.clamp(0, 3)), repr(x.clip(min=-1)))
print(repr(x.exp()), repr(x.sigmoid()), repr(x.tanh()), repr(x.abs().sqrt()), repr(x.abs().log()))
print(repr(x.floor()), repr(x.ceil()), repr(x.round()), repr(x.trunc()), repr(x.frac()), repr(x.sign()))
print(repr(x.reciprocal()), repr(x.abs().rsqrt()), repr(x.sin()), repr(x.cos()), repr(x.erf()))
print(repr(x.lerp(y, 0.5)), repr(x.addcmul(x, y, value=2)), repr(x.xlogy(x.abs())))
print(repr(x.isclose(x + 1e-7)), repr(x.allclose(x)), repr(x.eq(1.5)), repr(x.ne(y)), repr(x.gt(0)))
print(repr(x.ge(y)), repr(x.lt(y)), repr(x.le(3)), repr(x.greater(y)), repr(x.less_equal(y)))
print(repr(x.equal(x)), repr(x.not_equal(x)), repr(x.logical_and(y)), repr(x.logical_not()))
