"""Initializer cases, run on real MindSpore by ``tools/record_init_goldens.py`` and on ms_compat
by ``tests/common/test_initializer.py``. Our own code in MindSpore style; each case is
``fn(ms) -> [(label, array)]`` (see ``rng_golden_io``). Groups map to golden files
``tests/goldens/initializer/<group>.json``.
"""
from __future__ import annotations

import importlib
import math

import numpy as np


def _init_mod(ms):
    return importlib.import_module(ms.__name__ + ".common.initializer")


def _materialise(init, shape, dtype="float32", seed=1, how="init_data"):
    def fn(ms):
        mod = _init_mod(ms)
        if seed is not None:
            ms.set_seed(seed)
        obj = init(mod) if callable(init) else init
        t = mod.initializer(obj, shape, getattr(ms, dtype))
        value = ms.Parameter(t, name="w") if how == "param" else t.init_data()
        return [("value", value.asnumpy())]
    return fn


# ----------------------------------------------------------------------------- initializers
_SPECS = {
    "Normal()": lambda m: m.Normal(),
    "Normal(0.02)": lambda m: m.Normal(0.02),
    "Normal(sigma=2.0,mean=-1.5)": lambda m: m.Normal(sigma=2.0, mean=-1.5),
    "Uniform()": lambda m: m.Uniform(),
    "Uniform(0.5)": lambda m: m.Uniform(0.5),
    "TruncatedNormal()": lambda m: m.TruncatedNormal(),
    "TruncatedNormal(0.02)": lambda m: m.TruncatedNormal(0.02),
    "TruncatedNormal(1.0,0.5,-1,3)": lambda m: m.TruncatedNormal(sigma=1.0, mean=0.5, a=-1.0,
                                                                  b=3.0),
    "TruncatedNormal(0.5,a=0.3,b=0.9)": lambda m: m.TruncatedNormal(sigma=0.5, a=0.3, b=0.9),
    "HeUniform()": lambda m: m.HeUniform(),
    "HeUniform(sqrt5)": lambda m: m.HeUniform(math.sqrt(5)),
    "HeUniform(fan_out,relu)": lambda m: m.HeUniform(mode="fan_out", nonlinearity="relu"),
    "HeUniform(tanh)": lambda m: m.HeUniform(nonlinearity="tanh"),
    "HeNormal()": lambda m: m.HeNormal(),
    "HeNormal(0.1,fan_out)": lambda m: m.HeNormal(negative_slope=0.1, mode="fan_out"),
    "HeNormal(sigmoid)": lambda m: m.HeNormal(nonlinearity="sigmoid"),
    "HeNormal(FAN_IN,conv2d)": lambda m: m.HeNormal(mode="FAN_IN", nonlinearity="conv2d"),
    "XavierUniform()": lambda m: m.XavierUniform(),
    "XavierUniform(2)": lambda m: m.XavierUniform(gain=2),
    "XavierNormal()": lambda m: m.XavierNormal(),
    "XavierNormal(0.5)": lambda m: m.XavierNormal(0.5),
    "VarianceScaling()": lambda m: m.VarianceScaling(),
    "VarianceScaling(2,fan_avg,untruncated)": lambda m: m.VarianceScaling(
        2.0, "fan_avg", "untruncated_normal"),
    "VarianceScaling(fan_out,uniform)": lambda m: m.VarianceScaling(mode="fan_out",
                                                                    distribution="uniform"),
    "Orthogonal()": lambda m: m.Orthogonal(),
    "Orthogonal(2.0)": lambda m: m.Orthogonal(gain=2.0),
    "Constant(0.25)": lambda m: m.Constant(0.25),
    "Constant(3)": lambda m: m.Constant(3),
    "One()": lambda m: m.One(),
    "Zero()": lambda m: m.Zero(),
    "number 7": 7,
    "number 0.5": 0.5,
}

INITIALIZERS = {
    f"{label} {shape} seed{seed}": _materialise(spec, shape, seed=seed)
    for label, spec in _SPECS.items()
    for shape in [(5, 7), (3, 2, 3, 3)]
    for seed in [1, 42]
}

