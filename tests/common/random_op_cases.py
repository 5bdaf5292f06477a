"""CPU random-op cases (``ops.rand`` ... ``nn.Dropout``), run on real MindSpore by
``tools/record_init_goldens.py`` and on ms_compat by ``tests/ops/test_random_func.py``. Our own
code in MindSpore style; each case is ``fn(ms) -> [(label, array)]`` (see ``rng_golden_io``).
Every case starts from a fresh interpreter's seed state.
"""
from __future__ import annotations

import numpy as np

SEEDS = [0, 5, 123]


def _x(shape, dtype=np.float32, seed=0):
    return (np.random.RandomState(seed).rand(*shape) * 4 - 2).astype(dtype)


def _seeded(seed, body):
    def fn(ms):
        if seed is not None:
            ms.set_seed(seed)
        out = body(ms)
        return [(label, v.asnumpy() if hasattr(v, "asnumpy") else np.asarray(v))
                for label, v in out]
    return fn


def _t(ms, value, dtype=None):
    return ms.Tensor(value, dtype) if dtype is not None else ms.Tensor(value)


# ----------------------------------------------------------------------------- PyNative ops
_OPS = {
    "rand(7)": lambda ms: [("out", ms.ops.rand(7))],
    "rand(33, 31)": lambda ms: [("out", ms.ops.rand(33, 31))],
    "rand((4099,))": lambda ms: [("out", ms.ops.rand((4099,)))],
    "rand(2, 3, float16)": lambda ms: [("out", ms.ops.rand(2, 3, dtype=ms.float16))],
    "rand([3, 2], seed=3)": lambda ms: [("out", ms.ops.rand([3, 2], seed=3))],
    "rand() x3": lambda ms: [(f"{i}", ms.ops.rand(5)) for i in range(3)],
    "rand seed=2 x2, rand x1": lambda ms: [("a", ms.ops.rand(5, seed=2)),
                                           ("b", ms.ops.rand(5, seed=2)),
                                           ("c", ms.ops.rand(5))],
    "uniform float": lambda ms: [("out", ms.ops.uniform((7,), _t(ms, -1.0), _t(ms, 2.0)))],
    "uniform float broadcast": lambda ms: [("out", ms.ops.uniform(
        (3, 4), _t(ms, [[0.0], [1.0], [2.0]], ms.float32), _t(ms, 5.0), seed=4))],
    "uniform int32": lambda ms: [("out", ms.ops.uniform(
        (33, 31), _t(ms, 1, ms.int32), _t(ms, 10, ms.int32), dtype=ms.int32))],
    "uniform int32 wide": lambda ms: [("out", ms.ops.uniform(
        (64,), _t(ms, -2 ** 31, ms.int32), _t(ms, 2 ** 31 - 1, ms.int32), dtype=ms.int32))],
    "standard_normal((7,))": lambda ms: [("out", ms.ops.standard_normal((7,)))],
    "standard_normal((6,))": lambda ms: [("out", ms.ops.standard_normal((6,)))],
    "standard_normal((33, 31))": lambda ms: [("out", ms.ops.standard_normal((33, 31)))],
    "standard_normal((4099,))": lambda ms: [("out", ms.ops.standard_normal((4099,)))],
    "standard_normal seed=7 x2": lambda ms: [("a", ms.ops.standard_normal((5,), seed=7)),
                                             ("b", ms.ops.standard_normal((5,), seed=7))],
    "randn(7)": lambda ms: [("out", ms.ops.randn(7))],
    "randn((4, 5))": lambda ms: [("out", ms.ops.randn((4, 5)))],
    "randn(2, 3, float64)": lambda ms: [("out", ms.ops.randn(2, 3, dtype=ms.float64))],
    "randn(3, seed=1)": lambda ms: [("out", ms.ops.randn(3, seed=1))],
    "normal float args": lambda ms: [("out", ms.ops.normal((7,), 1.0, 2.0))],
    "normal int args": lambda ms: [("out", ms.ops.normal((5,), 1, 2))],
    "normal Tensor args": lambda ms: [("out", ms.ops.normal(
        (3, 4), _t(ms, [1.0, 2.0, 3.0, 4.0], ms.float32), _t(ms, 0.5), seed=9))],
    "randint(0, 10, (7,))": lambda ms: [("out", ms.ops.randint(0, 10, (7,)))],
    "randint(-5, 5, (33, 31))": lambda ms: [("out", ms.ops.randint(-5, 5, (33, 31)))],
    "randint(3, 4, (5,))": lambda ms: [("out", ms.ops.randint(3, 4, (5,)))],
    "randint(0, 1000000007, (9,), int32)": lambda ms: [("out", ms.ops.randint(
        0, 1000000007, (9,), dtype=ms.int32))],
    "randint seed=11": lambda ms: [("out", ms.ops.randint(0, 100, (6,), seed=11))],
    "rand_like / randn_like / randint_like": lambda ms: [
        ("rand_like", ms.ops.rand_like(_t(ms, np.zeros((2, 3), np.float32)))),
        ("randn_like", ms.ops.randn_like(_t(ms, np.zeros((5,), np.float32)))),
        ("randint_like", ms.ops.randint_like(_t(ms, np.zeros((4,), np.int32)), 0, 7))],
    "dropout ones p=0.5": lambda ms: [("out", ms.ops.dropout(_t(ms, np.ones((7,), np.float32))))],
    "dropout (33, 31) p=0.2": lambda ms: [("out", ms.ops.dropout(_t(ms, _x((33, 31))), p=0.2))],
    "dropout p=0.1 x2": lambda ms: [(f"{i}", ms.ops.dropout(_t(ms, _x((40,))), p=0.1))
                                    for i in range(2)],
    "dropout p=0.3 float16": lambda ms: [("out", ms.ops.dropout(
        _t(ms, _x((50,), np.float16)), p=0.3))],
    "dropout p=0.7 float64": lambda ms: [("out", ms.ops.dropout(
        _t(ms, _x((50,), np.float64)), p=0.7))],
    "dropout p=1/3 seed=5": lambda ms: [("out", ms.ops.dropout(
        _t(ms, _x((64,))), p=1 / 3, seed=5))],
    "dropout training=False": lambda ms: [("out", ms.ops.dropout(
        _t(ms, _x((6,))), p=0.5, training=False))],
    "rand(0) and rand()": lambda ms: [("rand(0)", ms.ops.rand(0)), ("rand()", ms.ops.rand())],
    "standard_normal(Tensor shape)": lambda ms: [("out", ms.ops.standard_normal(
        _t(ms, [2, 3])))],
    "normal numpy mean": lambda ms: [("out", ms.ops.normal(
        (2,), np.array([1.0, 2.0], np.float32), 1.0))],
    "mixed op sequence": lambda ms: [("rand", ms.ops.rand(4)), ("randn", ms.ops.randn(4)),
                                     ("rand again", ms.ops.rand(4)),
                                     ("randint", ms.ops.randint(0, 9, (4,))),
                                     ("standard_normal", ms.ops.standard_normal((4,)))],
}

