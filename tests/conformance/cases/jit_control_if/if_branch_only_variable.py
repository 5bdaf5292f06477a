import mindspore as ms
from mindspore import Tensor


@ms.jit
def used_after(x):
    if x > 2:
        y = x * 2
    return y


@ms.jit
def not_used_after(x):
    if x > 2:
        y = x * 2
    return x


try:
    print(used_after(Tensor(3.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
print(not_used_after(Tensor(3.0)))
print(not_used_after(Tensor(1.0)))
