# nn.HSwish / Mish / SeLU / Softsign / FastGelu / PReLU: repr, forward, PReLU's weight Parameter
# and its gradient, argument checks; get_activation names.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def run(name, f):
    try:
        r = f()
        print(name, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


x = Tensor(np.array([[-4.0, -1.5, 0.0], [0.5, 2.0, 5.0]], np.float32))
for cls in (nn.HSwish, nn.Mish, nn.SeLU, nn.Softsign, nn.FastGelu):
    layer = cls()
    print(repr(layer), layer.trainable_params())
    run(cls.__name__, lambda: layer(x))
p = nn.PReLU()
print(repr(p), [(q.name, q.shape, q.dtype) for q in p.trainable_params()])
print(repr(p.w))
run("PReLU", lambda: p(x))
p3 = nn.PReLU(channel=3, w=[0.1, 0.2, 0.3])
print([(q.name, q.shape, repr(q.value())) for q in p3.trainable_params()])
x4 = Tensor(np.arange(-12, 12, dtype=np.float32).reshape(2, 3, 2, 2))
run("PReLU3", lambda: p3(x4))
run("PReLU3 bad", lambda: p3(Tensor(np.ones((2, 4), np.float32))))
p5 = nn.PReLU(channel=2, w=0.5)
print(repr(p5.w.value()))
p6 = nn.PReLU(w=Tensor(np.array([0.7], np.float32)))
print(repr(p6.w.value()))
run("PReLU channel 0", lambda: nn.PReLU(channel=0))
run("PReLU w bad", lambda: nn.PReLU(channel=2, w=[0.1, 0.2, 0.3]))
run("PReLU w str", lambda: nn.PReLU(w="a"))
run("PReLU w int", lambda: nn.PReLU(w=1).w.value())
grad_fn = ms.grad(lambda a: (p3(a) ** 2).sum(), grad_position=0, weights=p3.trainable_params())
gx, gw = grad_fn(x4)
print("grad x", repr(gx))
print("grad w", repr(gw[0]))
for name in ("hswish", "mish", "softsign", "fast_gelu", "prelu", "seLU", "selu"):
    try:
        print(name, repr(nn.get_activation(name)))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])
