"""ms.jit state lifting, cache keys and eager-grad compilation (trace counts, no MindSpore needed).

Numbers here are derived from the same computation run eagerly (the reference), never typed in.
"""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Parameter, Tensor, nn, ops
from ms_compat._src import eager_cache


def _p(vals, name):
    return Parameter(Tensor(np.asarray(vals, np.float32)), name=name)


def test_closed_over_parameter_is_live_state_not_a_constant():
    g = _p([0.0, 0.0], "g")

    @ms.jit
    def bump(x):
        ops.assign(g, g + x)
        return g * 2

    outs = [bump(Tensor([1.0, 1.0])).asnumpy() for _ in range(3)]
    np.testing.assert_array_equal(outs, [[2, 2], [4, 4], [6, 6]])
    np.testing.assert_array_equal(g.asnumpy(), [3, 3])
    g.set_data(Tensor([10.0, 10.0]))  # an outside write is seen by the next call
    np.testing.assert_array_equal(bump(Tensor([1.0, 1.0])).asnumpy(), [22, 22])
    assert bump.trace_count == 1


@pytest.mark.parametrize("shapes,expected_traces", [
    ([(2,), (2,), (2,)], 1),
    ([(2,), (3,), (2,), (3,)], 2),
    ([(2,), (2, 2), (2,)], 2),
])
def test_retrace_only_on_new_shapes(shapes, expected_traces):
    @ms.jit
    def f(x):
        return x * 2

    for s in shapes:
        f(Tensor(np.ones(s, np.float32)))
    assert f.trace_count == expected_traces


def test_python_scalars_are_static_and_mutable_is_dynamic():
    @ms.jit
    def h(x, s):
        return x * s

    x = Tensor([1.0, 2.0])
    for s in (1.0, 2.0, 2.0):
        h(x, s)
    assert h.trace_count == 2
    for s in (3.0, 4.0, 5.0):
        np.testing.assert_allclose(h(x, ms.mutable(s)).asnumpy(), (x * s).asnumpy())
    assert h.trace_count == 3


def test_cell_attribute_change_retraces_instead_of_going_stale():
    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.scale = 2.0
            self.w = _p([1.0, 1.0], "w")

        def construct(self, x):
            return x * self.w * self.scale

    net = Net()
    f = ms.jit(net.construct)
    x = Tensor([1.0, 1.0])
    a = f(x).asnumpy()
    net.scale = 5.0
    b = f(x).asnumpy()
    net.w.set_data(Tensor([3.0, 3.0]))
    c = f(x).asnumpy()
    np.testing.assert_array_equal([a, b, c], [[2, 2], [5, 5], [15, 15]])
    assert f.trace_count == 2


def test_graph_mode_cell_updates_parameter_attribute():
    class Counter(nn.Cell):
        def __init__(self):
            super().__init__()
            self.c = Parameter(Tensor(1.0), name="c")

        def construct(self, x):
            self.c += 1
            return x + self.c

    net = Counter()
    ms.set_context(mode=ms.GRAPH_MODE)
    try:
        outs = [float(net(Tensor(0.0)).asnumpy()) for _ in range(3)]
    finally:
        ms.set_context(mode=ms.PYNATIVE_MODE)
    assert outs == [2.0, 3.0, 4.0]
    assert float(net.c.asnumpy()) == 4.0


def _train_setup():
    w = _p([1.0, 2.0], "w")
    x = Tensor([3.0, 4.0])

    def loss_fn(x):
        return (w * x).sum()

    grad_fn = ms.value_and_grad(loss_fn, None, [w])

    def step(x):
        loss, grads = grad_fn(x)
        ops.assign(w, w - 0.1 * grads[0])
        return loss

    return w, x, step


def test_jitted_train_step_matches_eager_and_does_not_retrace():
    w1, x, eager_step = _train_setup()
    w2, _, step = _train_setup()
    jstep = ms.jit(step)
    for _ in range(20):
        l1 = eager_step(x)
        l2 = jstep(x)
        np.testing.assert_allclose(l2.asnumpy(), l1.asnumpy(), rtol=1e-6)
    np.testing.assert_allclose(w2.asnumpy(), w1.asnumpy(), rtol=1e-6)
    assert jstep.trace_count == 1


