"""``mindspore.set_seed`` / ``get_seed`` and the op-seed bookkeeping of MindSpore's random ops.

``set_seed(k)`` does what MindSpore 2.10 does: ``np.random.seed(k)`` (which is all that the
parameter initializers depend on), the dataset seed (``mindspore.dataset.config.set_seed``),
resets the per-(kernel, op seed) counters and sets the global seed.

``_get_graph_seed(op_seed, kernel_name)`` returns MindSpore's ``(seed, seed2)`` pair: with global
seed g (None -> 0, 0 -> 87654321) and op seed o, ``(g % (2**31 - 1), counter % (2**31 - 1))``,
where the counter of (kernel_name, o) starts at o and grows by ``3528531795 ^ 3449720151`` after
every use (``shared/specs/mindspore_init_rng.md`` section 3).
"""
from __future__ import annotations

import numpy as np

__all__ = ["set_seed", "get_seed"]

_GLOBAL_SEED = None
_KERNEL_SEED: dict = {}
_MAXINT32 = 2 ** 31 - 1
_STEP = 3528531795 ^ 3449720151


def set_seed(seed):
    """Set the global seed (numpy's global RNG, dataset seed, random-op counters)."""
    global _GLOBAL_SEED
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"The argument 'seed' must be type of int, but got {type(seed)}.")
    if seed < 0:
        raise ValueError(f"For 'global_seed', the 'seed' must be int and must >= 0, but got "
                         f"'{seed}' with type 'int'.")
    np.random.seed(seed)
    try:
        from ..dataset import config as _ds_config
    except ImportError:  # pragma: no cover - the dataset package is optional at import time
        _ds_config = None
    if _ds_config is not None and hasattr(_ds_config, "set_seed"):
        _ds_config.set_seed(seed)
    _KERNEL_SEED.clear()
    _GLOBAL_SEED = seed


def get_seed():
    return _GLOBAL_SEED


def _reset():
    """Back to a fresh interpreter's state (used between conformance cases)."""
    global _GLOBAL_SEED
    _GLOBAL_SEED = None
    _KERNEL_SEED.clear()


def _get_graph_seed(op_seed, kernel_name):
    g = _GLOBAL_SEED
    if g is None:
        g = 0
    elif g == 0:
        g = 87654321
    o = 0 if op_seed is None else op_seed
    key = (kernel_name, o)
    counter = _KERNEL_SEED.get(key, o)
    _KERNEL_SEED[key] = counter + _STEP
    return g % _MAXINT32, counter % _MAXINT32
