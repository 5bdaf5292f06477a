"""Primitive mechanics that conformance output does not show: attribute registration, kernels
missing for user-defined Primitives, lazy links to ``nn_func``, and ops under transforms."""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Tensor, ops
from ms_compat.ops import Primitive, PrimitiveWithInfer, prim_attr_register
from ms_compat.ops import operations as P
from ms_compat.ops.operations import _base


class Scale(PrimitiveWithInfer):
    @prim_attr_register
    def __init__(self, factor=2.0, *, mode="x"):
        self.init_prim_io_names(inputs=["x"], outputs=["y"])


def test_prim_attr_register_records_arguments_and_defaults():
    p = Scale(3.0)
    assert p.name == "Scale"
    assert p.factor == 3.0 and p.mode == "x"
    assert p.attrs == {"factor": 3.0, "mode": "x", "input_names": ["x"], "output_names": ["y"]}
    assert repr(p) == "Prim[Scale]<factor=3.0, mode=x>"


def test_user_primitive_without_kernel_names_itself():
    with pytest.raises(NotImplementedError, match="'Scale'"):
        Scale()(Tensor(np.ones(2, np.float32)))


def test_user_primitive_with_call_runs():
    class Twice(Primitive):
        def __init__(self):
            super().__init__("Twice")

        def __call__(self, x):
            return ops.mul(x, 2)

    out = Twice()(Tensor(np.array([1.5], np.float32)))
    assert out.asnumpy().tolist() == [3.0]


def test_attributes_are_readable_and_extendable():
    p = P.MatMul(transpose_b=True)
    assert p.transpose_b is True and p.transpose_a is False
    p.add_prim_attr("extra", 1)
    assert "extra=1" in repr(p)
    with pytest.raises(AttributeError):
        p.no_such_attribute  # noqa: B018


def test_lazy_link_reports_missing_function():
    get = _base.lazy("nn_func", "no_such_function_here", "SomePrim")
    with pytest.raises(NotImplementedError, match="mindspore.ops.SomePrim"):
        get()


def test_lazy_link_finds_function_added_later(monkeypatch):
    from ms_compat.ops.function import nn_func
    monkeypatch.setattr(nn_func, "mish", lambda x: ops.mul(x, 0), raising=False)
    out = P.Mish()(Tensor(np.array([1.0, 2.0], np.float32)))
    assert out.asnumpy().tolist() == [0.0, 0.0]


def _net(x, w):
    y = P.MatMul(transpose_b=True)(x, w)
    y = P.ReduceSum(keep_dims=True)(ops.square(y), 1)
    z = ops.concat([y, ops.cumsum(y, 0)], 1)
    return ops.mean(ops.where(z > 1.0, z, ops.zeros_like(z))) + P.ArgMaxWithValue(1)(z)[1].sum()


def test_ops_run_under_jit_and_grad():
    x = Tensor(np.array([[1.0, 2.0], [0.5, -1.0]], np.float32))
    w = Tensor(np.array([[0.3, -0.2], [1.0, 0.4]], np.float32))
    eager = _net(x, w)
    jitted = ms.jit(_net)(x, w)
    np.testing.assert_allclose(jitted.asnumpy(), eager.asnumpy(), rtol=1e-6)
    g = ops.grad(_net, grad_position=1)(x, w)
    assert g.shape == (2, 2) and np.isfinite(g.asnumpy()).all()


def test_parameter_scatter_under_jit_writes_back():
    p = ms.Parameter(Tensor(np.zeros((3,), np.float32)), name="acc")

    @ms.jit
    def step(i, v):
        return ops.scatter_add(p, i, v)

    step(Tensor(np.array([0, 2], np.int32)), Tensor(np.array([1.0, 2.0], np.float32)))
    step(Tensor(np.array([0], np.int32)), Tensor(np.array([5.0], np.float32)))
    assert p.asnumpy().tolist() == [6.0, 0.0, 2.0]