class _Registry:
    """Hands out a Parameter through a property: the static walk cannot see it."""

    params = []

    @property
    def p(self):
        return _Registry.params[0]


def test_parameter_not_found_by_discovery_is_lifted_after_one_call():
    _Registry.params[:] = [_p([1.0], "hidden")]
    box = _Registry()

    @ms.jit
    def f(x):
        return x * box.p

    x = Tensor([2.0])
    np.testing.assert_array_equal(f(x).asnumpy(), [2.0])
    box.p.set_data(Tensor([5.0]))
    np.testing.assert_array_equal(f(x).asnumpy(), [10.0])
    box.p.set_data(Tensor([7.0]))
    np.testing.assert_array_equal(f(x).asnumpy(), [14.0])
    assert f.trace_count == 2  # one more trace when the Parameter was found, then none


def test_jit_of_value_and_grad_and_value_and_grad_of_jit_agree():
    w = _p([1.0, -2.0, 3.0], "w")

    def f(x):
        return ops.tanh(x * w).sum()

    x = Tensor([0.5, 0.25, -1.0])
    ref = ms.value_and_grad(f, 0, [w])(x)
    a = ms.jit(ms.value_and_grad(f, 0, [w]))(x)
    b = ms.value_and_grad(ms.jit(f), 0, [w])(x)
    for got in (a, b):
        np.testing.assert_allclose(got[0].asnumpy(), ref[0].asnumpy(), rtol=1e-5)
        np.testing.assert_allclose(got[1][0].asnumpy(), ref[1][0].asnumpy(), rtol=1e-5)
        np.testing.assert_allclose(got[1][1][0].asnumpy(), ref[1][1][0].asnumpy(), rtol=1e-5)


def test_eager_grad_compiles_after_first_call():
    w = _p([1.0, 2.0], "w")

    def f(x):
        return (w * x * x).sum()

    g = ms.grad(f, None, [w])
    outs = [g(Tensor([1.0, float(i)]))[0].asnumpy() for i in range(4)]
    np.testing.assert_allclose(outs, [[1.0, i * i] for i in range(4)])
    compiled = g.__closure__[0].cell_contents
    assert isinstance(compiled, eager_cache.CompiledEager)
    assert compiled.jitted is not None and compiled.jitted.trace_count == 1


@pytest.mark.parametrize("effect", ["print", "numpy_random", "python_branch"])
def test_eager_grad_with_side_effects_stays_pynative(effect, capsys):
    w = _p([1.0, 2.0], "w")

    def f(x):
        y = w * x
        if effect == "print":
            print("called")
        elif effect == "numpy_random":
            y = y * Tensor(np.random.uniform(1.0, 1.0, 2).astype(np.float32))
        elif effect == "python_branch":
            if y.sum() > 0:
                y = y * 2
        return y.sum()

    g = ms.grad(f, None, [w])
    for _ in range(3):
        g(Tensor([1.0, 1.0]))
    compiled = g.__closure__[0].cell_contents
    assert compiled.disabled
    if effect == "print":
        assert capsys.readouterr().out == "called\n" * 3


def test_requires_grad_false_weight_pynative_zeros_graph_true_gradient():
    """MindSpore: PyNative gives such a weight zeros, GRAPH mode (ms.jit) its gradient — also
    after eager grad calls get compiled (they keep PyNative semantics)."""
    w = _p([2.0, 2.0], "w")
    b = Parameter(Tensor(np.ones(2, np.float32)), name="b", requires_grad=False)

    def f(a):
        return (a * w + b).sum()

    g = ms.grad(f, None, [w, b])
    x = Tensor([1.0, 3.0])
    for _ in range(3):  # the second and third calls run compiled
        np.testing.assert_array_equal(g(x)[1].asnumpy(), [0.0, 0.0])
    np.testing.assert_array_equal(ms.jit(g)(x)[1].asnumpy(), [1.0, 1.0])
