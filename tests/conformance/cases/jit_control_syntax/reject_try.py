import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    try:
        y = x + 1
    except ValueError:
        y = x
    return y


try:
    print(f(Tensor(1.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
