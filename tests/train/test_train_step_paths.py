"""Execution paths of the training stack that MindSpore has no equivalent of, checked against
the eager reference computation (never typed-in numbers):

* TrainOneStepCell compiles its step after the first call (CompiledEager) and falls back to
  op-by-op execution when the network prints — both give the eager numbers;
* optimizers give the same trajectory eagerly, inside ``ms.jit`` and inside a TrainOneStepCell;
* a rate list running out raises eagerly and in a compiled TrainOneStepCell (host check), and
  turns the weights NaN inside ``ms.jit`` (nothing silently wrong);
* TrainOneStepWithLossScaleCell's built-in overflow check (MindSpore's GPU path) skips the update.
"""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Parameter, Tensor, nn, ops

RNG = np.random.default_rng(0)
X = Tensor(RNG.standard_normal((6, 3)).astype(np.float32))
Y = Tensor(RNG.standard_normal((6, 2)).astype(np.float32))
W0 = RNG.standard_normal((3, 2)).astype(np.float32)


class Net(nn.Cell):
    def __init__(self, noisy=False):
        super().__init__()
        self.w = Parameter(Tensor(W0.copy()), name="w")
        self.b = Parameter(Tensor(np.zeros(2, np.float32)), name="b")
        self.noisy = noisy

    def construct(self, x):
        if self.noisy:
            print("forward")
        return ops.matmul(ops.relu(x), self.w) + self.b


OPTIMIZERS = {
    "sgd_momentum": lambda ps: nn.SGD(ps, 0.1, momentum=0.9, nesterov=True),
    "momentum": lambda ps: nn.Momentum(ps, 0.05, 0.9, weight_decay=0.01),
    "adam_amsgrad": lambda ps: nn.Adam(ps, 0.02, use_amsgrad=True),
    "lamb": lambda ps: nn.Lamb(ps, 0.02, weight_decay=0.01),
    "schedule": lambda ps: nn.Adam(ps, nn.CosineDecayLR(0.001, 0.05, 4)),
}


def _eager_run(make_opt, steps=4):
    net = Net()
    opt = make_opt(net.trainable_params())
    loss_fn = nn.MSELoss()
    losses = []
    for _ in range(steps):
        loss, grads = ms.value_and_grad(lambda a, b: loss_fn(net(a), b), None,
                                        opt.parameters)(X, Y)
        opt(grads)
        losses.append(float(loss.asnumpy()))
    return losses, [p.asnumpy() for p in opt.get_parameters()]


@pytest.mark.parametrize("name", ["sgd_momentum", "adam_amsgrad", "lamb", "schedule"])
def test_jit_and_train_one_step_match_eager(name):
    make_opt = OPTIMIZERS[name]
    ref_losses, ref_state = _eager_run(make_opt)

    net = Net()
    opt = make_opt(net.trainable_params())
    loss_fn = nn.MSELoss()
    grad_fn = ms.value_and_grad(lambda a, b: loss_fn(net(a), b), None, opt.parameters)

    @ms.jit
    def step(a, b):
        loss, grads = grad_fn(a, b)
        opt(grads)
        return loss

    jit_losses = [float(step(X, Y).asnumpy()) for _ in range(4)]
    np.testing.assert_allclose(jit_losses, ref_losses, rtol=1e-5)
    for a, b in zip(opt.get_parameters(), ref_state):
        np.testing.assert_allclose(a.asnumpy(), b, rtol=1e-5, atol=1e-6)

    net = Net()
    opt = make_opt(net.trainable_params())
    train = nn.TrainOneStepCell(nn.WithLossCell(net, loss_fn), opt)
    cell_losses = [float(train(X, Y).asnumpy()) for _ in range(4)]
    np.testing.assert_allclose(cell_losses, ref_losses, rtol=1e-5)
    for a, b in zip(opt.get_parameters(), ref_state):
        np.testing.assert_allclose(a.asnumpy(), b, rtol=1e-5, atol=1e-6)


def test_train_one_step_compiles_after_first_call_and_falls_back_when_printing(capsys):
    ref_losses, _ = _eager_run(OPTIMIZERS["momentum"], steps=4)
    net = Net()
    train = nn.TrainOneStepCell(nn.WithLossCell(net, nn.MSELoss()),
                                OPTIMIZERS["momentum"](net.trainable_params()))
    losses = [float(train(X, Y).asnumpy()) for _ in range(4)]
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-5)
    runner = train._step_runner
    assert runner.jitted is not None and not runner.disabled

    net = Net(noisy=True)
    train = nn.TrainOneStepCell(nn.WithLossCell(net, nn.MSELoss()),
                                OPTIMIZERS["momentum"](net.trainable_params()))
    losses = [float(train(X, Y).asnumpy()) for _ in range(4)]
    np.testing.assert_allclose(losses, ref_losses, rtol=1e-5)
    assert capsys.readouterr().out.count("forward") == 4  # PyNative: printed on every step
    assert train._step_runner.disabled


def test_rate_list_running_out():
    net = Net()
    opt = nn.SGD(net.trainable_params(), [0.1, 0.05])
    train = nn.TrainOneStepCell(nn.WithLossCell(net, nn.MSELoss()), opt)
    train(X, Y)
    train(X, Y)  # compiled by now
    before = net.w.asnumpy()
    with pytest.raises(RuntimeError, match="Gather"):
        train(X, Y)
    np.testing.assert_array_equal(net.w.asnumpy(), before)
    assert int(opt.global_step.asnumpy()[0]) == 2

    net = Net()
    opt = nn.SGD(net.trainable_params(), [0.1])
    grad_fn = ms.value_and_grad(lambda a, b: nn.MSELoss()(net(a), b), None, opt.parameters)

    @ms.jit
    def step(a, b):
        opt(grad_fn(a, b)[1])

    step(X, Y)
    assert np.isfinite(net.w.asnumpy()).all()
    step(X, Y)
    assert np.isnan(net.w.asnumpy()).all()


def test_loss_scale_cell_builtin_overflow_check_skips_update():
    net = Net()
    opt = nn.SGD(net.trainable_params(), 0.1)
    cell = nn.TrainOneStepWithLossScaleCell(
        nn.WithLossCell(net, nn.MSELoss()), opt,
        nn.DynamicLossScaleUpdateCell(2.0 ** 8, 2, 100))
    good = cell(X, Y)
    assert not bool(good[1].asnumpy())
    w_after_good = net.w.asnumpy()
    bad_x = Tensor(np.full((6, 3), 3e38, np.float32))
    for _ in range(2):  # eager, then compiled
        loss, overflow, scale = cell(bad_x, Y)
        assert bool(overflow.asnumpy())
        np.testing.assert_array_equal(net.w.asnumpy(), w_after_good)
    assert scale is cell.scale_sense
    assert float(cell.scale_sense.asnumpy()) == 2.0 ** 6
