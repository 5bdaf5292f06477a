"""``mindspore.experimental.optim``: what ms_compat implements (Optimizer, Adam, AdamW, SGD;
numbers are in the conformance cases train_optim_traj/adamw_experimental and
experimental_adam_sgd) and that the rest says so."""
import numpy as np
import pytest

import ms_compat as ms
from ms_compat.experimental import optim


@pytest.mark.parametrize("name", ["Adagrad", "RMSprop", "NAdam", "lr_scheduler"])
def test_other_experimental_optimizers_raise_not_implemented(name):
    with pytest.raises(NotImplementedError, match=f"mindspore.experimental.optim.{name} "):
        getattr(optim, name)


def test_adamw_step_under_jit_equals_eager():
    def build():
        w = ms.Parameter(ms.Tensor(np.array([1.0, -2.0, 0.5], np.float32)), name="w")
        return w, optim.AdamW([w], lr=0.05, amsgrad=True)

    g = (ms.Tensor(np.array([0.3, -0.1, 2.0], np.float32)),)
    w1, opt1 = build()
    w2, opt2 = build()
    step = ms.jit(lambda grads: opt2(grads))
    for _ in range(5):
        opt1(g)
        step(g)
    # XLA may fuse the compiled update (one ulp apart)
    np.testing.assert_allclose(w1.asnumpy(), w2.asnumpy(), rtol=1e-6)
    assert int(opt2.state_step.asnumpy()) == 5
