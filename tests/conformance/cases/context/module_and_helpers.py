"""Older-style ``from mindspore import context`` scripts, ``ms.tensor`` / ``ms.from_numpy``,
``set_deterministic`` (and its argument check), ``@jit_class`` and ``@lazy_inline``."""
import numpy as np
import mindspore as ms
from mindspore import context, nn, Tensor

print(context.get_context("mode"), context.GRAPH_MODE, context.PYNATIVE_MODE)
t = ms.tensor([1, 2, 3])
print(t, t.dtype, repr(ms.tensor([1.5, 2], ms.float64)), ms.tensor(np.ones(2, np.float32)).dtype)
host = np.ones(3, np.float32)
view = ms.from_numpy(host)
host += 1
print(view, type(view).__name__)
print(ms.set_deterministic(True), ms.get_context("deterministic"))
for bad in [False, 1, "on", None]:
    try:
        ms.set_deterministic(bad)
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0])


@ms.jit_class
class Scaler:
    def __init__(self, k):
        self.k = k

    def apply(self, x):
        return x * self.k


scaler = Scaler(3.0)


@ms.jit
def use_scaler(x):
    return scaler.apply(x) + 1


print(use_scaler(Tensor([1.0, 2.0])), Scaler.__name__, type(scaler).__name__)
for bad in [3, "cls"]:
    try:
        ms.jit_class(bad)
    except Exception as e:
        print("ERR", type(e).__name__, str(e).splitlines()[0])


class Block(nn.Cell):
    @ms.lazy_inline
    def __init__(self, width):
        super().__init__()
        self.dense = nn.Dense(width, 2, weight_init="ones", bias_init="zeros")

    def construct(self, x):
        return self.dense(x)


print(Block(2)(Tensor([[1.0, 2.0]])), [p.name for p in Block(3).trainable_params()])
context.set_context(mode=context.GRAPH_MODE, device_target="CPU")
square = nn.Dense(2, 1, weight_init="ones", bias_init="zeros")
print(ms.get_context("mode"), context.get_context("device_target"), square(Tensor([[3.0, 1.0]])))
context.set_context(mode=context.PYNATIVE_MODE)
print(ms.common.api.jit is ms.jit)