_ALIASES = ["normal", "Normal", "uniform", "truncatednormal", "xavier_uniform", "XavierUniform",
            "xavier_normal", "xaviernormal", "he_uniform", "heuniform", "HE_NORMAL", "henormal",
            "zeros", "zero", "ones", "one", "identity", "orthogonal", "variancescaling", "dirac",
            "sparse", "constant", "truncated_normal", "nope"]
ALIASES = {f"alias {name}": _materialise(name, (4, 6), seed=7) for name in _ALIASES}

# ----------------------------------------------------------------------------- sizes / dtypes
SIZES = {
    f"{label} n={n}": _materialise(_SPECS[label], (n,), seed=3)
    for label in ["Normal(sigma=2.0,mean=-1.5)", "Uniform()", "TruncatedNormal(1.0,0.5,-1,3)"]
    for n in [1, 2, 3, 1023, 1024, 1025, 4099, 100003]
}
SIZES.update({
    f"{label} shape=()": _materialise(_SPECS[label], (), seed=3)
    for label in ["Normal()", "Uniform()", "Constant(0.25)", "number 7"]
})

DTYPES = {
    f"{label} {dtype}": _materialise(spec, (6, 5), dtype=dtype, seed=11)
    for label, spec in [("Normal(1.0)", lambda m: m.Normal(1.0)),
                        ("Uniform(3.0)", lambda m: m.Uniform(3.0)),
                        ("TruncatedNormal(1.0)", lambda m: m.TruncatedNormal(1.0)),
                        ("XavierUniform()", lambda m: m.XavierUniform()),
                        ("Constant(2.7)", lambda m: m.Constant(2.7)),
                        ("Identity()", lambda m: m.Identity())]
    for dtype in ["float16", "float64", "int32", "bfloat16"]
}

# ----------------------------------------------------------------------------- structured
STRUCTURED = {
    "Identity (3, 5)": _materialise(lambda m: m.Identity(), (3, 5)),
    "Identity (5, 3)": _materialise(lambda m: m.Identity(), (5, 3)),
    "Dirac (6, 3, 3)": _materialise(lambda m: m.Dirac(), (6, 3, 3)),
    "Dirac groups=2 (4, 2, 3, 3)": _materialise(lambda m: m.Dirac(groups=2), (4, 2, 3, 3)),
    "Dirac (3, 4, 3, 3, 3)": _materialise(lambda m: m.Dirac(), (3, 4, 3, 3, 3)),
    "Sparse(0.3, 0.5) (8, 5)": _materialise(lambda m: m.Sparse(0.3, 0.5), (8, 5)),
    "Sparse(0.0) (4, 4)": _materialise(lambda m: m.Sparse(0.0), (4, 4)),
    "Orthogonal (20, 30)": _materialise(lambda m: m.Orthogonal(), (20, 30), seed=5),
    "Orthogonal (30, 20)": _materialise(lambda m: m.Orthogonal(), (30, 20), seed=5),
    "Orthogonal (4, 3, 2, 2)": _materialise(lambda m: m.Orthogonal(), (4, 3, 2, 2)),
}


# ----------------------------------------------------------------------------- order / seeds
def _np_seed_equals_set_seed(ms):
    mod = _init_mod(ms)
    np.random.seed(5)
    a = mod.initializer(mod.Normal(), (4, 3)).init_data().asnumpy()
    ms.set_seed(5)
    b = mod.initializer(mod.Normal(), (4, 3)).init_data().asnumpy()
    return [("np.random.seed", a), ("set_seed", b)]


def _lazy_draw_order(ms):
    mod = _init_mod(ms)
    ms.set_seed(9)
    t1 = mod.initializer("uniform", (5,))
    t2 = mod.initializer("uniform", (5,))
    v2 = t2.init_data().asnumpy()
    v1 = t1.init_data().asnumpy()
    return [("t1", v1), ("t2", v2)]


