"""Turning what user Python code returns into a row (a list of numpy arrays), MindSpore's way.

* Generator sources: a tuple or list is one value per column; a single ``int`` / ``float`` /
  ``str`` / ``bytes`` / numpy value is one column. Python ints become int64, floats float64,
  bools bool, str ``<U``, bytes ``S``; nested lists become arrays (``np.array``).
* ``map`` functions: a tuple is one value per output column; anything else (a list included) is
  a single column.
* A Tensor is read with ``asnumpy()``. Values numpy can only hold as ``object`` are rejected
  with MindSpore's TypeError (reported as a RuntimeError by the running pipeline).
"""
import numpy as np

_PRIMITIVE = (int, float, str, bytes, np.ndarray, np.number, np.bool_)


def _is_tensor(x):
    return hasattr(x, "asnumpy") and type(x).__name__ in ("Tensor", "Parameter")


def to_array(x, position=None):
    if _is_tensor(x):
        return x.asnumpy()
    arr = x if isinstance(x, np.ndarray) else np.asarray(x)
    if arr.dtype == object:
        where = "" if position is None else f"{position}th item of the "
        raise TypeError(f"Data type of {where}input or its converted Numpy array is expected to be "
                        f"int or float or str, but got {arr.dtype}.")
    return arr


def source_row(value):
    """A generator source's yielded value -> list of arrays."""
    if isinstance(value, _PRIMITIVE) or _is_tensor(value):
        return [to_array(value)]
    if isinstance(value, dict):
        raise TypeError("GeneratorDataset rows given as dict are not supported by ms_compat yet")
    return [to_array(x, i + 1) for i, x in enumerate(value)]


def function_outputs(result):
    """A ``map`` function's return value -> list of arrays."""
    if isinstance(result, tuple):
        return [to_array(x, i + 1) for i, x in enumerate(result)]
    return [to_array(result)]
