import mindspore as ms
from mindspore import Tensor


@ms.jit
def positive_sum(x):
    s = x[0] * 0
    for v in x:
        if v < 0:
            continue
        s = s + v
    return s


@ms.jit
def skip_even_steps(x):
    for i in range(5):
        if i % 2 == 0:
            continue
        x = x * i
    return x


print(positive_sum(Tensor([1.0, -2.0, 3.0, -4.0, 5.0])))
print(skip_even_steps(Tensor(1.5)))
