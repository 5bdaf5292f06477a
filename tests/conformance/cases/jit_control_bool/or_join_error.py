import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    return x > 0 or 5


try:
    print(f(Tensor(-2.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
