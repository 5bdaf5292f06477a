import mindspore as ms
from mindspore import ops

try:
    print(ops.ScalarCast()(3.9, ms.int32))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
