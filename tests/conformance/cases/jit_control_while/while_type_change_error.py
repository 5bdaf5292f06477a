import mindspore as ms
from mindspore import Tensor


def int_to_float(x):
    i = 0
    while x < 10:
        x = x + 0.5
        i = i + 0.5
    return x, i


def cast_in_body(x):
    while x < 10:
        x = x + 1
        x = x.astype(ms.int32)
    return x


for fn in (int_to_float, cast_in_body):
    try:
        print(ms.jit(fn)(Tensor(1.0)))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
