# nn.Pad (CONSTANT / REFLECT / SYMMETRIC over (n, 2) paddings) and nn.HSigmoid: values, grads,
# errors.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def err(fn, n=None):
    try:
        print(fn())
    except Exception as e:  # noqa: BLE001
        line = str(e).splitlines()[0]
        print("ERR", type(e).__name__, line if n is None else line[:n])


x = Tensor(np.array([[1, 2, 3], [4, 5, 6]], np.float32))
x3 = Tensor(np.arange(12, dtype=np.float32).reshape(1, 3, 4))
for mode in ["CONSTANT", "REFLECT", "SYMMETRIC"]:
    print(mode)
    err(lambda: nn.Pad(((1, 1), (2, 2)), mode)(x))
    err(lambda: nn.Pad(((0, 1), (1, 0)), mode)(x))
    err(lambda: nn.Pad(((0, 0), (1, 2), (3, 3)), mode)(x3))
    err(lambda: nn.Pad(((1, 1), (3, 3)), mode)(x))
    err(lambda: nn.Pad(((1, 1),), mode)(x))
    err(lambda: nn.Pad(((1, 1), (1, 1)), mode)(Tensor([[1, 2], [3, 4]], ms.int32)))
    print(ms.grad(nn.Pad(((1, 0), (2, 1)), mode))(x) if mode != "SYMMETRIC" or True else "")
err(lambda: nn.Pad(((1, 1), (2, 2)), "EDGE"))
err(lambda: nn.Pad([[1, 1], [2, 2]]))
err(lambda: nn.Pad(((1, 1, 1), (2, 2))))
err(lambda: nn.Pad(((1, 1),) * 5))
err(lambda: nn.Pad(((-1, 1), (0, 0)))(x))

print("HSigmoid")
h = nn.HSigmoid()
v = Tensor(np.array([-4.0, -3.0, -1.0, 0.0, 0.5, 3.0, 4.0], np.float32))
print(h(v), h(v.astype(ms.float16)), h(Tensor([-4, 0, 2, 5], ms.int32)))
print(ms.grad(h)(v))
err(lambda: h(v.asnumpy()))
err(lambda: h(Tensor([True])))
