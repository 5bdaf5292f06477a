import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x, n):
    for i in range(n):
        x = x + i
    return x


try:
    print(f(Tensor(1.0), Tensor(3)))
except Exception as e:
    print("ERR", type(e).__name__, str(e).split(" but got")[0])