PYNATIVE = {f"{name} seed{seed}": _seeded(seed, body)
            for name, body in _OPS.items() for seed in SEEDS}
PYNATIVE["rand(5, seed=3) without set_seed"] = _seeded(None, lambda ms: [
    ("out", ms.ops.rand(5, seed=3))])


# ----------------------------------------------------------------------------- nn.Dropout
def _dropout_calls(ms):
    d = ms.nn.Dropout(p=0.3)
    d.set_train()
    x = _t(ms, np.ones((4099,), np.float32))
    return [(f"call{i}", d(x)) for i in range(3)]


def _dropout_keep_prob(ms):
    d = ms.nn.Dropout(keep_prob=0.8)
    d.set_train()
    x = _t(ms, _x((33, 31)))
    return [(f"call{i}", d(x)) for i in range(2)]


def _two_dropouts(ms):
    a = ms.nn.Dropout(p=0.5)
    b = ms.nn.Dropout(p=0.5)
    a.set_train()
    b.set_train()
    x = _t(ms, np.ones((16,), np.float32))
    return [("a0", a(x)), ("b0", b(x)), ("a1", a(x)), ("b1", b(x))]


def _dropout_shares_counter(ms):
    x = _t(ms, np.ones((16,), np.float32))
    first = ms.ops.dropout(x, p=0.5)
    d = ms.nn.Dropout(p=0.5)
    d.set_train()
    return [("ops.dropout", first), ("nn.Dropout", d(x)), ("ops.dropout again",
                                                           ms.ops.dropout(x, p=0.5))]


def _dropout_eval(ms):
    d = ms.nn.Dropout(p=0.5)
    d.set_train(False)
    x = _t(ms, _x((8,)))
    d2 = ms.nn.Dropout(p=0.5)
    d2.set_train()
    return [("eval", d(x)), ("train after an eval cell", d2(x))]


