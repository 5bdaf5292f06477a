"""ops_extra functions MindSpore 2.10 cannot run on CPU (no Embedding / MatrixExp / Gamma /
Poisson kernels), checked against their definitions; the others are conformance cases
(tests/conformance/cases/ops_extra)."""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Parameter, Tensor, ops


def _idx():
    return Tensor(np.array([[0, 2], [4, 2]], np.int32))


def test_embedding_lookup_and_padding_idx_grad():
    w = np.arange(15, dtype=np.float32).reshape(5, 3) / 4
    out = ops.embedding(_idx(), Tensor(w))
    np.testing.assert_array_equal(out.asnumpy(), w[[[0, 2], [4, 2]]])
    g = ms.grad(lambda ww: ops.embedding(_idx(), ww, padding_idx=2))(Tensor(w)).asnumpy()
    expect = np.zeros_like(w)
    expect[[0, 4]] = 1.0
    np.testing.assert_array_equal(g, expect)
    g = ms.grad(lambda ww: ops.embedding(_idx(), ww, scale_grad_by_freq=True))(Tensor(w)).asnumpy()
    np.testing.assert_array_equal(g[2], np.ones(3))  # two hits, scaled by 1/2


def test_embedding_max_norm_renormalises_parameter_rows():
    w = np.arange(15, dtype=np.float32).reshape(5, 3) / 4
    p = Parameter(Tensor(w), name="emb")
    out = ops.embedding(_idx(), p, max_norm=1.0).asnumpy()
    norms = np.linalg.norm(out, axis=-1)
    assert np.all(norms <= 1.0 + 1e-5)
    new = p.asnumpy()
    np.testing.assert_allclose(new[1], w[1])  # untouched row
    np.testing.assert_allclose(new[4], w[4] / (np.linalg.norm(w[4]) + 1e-7), rtol=1e-6)


def test_embedding_errors():
    with pytest.raises(ValueError):
        ops.embedding(_idx(), Tensor(np.ones((5, 3), np.float32)), padding_idx=5)
    with pytest.raises(TypeError):
        ops.embedding(Tensor(np.ones(2, np.float32)), Tensor(np.ones((5, 3), np.float32)))


def _expm_series(a):
    out = np.eye(a.shape[-1])
    term = np.eye(a.shape[-1])
    for k in range(1, 40):
        term = term @ a / k
        out = out + term
    return out


def test_matrix_exp_matches_series():
    m = np.array([[[1.0, 0.5, 0.0], [0.0, 1.0, 0.2], [0.3, 0.0, -0.5]],
                  [[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]]])
    out = ops.matrix_exp(Tensor(m.astype(np.float32)))
    assert out.dtype == ms.float32 and out.shape == (2, 3, 3)
    np.testing.assert_allclose(out.asnumpy(), np.stack([_expm_series(x) for x in m]), rtol=1e-5)
    out64 = ops.matrix_exp(Tensor(m))
    np.testing.assert_allclose(out64.asnumpy(), np.stack([_expm_series(x) for x in m]),
                               rtol=1e-12)
    with pytest.raises(ValueError):
        ops.matrix_exp(Tensor(np.ones((2, 3), np.float32)))
    with pytest.raises(TypeError):
        ops.matrix_exp(Tensor(np.ones((2, 2), np.int32)))


def test_gamma_poisson_shapes_and_moments():
    ms.set_seed(3)
    g = ops.gamma((4000,), Tensor(np.array([2.0], np.float32)), Tensor(np.array([0.5], np.float32)))
    assert g.dtype == ms.float32 and g.shape == (4000,)
    assert abs(float(g.asnumpy().mean()) - 1.0) < 0.1  # alpha * scale
    g = ops.gamma((3, 1), Tensor(np.array([1.0, 2.0], np.float32)), Tensor(np.array([1.0], np.float32)))
    assert g.shape == (3, 2)
    p = ops.poisson((4, 1), Tensor(np.array([5.0, 10.0], np.float32)), seed=5)
    assert p.shape == (4, 2) and p.dtype == ms.int32
    p = ops.poisson((5000,), Tensor(np.array([3.0], np.float32)), seed=1)
    assert abs(float(p.asnumpy().mean()) - 3.0) < 0.15


def test_random_ops_under_jit_draw_fresh_values():
    @ms.jit
    def f(t):
        return ops.shuffle(t)

    t = Tensor(np.arange(50, dtype=np.float32))
    a, b = f(t).asnumpy(), f(t).asnumpy()
    assert sorted(a.tolist()) == sorted(b.tolist()) == list(range(50))
    assert not np.array_equal(a, b)
