"""``mindspore.set_seed`` / ``get_seed`` and the op-seed bookkeeping of MindSpore's random ops.

``set_seed(k)`` does what MindSpore 2.10 does: ``np.random.seed(k)`` (all that the parameter
initializers depend on: each random initializer draws its Philox seed from numpy's global
RandomState), the dataset seed (``mindspore.dataset.config.set_seed``), resets the per-(kernel,
op seed) counters and sets the global seed. A seed numpy refuses (>= 2**32) raises numpy's
ValueError before anything changes, as in MindSpore.

``_get_graph_seed(op_seed, kernel_name)`` returns the ``(seed, seed2)`` pair a random primitive is
built with: with global seed g (None -> 0, 0 -> 87654321) and op seed o (None -> 0), ``(0, 0)``
when both are 0 (the kernel then seeds from ``std::random_device``), else
``(g % (2**31 - 1), counter % (2**31 - 1))`` where the counter of ``(kernel_name, o)`` starts at
o and grows by ``3528531795 ^ 3449720151`` after every use
(``shared/specs/mindspore_init_rng.md`` section 3).
"""
from __future__ import annotations

import numpy as np

from .._checkparam import non_negative_int

__all__ = ["set_seed", "get_seed"]

_GLOBAL_SEED = None
_KERNEL_SEED: dict = {}
_DEFAULT_GRAPH_SEED = 87654321
_MAXINT32 = 2 ** 31 - 1
_STEP = 3528531795 ^ 3449720151


def set_seed(seed):
    """Set the global seed: numpy's global RNG, the dataset seed, the random-op counters."""
    global _GLOBAL_SEED
    if not isinstance(seed, int):
        raise TypeError(f"The argument 'seed' must be type of int, but got {type(seed)}.")
    non_negative_int(seed, "seed", "global_seed")
    np.random.seed(seed)
    from ..dataset import config as _ds_config  # lazy: the dataset package imports numpy only
    _ds_config.set_seed(seed)
    for key in _KERNEL_SEED:
        _KERNEL_SEED[key] = key[1]
    _GLOBAL_SEED = seed


def get_seed():
    """The global seed set by ``set_seed`` (None if never set)."""
    return _GLOBAL_SEED


def _reset():
    """Back to a fresh interpreter's state (used between conformance cases)."""
    global _GLOBAL_SEED
    _GLOBAL_SEED = None
    _KERNEL_SEED.clear()


def _get_graph_seed(op_seed, kernel_name):
    """``(seed, seed2)`` for a random primitive of ``kernel_name`` with op seed ``op_seed``."""
    g = _GLOBAL_SEED
    if g == 0:
        g = _DEFAULT_GRAPH_SEED
    elif g is None:
        g = 0
    o = 0 if op_seed is None else op_seed
    if g == 0 and o == 0:
        return 0, 0
    non_negative_int(o, "seed", kernel_name)
    key = (kernel_name, o)
    counter = _KERNEL_SEED.setdefault(key, o)
    _KERNEL_SEED[key] = counter + _STEP
    return g % _MAXINT32, counter % _MAXINT32
