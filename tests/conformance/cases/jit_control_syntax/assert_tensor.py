import mindspore as ms
from mindspore import Tensor


@ms.jit
def f(x):
    assert x > 0, "must be positive"
    return x * 2


print(f(Tensor(1.0)))
try:
    print(f(Tensor(-1.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
