"""Initializer cases shared by the recorder (real MindSpore) and the test (ms_compat).

Each case builds something after seeding and returns {name: ndarray}; only sha256 of the bytes
and a few leading values are stored in the golden.
"""
import hashlib

import numpy as np

SEEDS = (0, 1, 7, 42, 2024)


def _mlp(ms, nn):
    return nn.SequentialCell(nn.Flatten(), nn.Dense(784, 512), nn.ReLU(), nn.Dense(512, 512),
                             nn.ReLU(), nn.Dense(512, 10))


def _params(net):
    return {n: p.asnumpy() for n, p in net.parameters_and_names()}


def _inits(ms, I):
    shapes = ((64, 32), (3, 5, 7), (1000, 3), (6, 1, 5, 5))
    out = {}
    for name, make in (("normal", lambda: I.Normal(0.02)), ("uniform", lambda: I.Uniform(0.3)),
                       ("truncnorm", lambda: I.TruncatedNormal(0.5, 0.1, -0.4, 0.9)),
                       ("he_uniform", lambda: I.HeUniform()), ("he_normal", lambda: I.HeNormal()),
                       ("xavier_uniform", lambda: I.XavierUniform()),
                       ("xavier_normal", lambda: I.XavierNormal(gain=2.0)),
                       ("vs_default", lambda: I.VarianceScaling()),
                       ("vs_untrunc_avg", lambda: I.VarianceScaling(2.0, "fan_avg",
                                                                    "untruncated_normal")),
                       ("string_normal", lambda: "normal"), ("string_ones", lambda: "ones")):
        for shape in shapes:
            out[f"{name}{shape}"] = I.initializer(make(), shape, ms.float32).init_data().asnumpy()
    out["fp16_normal"] = I.initializer(I.Normal(1.0), (33,), ms.float16).init_data().asnumpy()
    out["fp64_uniform"] = I.initializer(I.Uniform(1.0), (9, 4), ms.float64).init_data().asnumpy()
    return out


def build(ms, seed, which):
    from mindspore import nn
    from mindspore.common import initializer as I
    ms.set_seed(seed)
    if which == "mlp":
        return _params(_mlp(ms, nn))
    if which == "dense_10_1":
        return _params(nn.Dense(10, 1))
    if which == "dense_stack":
        net = nn.SequentialCell(nn.Dense(3, 4, weight_init="normal", bias_init="zeros"),
                                nn.Dense(4, 2, has_bias=False), nn.Dense(2, 5, dtype=ms.float16))
        return _params(net)
    if which == "initializers":
        return _inits(ms, I)
    if which == "np_seed_equivalence":
        np.random.seed(seed)
        return _params(nn.Dense(6, 3))
    raise KeyError(which)


WHICH = ("mlp", "dense_10_1", "dense_stack", "initializers", "np_seed_equivalence")


def summarize(arrays):
    return {k: {"sha256": hashlib.sha256(np.ascontiguousarray(v).tobytes()).hexdigest(),
                "shape": list(v.shape), "dtype": str(v.dtype),
                "head": [float(x) for x in v.reshape(-1)[:3]]}
            for k, v in arrays.items()}
