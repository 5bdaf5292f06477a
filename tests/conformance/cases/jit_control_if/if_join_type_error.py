import mindspore as ms
from mindspore import Tensor


def int_or_tensor(x):
    if x > 2:
        y = 1
    else:
        y = x
    return y


def int_or_float(x):
    if x > 2:
        y = 1
    else:
        y = 2.5
    return y


def int32_or_float32(x):
    if x > 2:
        y = x.astype(ms.int32)
    else:
        y = x
    return y


def tuple_elements(x):
    if x > 2:
        y = (x, 1)
    else:
        y = (x, x)
    return y


for fn in (int_or_tensor, int_or_float, int32_or_float32, tuple_elements):
    try:
        print(ms.jit(fn)(Tensor(3.0)))
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
