import mindspore as ms
from mindspore import Tensor


@ms.jit
def checked(x):
    if x > 0:
        raise ValueError("x must not be positive")
    return x * 2


print(checked(Tensor(-1.0)))
try:
    print(checked(Tensor(1.0)))
except Exception as e:
    print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
# MindSpore 2.10 bug: calling `checked` again after the raise fails inside MindSpore
# ("Invalid output number for flatten stub output nodes"), so the case stops here.