def _dropout_grad(ms):
    d = ms.nn.Dropout(p=0.4)
    d.set_train()
    x = _t(ms, _x((12,)))

    def f(v):
        return (d(v) * v).sum()
    loss, g = ms.ops.value_and_grad(f)(x)
    return [("loss", loss), ("grad", g), ("next call", d(x))]


def _dropout_primitive(ms):
    op = ms.ops.Dropout(keep_prob=0.6, Seed0=1, Seed1=2)
    x = _t(ms, _x((20,)))
    out = []
    for i in range(2):
        y, mask = op(x)
        out += [(f"out{i}", y), (f"mask{i}", mask)]
    return out


CELLS = {}
for _name, _body in [("ops.Dropout primitive with seeds", _dropout_primitive),
                     ("nn.Dropout 3 calls", _dropout_calls),
                     ("nn.Dropout keep_prob=0.8", _dropout_keep_prob),
                     ("two nn.Dropout cells interleaved", _two_dropouts),
                     ("ops.dropout and nn.Dropout share the counter", _dropout_shares_counter),
                     ("nn.Dropout eval mode", _dropout_eval),
                     ("nn.Dropout under value_and_grad", _dropout_grad)]:
    for _seed in SEEDS:
        CELLS[f"{_name} seed{_seed}"] = _seeded(_seed, _body)


# ----------------------------------------------------------------------------- compiled
def _jit_rand(ms):
    @ms.jit
    def f():
        return ms.ops.rand(5)
    return [(f"launch{i}", f()) for i in range(3)]


def _jit_standard_normal(ms):
    @ms.jit
    def f():
        return ms.ops.standard_normal((301,))
    return [(f"launch{i}", f()) for i in range(3)]


def _graph_cell(ms):
    ms.set_context(mode=ms.GRAPH_MODE)

    class Net(ms.nn.Cell):
        def __init__(self):
            super().__init__()
            self.drop = ms.nn.Dropout(p=0.25)

        def construct(self, x):
            return self.drop(x) + ms.ops.rand(6)

    net = Net()
    net.set_train()
    x = _t(ms, np.ones((6,), np.float32))
    return [(f"launch{i}", net(x)) for i in range(3)]


def _graph_dropout_twice(ms):
    ms.set_context(mode=ms.GRAPH_MODE)

    class Net(ms.nn.Cell):
        def __init__(self):
            super().__init__()
            self.drop = ms.nn.Dropout(p=0.5)

        def construct(self, x):
            return self.drop(x), self.drop(x * 2)

    net = Net()
    net.set_train()
    x = _t(ms, np.ones((16,), np.float32))
    out = []
    for i in range(2):
        a, b = net(x)
        out += [(f"first{i}", a), (f"second{i}", b)]
    ms.set_context(mode=ms.PYNATIVE_MODE)
    return out + [("pynative after", net(x)[0])]


def _jit_dropout_fn(ms):
    @ms.jit
    def f(x):
        return ms.ops.dropout(x, p=0.5)
    x = _t(ms, np.ones((20,), np.float32))
    return [(f"launch{i}", f(x)) for i in range(3)]


def _jit_uniform_int(ms):
    @ms.jit
    def f(lo, hi):
        return ms.ops.uniform((8,), lo, hi, dtype=ms.int32)
    lo, hi = _t(ms, 0, ms.int32), _t(ms, 50, ms.int32)
    return [(f"launch{i}", f(lo, hi)) for i in range(3)]


def _jit_uniform_float_normal(ms):
    @ms.jit
    def f(lo, hi):
        return ms.ops.uniform((40,), lo, hi), ms.ops.normal((40,), lo, hi)
    lo, hi = _t(ms, -1.5), _t(ms, 2.25)
    out = []
    for i in range(2):
        u, n = f(lo, hi)
        out += [(f"uniform{i}", u), (f"normal{i}", n)]
    return out


def _jit_grad_dropout(ms):
    d = ms.nn.Dropout(p=0.4)
    d.set_train()
    x = _t(ms, np.abs(_x((12,))) + 0.25)  # positive: no -0.0 from dropped negative inputs

    def f(v):
        return (d(v) * v).sum()
    g = ms.jit(ms.ops.grad(f))
    return [(f"launch{i}", g(x)) for i in range(3)] + [("eager after", d(x))]


