"""MindSpore's initializers and initial weights, bit for bit.

Goldens: ``tests/goldens/initializer/*.json``, recorded from real MindSpore by
``tools/record_init_goldens.py`` from the cases in ``init_rng_cases.py`` (per group) and
``init_cases.py`` (``init_goldens.json``). Each case runs on ms_compat from a fresh seed state and
must give the same bytes (sha256), the same exception, and leave numpy's global RandomState where
MindSpore left it.
"""
import os
import sys
import time

import numpy as np
import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import init_cases  # noqa: E402
import init_rng_cases  # noqa: E402
import rng_golden_io as gio  # noqa: E402

import ms_compat  # noqa: E402
from ms_compat._src import alias  # noqa: E402

GOLDEN_DIR = os.path.join(HERE, "..", "goldens", "initializer")
GROUPS = ["initializers", "aliases", "sizes", "dtypes", "structured", "order", "nets", "errors"]


def _golden_cases():
    for group in GROUPS:
        golden = gio.load(os.path.join(GOLDEN_DIR, f"{group}.json"))["cases"]
        for name in init_rng_cases.CASES[group]:
            yield pytest.param(group, name, golden.get(name), id=f"{group}:{name}")


@pytest.mark.parametrize("group,name,golden", list(_golden_cases()))
def test_case_matches_mindspore(group, name, golden):
    assert golden is not None, "no golden: run tools/record_init_goldens.py"
    outcome = gio.run_case(init_rng_cases.CASES[group][name], ms_compat)
    assert not gio.compare(outcome, golden), gio.compare(outcome, golden)


_INIT_GOLDENS = gio.load(os.path.join(GOLDEN_DIR, "init_goldens.json"))["cases"]


@pytest.mark.parametrize("case", sorted(_INIT_GOLDENS))
def test_initial_values_are_mindspores_bit_for_bit(case):
    alias.install()
    import mindspore as ms
    which, seed = case.rsplit("/", 1)
    got = init_cases.summarize(init_cases.build(ms, int(seed), which))
    want = _INIT_GOLDENS[case]
    assert sorted(got) == sorted(want)
    bad = [k for k in want if got[k]["sha256"] != want[k]["sha256"]]
    assert not bad, [(k, want[k]["head"], got[k]["head"]) for k in bad[:5]]


# Construction order without nn layers: weight then bias per layer, with the layers' default
# initializers called directly, must equal the real network's golden.
def _dense(init, n_in, n_out):
    return [("weight", init.HeUniform(negative_slope=5 ** 0.5), (n_out, n_in)),
            ("bias", init.Uniform(1 / n_in ** 0.5), (n_out,))]


_BY_HAND = {
    "quickstart MLP": lambda I: _dense(I, 784, 512) + _dense(I, 512, 512) + _dense(I, 512, 10),
    "Dense(10, 1)": lambda I: _dense(I, 10, 1),
    "Conv2d(1, 6, 5)": lambda I: [("weight", I.HeUniform(negative_slope=5 ** 0.5), (6, 1, 5, 5))],
    "Conv1d(4, 6, 3, has_bias)": lambda I: [
        ("weight", I.HeUniform(negative_slope=5 ** 0.5), (6, 4, 1, 3)),
        ("bias", I.Uniform(1 / 12 ** 0.5), (6,))],
    "Embedding(100, 16)": lambda I: [("embedding_table", "normal", (100, 16))],
}


@pytest.mark.parametrize("net", sorted(_BY_HAND))
@pytest.mark.parametrize("seed", [1, 42])
def test_initializers_in_construction_order_give_the_network(net, seed):
    from ms_compat.common import initializer as I
    golden = gio.load(os.path.join(GOLDEN_DIR, "nets.json"))["cases"][f"{net} seed{seed}"]
    ms_compat.set_seed(seed)
    got = [gio.describe(I.initializer(init, shape).init_data().asnumpy())
           for _, init, shape in _BY_HAND[net](I)]
    assert [g["sha256"] for g in got] == [w["sha256"] for w in golden["arrays"]]


def test_quickstart_mlp_initialises_fast():
    from ms_compat.common import initializer as I
    I.initializer("normal", (4,)).init_data()  # warm up
    start = time.perf_counter()
    ms_compat.set_seed(1)
    for _, init, shape in _BY_HAND["quickstart MLP"](I):
        I.initializer(init, shape).init_data()
    assert time.perf_counter() - start < 1.0


def test_initializer_fills_non_contiguous_arrays_in_place():
    from ms_compat.common import initializer as I
    base = np.zeros((4, 6), np.float32)
    np.random.seed(3)
    I.Uniform(1.0)(base[:, ::2])
    np.random.seed(3)
    want = I.initializer(I.Uniform(1.0), (4, 3)).init_data().asnumpy()
    np.testing.assert_array_equal(base[:, ::2], want)
    assert not base[:, 1::2].any()