def _parameters_in_order(ms):
    mod = _init_mod(ms)
    ms.set_seed(0)
    ps = [ms.Parameter(mod.initializer(init, shape), name=f"p{i}")
          for i, (init, shape) in enumerate([("normal", (3, 2)), ("zeros", (2,)),
                                              (mod.HeUniform(), (2, 3)), (0.5, (2,)),
                                              ("xavier_normal", (3, 3))])]
    return [(p.name, p.asnumpy()) for p in ps]


def _many_after_one_seed(ms):
    mod = _init_mod(ms)
    ms.set_seed(2024)
    out = []
    for i, init in enumerate([mod.Normal(), mod.Uniform(), mod.TruncatedNormal(),
                              mod.HeNormal(), mod.Normal(), mod.One(), mod.Uniform()]):
        out.append((f"{i}", mod.initializer(init, (7, 3)).init_data().asnumpy()))
    return out


def _initializer_tensor(ms):
    mod = _init_mod(ms)
    t = ms.Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
    same = mod.initializer(t, (2, 3))
    same_list = mod.initializer(t, [2, 3])
    return [("tensor", same.asnumpy()), ("is", np.array(same is t)),
            ("list shape", same_list.asnumpy())]


def _shape_forms(ms):
    mod = _init_mod(ms)
    ms.set_seed(4)
    a = mod.initializer("normal", 5).init_data().asnumpy()
    b = mod.initializer("normal", [2, 3]).init_data().asnumpy()
    return [("int", a), ("list", b)]


def _call_on_array(ms):
    mod = _init_mod(ms)
    np.random.seed(6)
    a32 = np.zeros((3, 4), np.float32)
    ret = mod.Normal(0.5)(a32)
    a16 = np.zeros((3, 4), np.float16)
    mod.XavierUniform()(a16)
    ones = np.zeros((2, 2), np.float32)
    mod.One()(ones)
    return [("float32", a32), ("returns None", np.array(ret is None)), ("float16", a16),
            ("one", ones)]


def _initializer_attrs(ms):
    mod = _init_mod(ms)
    t = mod.initializer(mod.Normal(0.3), (2, 3), ms.float16)
    return [("shape", np.array(t.shape)), ("dtype is float16", np.array(t.dtype == ms.float16)),
            ("has init", np.array(t.init is not None)),
            ("sigma", np.array(t.init.sigma))]


ORDER = {
    "np.random.seed equals set_seed": _np_seed_equals_set_seed,
    "lazy initializer draws at init_data": _lazy_draw_order,
    "Parameters draw in construction order": _parameters_in_order,
    "many initializers after one set_seed": _many_after_one_seed,
    "initializer(Tensor) returns it": _initializer_tensor,
    "shape as int and list": _shape_forms,
    "Initializer called on numpy arrays": _call_on_array,
    "lazy Tensor attributes": _initializer_attrs,
    "Parameter from initializer seed 0": _materialise("normal", (3, 4), seed=0, how="param"),
    "set_seed(0) then HeUniform": _materialise(lambda m: m.HeUniform(), (4, 4), seed=0),
    "set_seed(2**32 - 1)": _materialise("uniform", (4,), seed=2 ** 32 - 1),
}


# ----------------------------------------------------------------------------- networks
def _params(net):
    return [(name, p.asnumpy()) for name, p in net.parameters_and_names()]


def _net(build, seed):
    def fn(ms):
        ms.set_seed(seed)
        return _params(build(ms))
    return fn


def _mlp(ms):
    nn = ms.nn
    return nn.SequentialCell(nn.Flatten(), nn.Dense(28 * 28, 512), nn.ReLU(), nn.Dense(512, 512),
                             nn.ReLU(), nn.Dense(512, 10))


def _lenet_normal(ms):
    nn = ms.nn
    init = _init_mod(ms)

    class LeNet(nn.Cell):
        def __init__(self):
            super().__init__()
            self.conv1 = nn.Conv2d(1, 6, 5, pad_mode="valid")
            self.conv2 = nn.Conv2d(6, 16, 5, pad_mode="valid")
            self.fc1 = nn.Dense(16 * 5 * 5, 120, weight_init=init.Normal(0.02))
            self.fc2 = nn.Dense(120, 84, weight_init=init.Normal(0.02))
            self.fc3 = nn.Dense(84, 10, weight_init=init.Normal(0.02))
            self.relu = nn.ReLU()

        def construct(self, x):
            return x
    return LeNet()


