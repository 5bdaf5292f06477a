import mindspore as ms
from mindspore import Tensor


@ms.jit
def prefix_sum(x):
    s = x[0] * 0
    for r in x:
        if r > 2:
            break
        s = s + r
    return s


print(prefix_sum(Tensor([1.0, 2.0, 3.0, 4.0])))
print(prefix_sum(Tensor([1.0, 0.5, 1.5, 0.25, 3.0, 1.0])))
print(prefix_sum(Tensor([5.0, 1.0, 1.0])))
