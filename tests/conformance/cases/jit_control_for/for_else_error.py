import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    for i in range(3):
        x = x + i
    else:
        x = x * 10
    return x


try:
    print(f(Tensor(1.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