def _mixed(ms):
    nn = ms.nn
    init = _init_mod(ms)

    class Mixed(nn.Cell):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(50, 8)
            self.bn = nn.BatchNorm2d(4)
            self.lstm = nn.LSTM(8, 6, num_layers=2, bidirectional=True, batch_first=True)
            self.cell = nn.RNNCell(6, 5)
            self.conv = nn.Conv1d(4, 6, 3, has_bias=True)
            self.half = nn.Dense(12, 3, weight_init=init.XavierUniform(), dtype=ms.float16)

        def construct(self, x):
            return x
    return Mixed()


NET_BUILDERS = {
    "Dense(10, 1)": lambda ms: ms.nn.Dense(10, 1),
    "Conv2d(1, 6, 5)": lambda ms: ms.nn.Conv2d(1, 6, 5),
    "Dense(784, 512)": lambda ms: ms.nn.Dense(784, 512),
    "quickstart MLP": _mlp,
    "Conv2d(3, 8, 3, has_bias)": lambda ms: ms.nn.Conv2d(3, 8, 3, has_bias=True),
    "Conv1d(4, 6, 3, has_bias)": lambda ms: ms.nn.Conv1d(4, 6, 3, has_bias=True),
    "Conv2dTranspose(4, 2, 3, has_bias)": lambda ms: ms.nn.Conv2dTranspose(4, 2, 3,
                                                                          has_bias=True),
    "Conv2d(4, 6, 3, group=2)": lambda ms: ms.nn.Conv2d(4, 6, 3, group=2),
    "Embedding(100, 16)": lambda ms: ms.nn.Embedding(100, 16),
    "Dense(8, 4) float16": lambda ms: ms.nn.Dense(8, 4, dtype=ms.float16),
    "LeNet Normal(0.02)": _lenet_normal,
    "BatchNorm2d + LayerNorm": lambda ms: ms.nn.SequentialCell(ms.nn.BatchNorm2d(3),
                                                               ms.nn.LayerNorm((4,))),
    "LSTM(8, 6, 2 layers, bidirectional)": lambda ms: ms.nn.LSTM(8, 6, num_layers=2,
                                                                 bidirectional=True),
    "GRU(5, 4)": lambda ms: ms.nn.GRU(5, 4),
    "RNN(5, 4, 2 layers)": lambda ms: ms.nn.RNN(5, 4, num_layers=2),
    "RNNCell(6, 5)": lambda ms: ms.nn.RNNCell(6, 5),
    "LSTMCell(3, 4)": lambda ms: ms.nn.LSTMCell(3, 4),
    "GRUCell(3, 4)": lambda ms: ms.nn.GRUCell(3, 4),
    "MultiheadAttention(8, 2)": lambda ms: ms.nn.MultiheadAttention(8, 2),
    "TransformerEncoderLayer(8, 2, 16)": lambda ms: ms.nn.TransformerEncoderLayer(8, 2, 16),
    "mixed net": _mixed,
}

NETS = {f"{name} seed{seed}": _net(build, seed)
        for name, build in NET_BUILDERS.items() for seed in [1, 42]}
NETS.update({f"quickstart MLP seed{seed}": _net(_mlp, seed) for seed in [0, 3, 2024]})


# ----------------------------------------------------------------------------- errors
def _set_seed(value):
    def fn(ms):
        ms.set_seed(value)
        return [("seed", np.array(ms.get_seed()))]
    return fn


def _raw(expr):
    """``expr(mod, ms)`` materialised (the error may come at construction or at init)."""
    def fn(ms):
        mod = _init_mod(ms)
        t = expr(mod, ms)
        return [("value", t.init_data().asnumpy())]
    return fn


