import mindspore as ms
from mindspore import Tensor


@ms.jit
def classify(x, y):
    if x > 0:
        if y > 0:
            r = x + y
        else:
            r = x - y
    else:
        if y > x:
            r = y * 10
        else:
            r = x * 100
    return r


for a, b in ((1.0, 2.0), (1.0, -2.0), (-1.0, 2.0), (-1.0, -2.0)):
    print(classify(Tensor(a), Tensor(b)))
