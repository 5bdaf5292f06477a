# LayerNorm (begin_norm_axis / begin_params_axis, epsilon default 1e-7) and GroupNorm: forward,
# gradients, parameters and repr.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor

rng = np.random.default_rng(8)


def run(net, x, grad=True):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(0.5, 1.5, p.shape).astype(np.float32)))
    out = net(x)
    print(repr(net))
    print("out", out.shape, out.asnumpy())
    if not grad:
        return
    sens = Tensor(rng.uniform(-1, 1, out.shape).astype(np.float32))

    def f(inp):
        return (net(inp) * sens).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, net.trainable_params())(x)
    print("gx", gx.asnumpy())
    for p, g in zip(net.trainable_params(), gw):
        print("g", p.name, g.asnumpy())


x = Tensor(rng.uniform(-2, 2, (2, 3, 4)).astype(np.float32))
run(nn.LayerNorm((4,)), x)
run(nn.LayerNorm((3, 4), begin_norm_axis=1, begin_params_axis=1), x)
run(nn.LayerNorm((4,), begin_norm_axis=1, begin_params_axis=-1, epsilon=1e-3), x, grad=False)
# epsilon (1e-7 by default) matters when the variance is tiny (forward only: the gradient of
# such a row is ill-conditioned)
tiny = Tensor(np.array([[1.0, 1.0, 1.0, 1.0], [0.0, 1e-3, 0.0, 0.0]], np.float32))
print("tiny", nn.LayerNorm([4])(tiny).asnumpy(), nn.LayerNorm([4], epsilon=1e-5)(tiny).asnumpy())
xg = Tensor(rng.uniform(-2, 2, (2, 4, 3, 2)).astype(np.float32))
run(nn.GroupNorm(2, 4), xg)
run(nn.GroupNorm(4, 4, eps=1e-2), xg, grad=False)
run(nn.GroupNorm(1, 4), Tensor(rng.uniform(-2, 2, (3, 4)).astype(np.float32)))
ng = nn.GroupNorm(2, 4, affine=False)
print([(p.name, p.requires_grad) for p in ng.get_parameters()])