ERRORS = {
    "initializer('nope')": _raw(lambda m, ms: m.initializer("nope", (2,))),
    "initializer(list)": _raw(lambda m, ms: m.initializer([1, 2], (2,))),
    "initializer(None)": _raw(lambda m, ms: m.initializer(None, (2,))),
    "initializer(numpy array)": _raw(lambda m, ms: m.initializer(np.ones(2), (2,))),
    "shape with 0": _raw(lambda m, ms: m.initializer("normal", (2, 0))),
    "shape negative": _raw(lambda m, ms: m.initializer("normal", [-1, 3])),
    "shape float": _raw(lambda m, ms: m.initializer("normal", (2.5,))),
    "shape numpy int": _raw(lambda m, ms: m.initializer("normal", (np.int64(3),))),
    "shape None": _raw(lambda m, ms: m.initializer("normal")),
    "shape None Initializer": _raw(lambda m, ms: m.initializer(m.Uniform(), None)),
    "Tensor shape mismatch": _raw(lambda m, ms: m.initializer(ms.Tensor(np.ones((2, 3))), (3, 2))),
    "Tensor without shape": _raw(lambda m, ms: m.initializer(ms.Tensor(np.ones((2, 3))))),
    "XavierUniform 1-D": _raw(lambda m, ms: m.initializer(m.XavierUniform(), (5,))),
    "HeUniform 1-D": _raw(lambda m, ms: m.initializer("he_uniform", (5,))),
    "HeUniform bad mode": _raw(lambda m, ms: m.initializer(m.HeUniform(mode="avg"), (3, 3))),
    "HeNormal bad nonlinearity": _raw(lambda m, ms: m.initializer(
        m.HeNormal(nonlinearity="gelu"), (3, 3))),
    "HeUniform bad slope": _raw(lambda m, ms: m.initializer(m.HeUniform(negative_slope="a"),
                                                            (3, 3))),
    "HeUniform bool slope": _raw(lambda m, ms: m.initializer(m.HeUniform(negative_slope=True),
                                                             (3, 3))),
    "Normal negative sigma": _raw(lambda m, ms: m.initializer(m.Normal(-1.0), (3,))),
    "TruncatedNormal negative sigma": _raw(lambda m, ms: m.initializer(
        m.TruncatedNormal(-1.0), (3,))),
    "TruncatedNormal zero sigma": _raw(lambda m, ms: m.initializer(m.TruncatedNormal(0.0), (3,))),
    "VarianceScaling scale 0": _raw(lambda m, ms: m.initializer(m.VarianceScaling(0), (3, 3))),
    "VarianceScaling bad mode": _raw(lambda m, ms: m.initializer(
        m.VarianceScaling(mode="avg"), (3, 3))),
    "VarianceScaling bad distribution": _raw(lambda m, ms: m.initializer(
        m.VarianceScaling(distribution="normal"), (3, 3))),
    "Identity 3-D": _raw(lambda m, ms: m.initializer("identity", (2, 2, 2))),
    "Dirac 2-D": _raw(lambda m, ms: m.initializer("dirac", (3, 3))),
    "Dirac groups": _raw(lambda m, ms: m.initializer(m.Dirac(groups=4), (6, 3, 3))),
    "Orthogonal 1-D": _raw(lambda m, ms: m.initializer("orthogonal", (4,))),
    "Sparse 3-D": _raw(lambda m, ms: m.initializer(m.Sparse(0.5), (2, 2, 2))),
    "set_seed(-1)": _set_seed(-1),
    "set_seed(1.5)": _set_seed(1.5),
    "set_seed(True)": _set_seed(True),
    "set_seed(np.int64)": _set_seed(np.int64(3)),
    "set_seed(2**32)": _set_seed(2 ** 32),
    "set_seed(None)": _set_seed(None),
    "set_seed(7) get_seed": _set_seed(7),
}

CASES = {"initializers": INITIALIZERS, "aliases": ALIASES, "sizes": SIZES, "dtypes": DTYPES,
         "structured": STRUCTURED, "order": ORDER, "nets": NETS, "errors": ERRORS}
