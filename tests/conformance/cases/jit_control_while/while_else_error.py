import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    while x < 5:
        x = x + 1
    else:
        x = x * 10
    return x


try:
    print(f(Tensor(1.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
