import mindspore as ms
from mindspore import Tensor


@ms.jit
def inside(x):
    return 0 < x < 5


@ms.jit
def clip_flag(x):
    if -1 <= x.sum() <= 1:
        return x
    return x / 10


print(inside(Tensor(2.0)), inside(Tensor(7.0)))
print(clip_flag(Tensor([0.5, 0.25])), clip_flag(Tensor([5.0, 5.0])))
