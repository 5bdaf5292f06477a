import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    y = x
    del y
    return x


try:
    print(f(Tensor(1.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
