import mindspore as ms
from mindspore import Tensor


def loop_var(x):
    for i in range(3):
        x = x + i
    return x, i


def defined_before(x):
    i = 0
    for i in range(3):
        x = x + i
    return x, i


for fn in (loop_var, defined_before):
    try:
        print(ms.jit(fn)(Tensor(1.0)))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
