"""MindSpore's initial weights, bit for bit (goldens recorded by tools/record_init_goldens.py)."""
import json
import os
import sys

import numpy as np
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import init_cases  # noqa: E402
from ms_compat._src import alias  # noqa: E402

GOLDEN = os.path.join(HERE, "..", "goldens", "initializer", "init_goldens.json")
with open(GOLDEN) as f:
    CASES = json.load(f)["cases"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_initial_values_are_mindspores_bit_for_bit(case):
    alias.install()
    import mindspore as ms
    which, seed = case.rsplit("/", 1)
    got = init_cases.summarize(init_cases.build(ms, int(seed), which))
    want = CASES[case]
    assert sorted(got) == sorted(want)
    bad = [k for k in want if got[k]["sha256"] != want[k]["sha256"]]
    for k in bad:  # show a readable difference before failing
        print(k, want[k]["head"], got[k]["head"])
    assert not bad, f"{len(bad)} arrays differ from MindSpore: {bad[:5]}"


def test_set_seed_rejects_bad_seeds():
    import ms_compat as ms
    with pytest.raises(TypeError, match="must be type of int"):
        ms.set_seed(1.5)
    with pytest.raises(ValueError, match="must be int and must >= 0"):
        ms.set_seed(-1)


@pytest.mark.parametrize("init,shape,exc,msg", [
    ("nope", [2], ValueError, "the class corresponding to 'nope' was not found"),
    ("he_uniform", [3], ValueError, "fewer than 2 dimensions"),
])
def test_initializer_errors(init, shape, exc, msg):
    import ms_compat as ms
    with pytest.raises(exc, match=msg):
        ms.initializer(init, shape, ms.float32).init_data()


def test_lazy_initializer_draws_at_materialisation():
    import ms_compat as ms
    ms.set_seed(3)
    t = ms.initializer("normal", [4], ms.float32)
    state = np.random.get_state()[2]
    p = ms.Parameter(t)  # the draw happens here, as in MindSpore
    assert np.random.get_state()[2] != state
    assert p.shape == (4,)
