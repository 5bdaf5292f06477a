"""A jitted train step called in a loop reuses its last compiled entry without rebuilding the
cache key (``JitFunction._call_last``). Whatever changes between two calls — an outside write to
a weight, a hyperparameter, a Cell attribute, the batch shape, a shared numpy buffer — must be
seen by the next call exactly as the eager run sees it. The eager run is the reference.
"""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Parameter, Tensor, nn, ops


class _Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(4, 3, weight_init="ones", bias_init="zeros")
        self.scale = 1.0

    def construct(self, x):
        return self.dense(x) * self.scale


def _setup(jit, momentum):
    net = _Net()
    opt = nn.SGD(net.trainable_params(), learning_rate=0.05, momentum=momentum)
    loss_fn = nn.MSELoss()

    def forward(x, y):
        return loss_fn(net(x), y)

    grad_fn = ms.value_and_grad(forward, None, opt.parameters)

    def step(x, y):
        loss, grads = grad_fn(x, y)
        opt(grads)
        return loss

    return net, opt, (ms.jit(step) if jit else step)


def _batch(rows, seed):
    rng = np.random.default_rng(seed)
    return (Tensor(rng.standard_normal((rows, 4)).astype(np.float32)),
            Tensor(rng.standard_normal((rows, 3)).astype(np.float32)))


def _change(kind, net, opt):
    if kind == "set_data":
        net.dense.weight.set_data(Tensor(np.full((3, 4), 0.5, np.float32)))
    elif kind == "momentum":
        ops.assign(opt.momentum, Tensor(0.9, ms.float32))
    elif kind == "learning_rate":
        ops.assign(opt.learning_rate, Tensor(0.01, ms.float32))
    elif kind == "cell_attr":
        net.scale = 2.0
    elif kind == "assign_accum":
        ops.assign(opt.accum[0], ops.ones_like(opt.accum[0]))


CHANGES = ["none", "set_data", "momentum", "learning_rate", "cell_attr", "assign_accum",
           "batch_shape"]


@pytest.mark.parametrize("momentum", [0.0, 0.5])
@pytest.mark.parametrize("kind", CHANGES)
def test_change_between_calls_is_seen_by_the_next_call(kind, momentum):
    runs = []
    for jit in (False, True):
        net, opt, step = _setup(jit, momentum)
        losses = []
        for i in range(8):
            if i == 4:
                _change(kind, net, opt)
            rows = 6 if kind == "batch_shape" and i >= 4 else 5
            losses.append(float(step(*_batch(rows, i)).asnumpy()))
        runs.append((losses, [p.asnumpy() for p in opt.parameters],
                     [a.asnumpy() for a in opt.accum], opt.global_step.asnumpy(), step))
    (eager, e_params, e_accum, e_step, _), (jitted, j_params, j_accum, j_step, jstep) = runs
    np.testing.assert_allclose(jitted, eager, rtol=1e-5)
    for a, b in zip(j_params + j_accum, e_params + e_accum):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-7)
    np.testing.assert_array_equal(j_step, e_step)
    # one trace, plus one for a change that is part of the program (a hyperparameter compiled
    # in as a constant, a Cell attribute, a new shape); plain state writes never retrace
    retrace = kind in ("momentum", "learning_rate", "cell_attr", "batch_shape")
    assert jstep.trace_count == 1 + retrace


def test_shared_numpy_input_is_reread_each_call():
    w = Parameter(Tensor(np.ones(3, np.float32)), name="w")
    buf = np.arange(3, dtype=np.float32)
    x = ms.from_numpy(buf)

    @ms.jit
    def f(x):
        return (w * x).sum()

    first = float(f(x).asnumpy())
    buf[:] = 10.0
    assert (first, float(f(x).asnumpy())) == (3.0, 30.0)
    assert f.trace_count == 1


def test_sgd_without_momentum_passes_no_optimizer_slots():
    """At momentum 0 MindSpore's SGD leaves ``accum``/``stat`` unchanged: the compiled step
    neither reads nor writes them, so they are not inputs of the XLA program at all."""
    net, opt, step = _setup(True, 0.0)
    accum0 = [a.asnumpy() for a in opt.accum]
    stat0 = [s.asnumpy() for s in opt.stat]
    for i in range(3):
        step(*_batch(5, i))
    (entry,) = step._cache.values()
    passed = {id(entry.lifted[i]) for i in entry._kept + entry._donate}
    slots = {id(p) for p in list(opt.accum) + list(opt.stat)}
    assert slots and not passed & slots
    for a, b in zip(opt.accum, accum0):
        np.testing.assert_array_equal(a.asnumpy(), b)
    for s, b in zip(opt.stat, stat0):
        np.testing.assert_array_equal(s.asnumpy(), b)


def test_parameter_given_a_new_shape_retraces():
    w = Parameter(Tensor(np.ones(3, np.float32)), name="w")

    @ms.jit
    def f(x):
        return (w * x).sum()

    x = Tensor(np.ones(3, np.float32))
    assert [float(f(x).asnumpy()) for _ in range(2)] == [3.0, 3.0]
    w.set_data(Tensor(np.full((2, 3), 2.0, np.float32)))  # set_data may change the shape
    assert float(f(x).asnumpy()) == 12.0
    assert f.trace_count == 2
