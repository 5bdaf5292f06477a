"""The extra nn optimizers (Adadelta, AdaMax, Rprop, ASGD, ProximalAdagrad, FTRL, LazyAdam)
inside ``ms.jit``: a compiled train step
``loss, grads = grad_fn(x, y); opt(grads)`` gives the losses and final state of the eager
loop (the numbers themselves are checked against MindSpore in the conformance case
train_optim_traj/extra_optimizers)."""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import nn, ops


class _Net(nn.Cell):
    def __init__(self):
        super().__init__()
        rng = np.random.default_rng(1)
        self.w1 = ms.Parameter(ms.Tensor(rng.uniform(-0.6, 0.6, (3, 4)).astype(np.float32)),
                               name="w1")
        self.b1 = ms.Parameter(ms.Tensor(rng.uniform(-0.2, 0.2, (3,)).astype(np.float32)),
                               name="b1")
        self.w2 = ms.Parameter(ms.Tensor(rng.uniform(-0.6, 0.6, (2, 3)).astype(np.float32)),
                               name="w2")

    def construct(self, x):
        return ops.matmul(ops.relu(ops.matmul(x, self.w1.T) + self.b1), self.w2.T)


def _lr_list():
    return [0.05 * 0.9 ** i for i in range(12)]


FACTORIES = {
    "Adadelta": lambda ps: nn.Adadelta(ps, learning_rate=1.0, weight_decay=0.01),
    "Adadelta_dynamic": lambda ps: nn.Adadelta(ps, learning_rate=_lr_list()),
    "AdaMax": lambda ps: nn.AdaMax(ps, learning_rate=0.02, weight_decay=0.01),
    "AdaMax_dynamic": lambda ps: nn.AdaMax(ps, learning_rate=_lr_list()),
    "Rprop": lambda ps: nn.Rprop(ps, learning_rate=0.05, weight_decay=0.01),
    "Rprop_dynamic": lambda ps: nn.Rprop(ps, learning_rate=_lr_list(), step_sizes=(1e-3, 0.1)),
    "ASGD": lambda ps: nn.ASGD(ps, learning_rate=0.05, lambd=0.01, t0=4.0, weight_decay=0.01),
    "ASGD_dynamic": lambda ps: nn.ASGD(ps, learning_rate=_lr_list(), lambd=0.05, t0=3.0),
    "ProximalAdagrad": lambda ps: nn.ProximalAdagrad(ps, learning_rate=0.1, l1=0.01, l2=0.01,
                                                     weight_decay=0.01),
    "ProximalAdagrad_dynamic": lambda ps: nn.ProximalAdagrad(ps, learning_rate=_lr_list()),
    "LazyAdam": lambda ps: nn.LazyAdam(ps, learning_rate=0.02, use_nesterov=True,
                                       weight_decay=0.01),
    "LazyAdam_dynamic": lambda ps: nn.LazyAdam(ps, learning_rate=_lr_list()),
    "FTRL": lambda ps: nn.FTRL(ps, learning_rate=0.1, l1=0.001, l2=0.01, weight_decay=0.01),
}


def _train(factory, use_jit):
    rng = np.random.default_rng(0)
    x = ms.Tensor(rng.standard_normal((8, 4)).astype(np.float32))
    y = ms.Tensor(rng.standard_normal((8, 2)).astype(np.float32))
    net = _Net()
    opt = factory(net.trainable_params())
    loss_fn = nn.MSELoss()

    def forward(a, b):
        return loss_fn(net(a), b)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)

    def step(a, b):
        loss, grads = grad_fn(a, b)
        opt(grads)
        return loss

    if use_jit:
        step = ms.jit(step)
    losses = [float(step(x, y).asnumpy()) for _ in range(12)]
    return losses, {p.name: p.asnumpy() for p in opt.get_parameters()}


@pytest.mark.parametrize("name", sorted(FACTORIES))
def test_jit_train_step_equals_eager(name):
    eager_losses, eager_state = _train(FACTORIES[name], use_jit=False)
    jit_losses, jit_state = _train(FACTORIES[name], use_jit=True)
    # XLA may fuse the compiled update differently (a few ulps apart)
    np.testing.assert_allclose(jit_losses, eager_losses, rtol=1e-5)
    assert sorted(jit_state) == sorted(eager_state)
    for key, value in eager_state.items():
        np.testing.assert_allclose(jit_state[key], value, rtol=1e-5, atol=1e-7, err_msg=key)
    assert len(set(eager_losses)) > 1
