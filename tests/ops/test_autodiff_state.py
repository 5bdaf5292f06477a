"""Autodiff transforms and the one state mechanism (``_src/state.py``).

Invariants that hold whatever MindSpore prints (MindSpore's values are checked by the ``ad_*``
conformance groups): after every transform the frame stack is empty and no Parameter holds a
tracer; Parameters written inside vjp/jvp/jacobians/vmap/bprop are committed once, in the
enclosing scope; nested transforms see the innermost binding.
"""
import jax
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import nn, ops, Parameter, Tensor
from ms_compat._src import state

X = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
XB = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))


class Counter(nn.Cell):
    """Writes its Parameter on every call (a state update that carries no gradient)."""

    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(np.array([0.0], np.float32)), name="c")

    def construct(self, a):
        self.c = self.c + 1
        return a * self.c


class CounterBprop(Counter):
    def bprop(self, a, out, dout):
        return (dout * 2,)


def _grad_of(net):
    return ops.grad(net)


TRANSFORMS = {
    "grad": lambda net: ops.grad(net)(X),
    "value_and_grad": lambda net: ops.value_and_grad(net)(X),
    "GradOperation": lambda net: ops.GradOperation(get_all=True)(net)(X),
    "vjp": lambda net: ops.vjp(net, X)[1](X),
    "jvp": lambda net: ops.jvp(net, X, X),
    "jacfwd": lambda net: ops.jacfwd(net)(X),
    "jacrev": lambda net: ops.jacrev(net)(X),
    "vmap": lambda net: ops.vmap(net)(XB),
}


def _no_tracer(p):
    return not isinstance(p._storage, jax.core.Tracer)


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
@pytest.mark.parametrize("cell_cls", [Counter, CounterBprop], ids=["plain", "bprop"])
def test_writes_are_committed_once_after_the_transform(name, cell_cls):
    net = cell_cls()
    TRANSFORMS[name](net)
    assert not state.in_transform()
    assert _no_tracer(net.c)
    assert float(net.c.asnumpy()[0]) == 1.0
    TRANSFORMS[name](net)
    assert float(net.c.asnumpy()[0]) == 2.0


@pytest.mark.parametrize("name", sorted(TRANSFORMS))
def test_transforms_read_the_current_parameter_value(name):
    class Scale(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(Tensor(np.array([2.0, 2.0, 2.0], np.float32)), name="w")

        def construct(self, a):
            return a * self.w

    net = Scale()
    first = TRANSFORMS[name](net)
    net.w.set_data(Tensor(np.array([3.0, 3.0, 3.0], np.float32)))
    second = TRANSFORMS[name](net)
    a = jax.tree.leaves(first)
    b = jax.tree.leaves(second)
    assert any(not np.allclose(np.asarray(u), np.asarray(v)) for u, v in zip(a, b))


def test_nested_grad_binds_weights_through_the_frame_stack():
    w = Parameter(Tensor(np.array([0.5, 2.0], np.float32)), name="w")
    x = Tensor(np.array([1.0, -1.0], np.float32))

    def f(a):
        return (w * w * w * a).sum()

    def gw(a):
        return ops.grad(f, None, w)(a).sum()

    # d/dw sum(3 w^2 a) = 6 w a ; consistency between orders, not a MindSpore value
    inner = ops.grad(f, None, w)(x).asnumpy()
    outer = ops.grad(gw, None, w)(x).asnumpy()
    np.testing.assert_allclose(inner, 3 * w.asnumpy() ** 2 * x.asnumpy(), rtol=1e-6)
    np.testing.assert_allclose(outer, 6 * w.asnumpy() * x.asnumpy(), rtol=1e-6)
    assert not state.in_transform()


def test_vjp_fn_can_be_called_after_parameters_change():
    w = Parameter(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), name="w")

    def f(a):
        return a * w

    out, fn = ops.vjp(f, X)
    w.set_data(Tensor(np.zeros(3, np.float32)))
    # the pullback belongs to the forward pass it was made in
    np.testing.assert_allclose(fn(X)[0].asnumpy(), X.asnumpy() * np.array([1.0, 2.0, 3.0]))


def test_vmap_rejects_writes_that_depend_on_the_batch():
    p = Parameter(Tensor(np.zeros(3, np.float32)), name="p")

    def f(a):
        ops.assign(p, a)
        return a

    with pytest.raises(RuntimeError, match="must not depend on the batched inputs"):
        ops.vmap(f)(XB)
    assert _no_tracer(p)
    assert not state.in_transform()


def test_errors_leave_no_frame_behind():
    def bad(a):
        raise KeyError("boom")

    for call in (lambda: ops.grad(bad)(X), lambda: ops.vjp(bad, X), lambda: ops.jvp(bad, X, X),
                 lambda: ops.jacrev(bad)(X), lambda: ops.vmap(bad)(XB)):
        with pytest.raises(KeyError):
            call()
        assert not state.in_transform()


def test_jvp_equals_vjp_transpose():
    """jvp is built by double reverse mode: its result must equal J v computed by jacrev."""
    def f(a):
        return ops.sin(a) * a * a

    v = Tensor(np.array([0.5, -1.0, 2.0], np.float32))
    _, t = ops.jvp(f, X, v)
    j = ops.jacrev(f)(X).asnumpy()
    np.testing.assert_allclose(t.asnumpy(), j @ v.asnumpy(), rtol=1e-5)
    jf = ops.jacfwd(f)(X).asnumpy()
    np.testing.assert_allclose(jf, j, rtol=1e-5)


def test_compiled_repeat_calls_match_the_first_call():
    """grad/GradOperation/jacrev/vmap compile after the first call; results must not change."""
    w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")

    def f(a):
        return (ops.tanh(a * w) * a).sum()

    fns = [ops.grad(f), ops.GradOperation(get_by_list=True)(f, [w]), ops.jacrev(ops.grad(f)),
           ops.vmap(ops.grad(f))]
    args = [(X,), (X,), (X,), (XB,)]
    for fn, a in zip(fns, args):
        first = [np.asarray(v) for v in jax.tree.leaves(fn(*a))]
        for _ in range(2):
            again = [np.asarray(v) for v in jax.tree.leaves(fn(*a))]
            for u, v in zip(first, again):
                np.testing.assert_allclose(u, v, rtol=1e-6)


def test_same_object_inputs_stay_aliased_in_compiled_calls():
    def mul(a, c):
        return a * c

    g = ops.grad(mul, (0, 1))
    results = [g(X, X) for _ in range(3)]
    for r in results:
        np.testing.assert_allclose(r[0].asnumpy(), 2 * X.asnumpy())
        np.testing.assert_allclose(r[1].asnumpy(), 2 * X.asnumpy())
    y = Tensor(X.asnumpy().copy())
    np.testing.assert_allclose(g(X, y)[0].asnumpy(), X.asnumpy())


def test_public_paths():
    from ms_compat.ops import composite
    from ms_compat.ops.composite import GradOperation
    from ms_compat.ops.function.grad import grad_func

    assert ops.GradOperation is GradOperation is composite.base.GradOperation
    for name in ("vjp", "jvp", "jacfwd", "jacrev", "vmap", "grad", "value_and_grad"):
        assert getattr(ops, name) is getattr(grad_func, name)
        assert getattr(ops.functional, name) is getattr(grad_func, name)
    assert not hasattr(ops.functional, "GradOperation") or \
        isinstance(getattr(ops.functional, "GradOperation", None), type(None))
    assert isinstance(ops.HookBackward(print), ops.Primitive)
    assert ms.grad is ops.grad
