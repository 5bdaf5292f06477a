import mindspore as ms
from mindspore import Tensor


@ms.jit
def flag(x):
    if x > 2:
        y = True
    else:
        y = False
    return y


@ms.jit
def choose(x):
    return 1 if x > 0 else 2


@ms.jit
def both(x):
    if x > 0:
        i = 1
    else:
        i = 2
    return i, i * 2.5


@ms.jit
def half(x):
    y = 0.5 if x > 0 else 1.5
    return y, x * y


for v in (3.0, 1.0):
    r = flag(Tensor(v))
    print(type(r).__name__, r)
for v in (2.0, -2.0):
    r = choose(Tensor(v))
    print(type(r).__name__, r)
r = both(Tensor(1.0))
print(type(r[0]).__name__, type(r[1]).__name__, r)
r = half(Tensor(2.0))
print(type(r[0]).__name__, r)
