# repr of initializer objects names MindSpore's module (the address is dropped here).
import mindspore as ms
from mindspore.common.initializer import (Normal, initializer, One, XavierUniform, HeUniform,
                                          Constant, TruncatedNormal, Uniform, Zero, HeNormal,
                                          XavierNormal, Initializer)

for init in (Normal(), Normal(0.5, 1.0), One(), XavierUniform(), HeUniform(), Constant(2),
             TruncatedNormal(), Uniform(), Zero(), HeNormal(), XavierNormal()):
    r = repr(init)
    print(type(init).__name__, r.split(" object at ")[0], "object at" in r,
          str(init).split(" object at ")[0], isinstance(init, Initializer))
t = initializer('normal', (2, 2), ms.float32)
print(type(t).__name__, t.shape, t.dtype)
print(type(Normal()).__module__, type(Normal()).__qualname__, Normal.__name__)
