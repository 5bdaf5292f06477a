import mindspore as ms
from mindspore import Tensor


def used_after(x):
    while x < 10:
        y = x * 2
        x = x + 3
    return y


def python_condition(x):
    i = 0
    while i < 3:
        y = x * i
        i = i + 1
    return y


def not_used_after(x):
    while x < 10:
        y = x * 2
        x = x + y
    return x


for fn in (used_after, python_condition, not_used_after):
    try:
        print(ms.jit(fn)(Tensor(1.0)))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
