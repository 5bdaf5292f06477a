"""nn.InstanceNorm{1,2,3}d forward values (MindSpore 2.10's CPU build has no kernel, so no golden
exists): the documented formula with per-instance mean and biased variance, gamma/beta applied."""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import nn, Tensor


@pytest.mark.parametrize("cls,shape", [(nn.InstanceNorm1d, (2, 3, 5)),
                                       (nn.InstanceNorm2d, (2, 3, 4, 5)),
                                       (nn.InstanceNorm3d, (2, 3, 2, 3, 4))])
def test_instance_norm_formula(cls, shape):
    rng = np.random.default_rng(0)
    x = rng.standard_normal(shape).astype(np.float32) * 3 + 1
    g = rng.standard_normal(3).astype(np.float32)
    b = rng.standard_normal(3).astype(np.float32)
    m = cls(3, eps=1e-3)
    m.gamma.set_data(Tensor(g))
    m.beta.set_data(Tensor(b))
    axes = tuple(range(2, len(shape)))
    mean = x.mean(axis=axes, keepdims=True)
    var = x.var(axis=axes, keepdims=True)
    bshape = (1, 3) + (1,) * (len(shape) - 2)
    want = (x - mean) / np.sqrt(var + 1e-3) * g.reshape(bshape) + b.reshape(bshape)
    for training in (False, True):
        m.set_train(training)
        got = m(Tensor(x)).asnumpy()
        np.testing.assert_allclose(got, want, rtol=1e-5, atol=1e-5)
    assert m.moving_mean.asnumpy().tolist() == [0.0, 0.0, 0.0]

    def f(t):
        return m(t).sum()
    grad = ms.grad(f)(Tensor(x)).asnumpy()
    assert grad.shape == shape and np.all(np.abs(grad) < 1e-3)  # sum of a normalised slice is const
