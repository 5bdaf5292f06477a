"""``mindspore.dataset.config``: the global pipeline settings.

Copied from MindSpore 2.10:

* ``set_seed(seed)`` sets the pipeline seed and also seeds Python's ``random`` and numpy's global
  generator. The seed is read when an iterator is created (not when the pipeline is built); the
  default ``get_seed()`` is 5489 (``std::mt19937::default_seed``), which means "no seed": every
  random operation then draws a fresh seed. With a seed set, the samplers' and ``shuffle``'s
  orders are MindSpore's own, bit for bit (see ``_engine/rng.py``).
* ``get_num_parallel_workers()`` defaults to ``min(8, cpu_count)``; ``get_prefetch_size()`` to 16.
  As in MindSpore, the draws of random transforms inside ``map`` depend on the map's number of
  workers, so with the default they depend on the machine's CPU count; pass
  ``num_parallel_workers`` to ``map`` for results that are the same everywhere.
* ``mindspore.set_seed(k)`` calls ``set_seed(k)`` here (``ms_compat.set_seed`` must do the same).
"""
import multiprocessing
import random

import numpy as np

from ._engine.rng import DEFAULT_SEED

_INT32_MAX = 2147483647
_UINT32_MAX = 4294967295

_state = {"seed": DEFAULT_SEED,
          "num_parallel_workers": min(8, multiprocessing.cpu_count()),
          "prefetch_size": 16}


def _check_int(value, name):
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{name} isn't of type int.")


def set_seed(seed):
    """Set the pipeline seed (and ``random`` / ``numpy.random``'s, as MindSpore does)."""
    _check_int(seed, "seed")
    if seed < 0 or seed > _UINT32_MAX:
        raise ValueError("seed given is not within the required range [0, UINT32_MAX(4294967295)].")
    _state["seed"] = seed
    random.seed(seed)
    np.random.seed(seed)


def get_seed():
    return _state["seed"]


def set_num_parallel_workers(num):
    _check_int(num, "num")
    if num <= 0 or num > _INT32_MAX:
        raise ValueError("Number of parallel workers given is not within the required range"
                         " (0, INT32_MAX(2147483647)].")
    _state["num_parallel_workers"] = num


def get_num_parallel_workers():
    return _state["num_parallel_workers"]


def set_prefetch_size(size):
    _check_int(size, "size")
    if size <= 0 or size > _INT32_MAX:
        raise ValueError("size is not within the required range (0, INT32_MAX(2147483647)].")
    _state["prefetch_size"] = size


def get_prefetch_size():
    return _state["prefetch_size"]
