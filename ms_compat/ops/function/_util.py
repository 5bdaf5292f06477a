"""Helpers shared by the functional ops: unwrap Tensors to JAX arrays and wrap results."""
from __future__ import annotations

import numbers

import jax
import numpy as np

from ..._src import dtype as mstype
from ..._src.tensor import Tensor, _as_array

wrap = Tensor._wrap


def arr(x, dtype=None):
    """JAX array of a Tensor or Python/numpy value."""
    if isinstance(x, Tensor) and dtype is None:
        return x._array()
    return _as_array(x, dtype)


def check_tensor(name, arg_name, x):
    if not isinstance(x, Tensor):
        raise TypeError(f"For '{name}', the type of '{arg_name}' must be Tensor, but got "
                        f"{type(x)}.")
    return x


def np_dtype(dtype, default=None):
    if dtype is None:
        return None if default is None else mstype.to_np_dtype(default)
    return mstype.to_np_dtype(mstype.as_ms_dtype(dtype))


def shape_arg(name, shape):
    if isinstance(shape, Tensor):
        shape = shape.asnumpy().tolist()
    if isinstance(shape, (numbers.Integral, np.integer)):
        return (int(shape),)
    if isinstance(shape, (tuple, list)):
        return tuple(int(s) for s in shape)
    raise TypeError(f"For '{name}', the type of 'shape' must be tuple, list, int or Tensor, but "
                    f"got {type(shape)}.")


def axis_arg(axis):
    if axis is None:
        return None
    if isinstance(axis, Tensor):
        axis = axis.asnumpy().tolist()
    if isinstance(axis, list):
        return tuple(axis)
    if isinstance(axis, tuple) and len(axis) == 0:
        return None
    return axis


def is_traced(x):
    return isinstance(x, jax.core.Tracer)