COMPILED = {f"{name} seed{seed}": _seeded(seed, body)
            for name, body in [("ms.jit rand", _jit_rand),
                               ("ms.jit standard_normal", _jit_standard_normal),
                               ("GRAPH_MODE cell with Dropout and rand", _graph_cell),
                               ("ms.jit ops.dropout", _jit_dropout_fn),
                               ("GRAPH_MODE one Dropout called twice", _graph_dropout_twice),
                               ("ms.jit uniform int32", _jit_uniform_int),
                               ("ms.jit uniform and normal float", _jit_uniform_float_normal),
                               ("ms.jit grad through nn.Dropout", _jit_grad_dropout)]
            for seed in SEEDS}


# ----------------------------------------------------------------------------- errors
def _err(body):
    return _seeded(1, lambda ms: [("out", body(ms))])


ERRORS = {
    "rand int dtype": _err(lambda ms: ms.ops.rand(3, dtype=ms.int32)),
    "rand float size": _err(lambda ms: ms.ops.rand(2.5)),
    "rand mixed sizes": _err(lambda ms: ms.ops.rand(2, 3.0)),
    "randn int dtype": _err(lambda ms: ms.ops.randn(3, dtype=ms.int64)),
    "randint list size": _err(lambda ms: ms.ops.randint(0, 5, [3])),
    "randint float low": _err(lambda ms: ms.ops.randint(0.5, 5, (3,))),
    "randint bool high": _err(lambda ms: ms.ops.randint(0, True, (3,))),
    "randint float dtype": _err(lambda ms: ms.ops.randint(0, 5, (3,), dtype=ms.float32)),
    "randint low >= high": _err(lambda ms: ms.ops.randint(5, 5, (3,))),
    "uniform python bounds": _err(lambda ms: ms.ops.uniform((3,), 0.0, 1.0)),
    "uniform dtype mismatch": _err(lambda ms: ms.ops.uniform(
        (3,), _t(ms, 0.0), _t(ms, 1.0), dtype=ms.int32)),
    "uniform float64": _err(lambda ms: ms.ops.uniform(
        (3,), _t(ms, 0.0, ms.float64), _t(ms, 1.0, ms.float64), dtype=ms.float64)),
    "standard_normal zero dim": _err(lambda ms: ms.ops.standard_normal((2, 0))),
    "standard_normal negative op seed": _err(lambda ms: ms.ops.standard_normal((2,), seed=-1)),
    "normal list shape": _err(lambda ms: ms.ops.normal([2, 3], 0.0, 1.0)),
    "normal str mean": _err(lambda ms: ms.ops.normal((2,), "a", 1.0)),
    "normal negative dim": _err(lambda ms: ms.ops.normal((2, -1), 0.0, 1.0)),
    "dropout training not bool": _err(lambda ms: ms.ops.dropout(_t(ms, _x((3,))), training=1)),
    "dropout p=1": _err(lambda ms: ms.ops.dropout(_t(ms, _x((3,))), p=1.0)),
    "rand_like not a Tensor": _err(lambda ms: ms.ops.rand_like(np.zeros(3))),
    "standard_normal negative dim": _err(lambda ms: ms.ops.standard_normal((2, -1))),
    "standard_normal float dim": _err(lambda ms: ms.ops.standard_normal((2.0, 3))),
    "rand negative size": _err(lambda ms: ms.ops.rand(-1)),
    "randint negative dim": _err(lambda ms: ms.ops.randint(0, 5, (2, -1))),
    "uniform int empty range": _err(lambda ms: ms.ops.uniform(
        (2,), _t(ms, 3, ms.int32), _t(ms, 3, ms.int32), dtype=ms.int32)),
    "uniform int vector bounds": _err(lambda ms: ms.ops.uniform(
        (2,), _t(ms, [1, 2], ms.int32), _t(ms, [5, 6], ms.int32), dtype=ms.int32)),
    "randint high 2**31": _err(lambda ms: ms.ops.randint(0, 2 ** 31, (2,))),
    "rand float op seed": _err(lambda ms: ms.ops.rand(2, seed=1.5)),
    "randn bool op seed": _err(lambda ms: ms.ops.randn(2, seed=True)),
    "dropout p=1.5": _err(lambda ms: ms.ops.dropout(_t(ms, _x((3,))), p=1.5)),
    "randint_like float dtype input": _err(lambda ms: ms.ops.randint_like(
        _t(ms, np.zeros(3, np.float32)), 0, 4)),
}

CASES = {"pynative": PYNATIVE, "cells": CELLS, "compiled": COMPILED, "op_errors": ERRORS}
