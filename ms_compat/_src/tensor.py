"""``mindspore.Tensor`` on a ``jax.Array``.

A Tensor wraps one JAX array (``_data``) and is a registered JAX pytree, so Tensors flow through
``jax.jit`` / ``jax.vjp`` / ``jax.vmap`` unchanged: inside a transform ``_data`` is a tracer.

Differences from the naive JAX view, all copied from MindSpore 2.10:
  * default dtypes: Python float -> Float32, int -> Int64, bool -> Bool; a list that mixes ints and
    floats -> Float32; numpy arrays and numpy scalars keep their dtype;
  * type promotion with Python/numpy scalars keeps the tensor's dtype except int/bool tensor with a
    float scalar (-> Float32) and bool tensor with an int scalar (-> Int64); true division of
    integers gives Float32 (see ``_src/promotion.py``);
  * ``repr`` is MindSpore's ``Tensor(shape=[2], dtype=Float32, value= [...])``, ``str`` is numpy's.

Parameters subclass this (``_src/parameter.py``) and read/write ``_data`` through the state
binding of ``_src/state.py``.
"""
from __future__ import annotations

import numbers

import jax
import jax.numpy as jnp
import numpy as np

from . import dtype as mstype
from . import printing

__all__ = ["Tensor", "wrap", "unwrap", "is_tensor"]


def _is_traced(x) -> bool:
    return isinstance(x, jax.core.Tracer)


def _eager_value(x):
    """The concrete value behind an eager autodiff tracer (PyNative prints values inside grad);
    other tracers are returned unchanged."""
    while isinstance(x, jax.core.Tracer):
        primal = getattr(x, "primal", None)
        if primal is None:
            return x
        x = primal
    return x


_KNOWN_NP = frozenset(t._np for t in mstype.all_types)


def _infer_np_from_python(data):
    """numpy array for Python data using MindSpore's default dtypes."""
    arr = np.asarray(data)
    if isinstance(data, (np.ndarray, np.generic)) and arr.dtype in _KNOWN_NP:
        return arr  # numpy data keeps its dtype (bfloat16 included)
    kind = arr.dtype.kind
    if kind == "f":
        if isinstance(data, (np.floating, np.ndarray)):
            return arr
        return arr.astype(np.float32)
    if kind in ("i", "u"):
        if isinstance(data, (np.integer, np.ndarray)):
            return arr
        return arr.astype(np.int64)
    if kind == "b":
        return arr
    if kind == "c":
        if isinstance(data, (np.complexfloating, np.ndarray)):
            return arr
        return arr.astype(np.complex64)
    if kind == "O":
        # Nested sequences holding Tensors: convert element-wise.
        return _infer_np_from_python(_to_python_nested(data))
    raise TypeError(f"For 'Tensor', the type of 'input_data' should be one of "
                    f"'[Tensor, ndarray, str_, list, tuple, float, int, bool, complex, bool_]', "
                    f"but got '{type(data)}' with type '{arr.dtype}'.")


def _to_python_nested(data):
    if isinstance(data, Tensor):
        return np.asarray(data._data)
    if isinstance(data, (list, tuple)):
        return [_to_python_nested(d) for d in data]
    return data


def _has_tensor(data):
    if isinstance(data, Tensor):
        return True
    if isinstance(data, (list, tuple)):
        return any(_has_tensor(d) for d in data)
    return False


def _to_jax(np_arr):
    return jnp.asarray(np_arr)


_DYNAMIC = object()  # the "initializer" of a dynamic-shape placeholder Tensor


def _is_dynamic_shape(shape) -> bool:
    if isinstance(shape, numbers.Integral):
        return False
    return any(d is None or (isinstance(d, numbers.Integral) and d == -1) for d in shape)


class Tensor:
    """MindSpore's Tensor: an immutable-by-convention value wrapping a JAX array.

    ``Tensor(input_data=None, dtype=None, shape=None, init=None)``. With ``init`` (an Initializer)
    and ``shape``, the Tensor is lazy: ``init_data()`` (or building a Parameter from it) draws the
    values, as MindSpore does.
    """

    # ``_host``: the Tensor still holds host memory it was made from (``from_numpy``,
    # ``init_data``); MindSpore prints those in numpy's repr style until an op touches them.
    __slots__ = ("_data", "_lazy_init", "_host", "__weakref__")

    def __init__(self, input_data=None, dtype=None, shape=None, init=None, internal=False,
                 const_arg=False, device=None):
        self._lazy_init = None
        self._host = False
        if dtype is not None:
            dtype = mstype.as_ms_dtype(dtype)
        if init is not None:
            if shape is None:
                raise ValueError("For 'Tensor', 'shape' must be set when 'init' is set.")
            shape = (shape,) if isinstance(shape, numbers.Integral) else tuple(int(s) for s in shape)
            self._lazy_init = (init, shape, dtype or mstype.float32)
            self._data = None
            return
        if input_data is None:
            if shape is not None and dtype is not None and _is_dynamic_shape(shape):
                # a placeholder with unknown dimensions (``Cell.set_inputs``, input signatures)
                self._lazy_init = (_DYNAMIC, tuple(-1 if d is None else int(d) for d in shape),
                                   dtype)
                self._data = None
                return
            if shape is not None and dtype is not None:
                shape = (shape,) if isinstance(shape, numbers.Integral) else tuple(shape)
                self._data = jnp.zeros(shape, mstype.to_np_dtype(dtype))
                return
            raise ValueError("For 'Tensor', 'input_data' and 'init' can not be both None.")
        if isinstance(input_data, Tensor):
            data = input_data._data
            if dtype is not None and mstype.from_np_dtype(data.dtype) is not dtype:
                data = data.astype(mstype.to_np_dtype(dtype))
            self._data = data
            return
        if isinstance(input_data, jax.Array) or _is_traced(input_data):
            data = input_data
            if dtype is not None:
                data = data.astype(mstype.to_np_dtype(dtype))
            self._data = data
            return
        if isinstance(input_data, (str, bytes)):
            raise TypeError(f"For 'Tensor', the type of 'input_data' should be one of "
                            f"'[Tensor, ndarray, str_, list, tuple, float, int, bool, complex, bool_]', "
                            f"but got '{input_data}' with type '{type(input_data)}'.")
        if isinstance(input_data, (list, tuple)) and _has_tensor(input_data):
            input_data = _to_python_nested(input_data)
        if dtype is not None:
            arr = np.asarray(input_data)
            if arr.dtype.kind not in "biufcV" or arr.dtype == object:
                arr = _infer_np_from_python(input_data)
            arr = arr.astype(mstype.to_np_dtype(dtype))
        else:
            arr = _infer_np_from_python(input_data)
        mstype.from_np_dtype(arr.dtype)  # raises for unsupported dtypes
        self._data = _to_jax(arr)

    # ------------------------------------------------------------------ construction helpers
    @classmethod
    def _wrap(cls, data):
        t = object.__new__(Tensor)
        t._data = data
        t._lazy_init = None
        t._host = False
        return t

    @staticmethod
    def from_numpy(array):
        """``Tensor.from_numpy``: a Tensor with the numpy array's dtype and values that shares the
        array's memory, as in MindSpore: writing into the numpy array later (``np.add(n, 1,
        out=n)``) shows in the Tensor. JAX arrays cannot alias host memory, so the Tensor re-reads
        the array whenever it is used, until something assigns the Tensor itself (``t[0] = 1``,
        ``assign``), which ends the sharing (MindSpore would write through to the array)."""
        arr = np.asarray(array, order="C")
        t = Tensor._wrap(_to_jax(arr))
        t._host = (arr, t._data) if isinstance(array, np.ndarray) and arr is array else True
        return t

    def init_data(self, slice_index=None, shape=None, opt_shard_group=None):
        """Materialise a lazily-initialised Tensor (MindSpore draws the values at this point)."""
        if self._lazy_init is not None:
            init, shp, dt = self._lazy_init
            if init is _DYNAMIC:
                raise RuntimeError(f"The Tensor(shape={list(shp)}, dtype={dt}) has a dynamic shape "
                                   f"and no data: it can only declare an input (Cell.set_inputs).")
            arr = _draw(init, shp, dt)
            self._data = _to_jax(arr)
            self._lazy_init = None
            self._host = True
        return self

    # ------------------------------------------------------------------ attributes
    def _array(self):
        if self._lazy_init is not None:
            self.init_data()
        elif self._host.__class__ is tuple:  # from_numpy: follow the shared numpy array
            arr, synced = self._host
            if self._data is synced:
                self._data = _to_jax(arr)
                self._host = (arr, self._data)
            else:  # the Tensor itself was assigned: no longer shared
                self._host = True
        return self._data

    @property
    def shape(self):
        if self._lazy_init is not None:
            return self._lazy_init[1]
        return tuple(self._data.shape)

    @property
    def dtype(self):
        if self._lazy_init is not None:
            return self._lazy_init[2]
        return mstype.from_np_dtype(self._data.dtype)

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return int(np.prod(self.shape, dtype=np.int64))

    @property
    def itemsize(self):
        return self._array().dtype.itemsize

    @property
    def nbytes(self):
        return self.size * self.itemsize

    @property
    def strides(self):
        shape = self.shape
        strides, acc = [], self.itemsize
        for s in reversed(shape):
            strides.append(acc)
            acc *= s
        return tuple(reversed(strides))

    @property
    def T(self):
        return Tensor._wrap(jnp.transpose(self._array()))

    @property
    def mT(self):
        return Tensor._wrap(jnp.swapaxes(self._array(), -1, -2))

    @property
    def is_leaf(self):
        return True

    @property
    def has_init(self):
        return self._lazy_init is not None

    @property
    def init(self):
        return None if self._lazy_init is None else self._lazy_init[0]

    @property
    def data(self):
        """A Tensor over the same value (MindSpore returns a new Tensor object, not ``self``)."""
        return Tensor._wrap(self._array())

    def value(self):
        """The Tensor's value as a Tensor (as ``Parameter.value()``)."""
        return Tensor._wrap(self._array())

    @property
    def device(self):
        """The device the value lives on, in MindSpore's spelling ("CPU", "GPU", ...)."""
        data = self._array()
        try:
            platform = next(iter(data.devices())).platform
        except (AttributeError, StopIteration):
            platform = "cpu"
        return {"cuda": "GPU", "rocm": "GPU", "gpu": "GPU"}.get(platform, platform.upper())

    def asnumpy(self):
        """The value as a numpy array (a copy). Not available on traced values (inside jit/grad)."""
        data = self._array()
        if _is_traced(data):
            raise RuntimeError("Tensor.asnumpy() is not supported on a traced value inside a "
                               "compiled or differentiated function (ms.jit / GRAPH_MODE / grad): "
                               "the value is not known until the computation runs.")
        return np.array(data)

    def numpy(self):
        return self.asnumpy()

    def __array__(self, dtype=None, copy=None):
        arr = self.asnumpy()
        return arr if dtype is None else arr.astype(dtype)

    def item(self, index=None):
        arr = self.asnumpy()
        if index is not None:
            return arr.item(index)
        if arr.size != 1:
            raise ValueError("The tensor should have only one element, but got "
                             f"{arr.size}, more than one element is ambiguous.")
        return arr.item()

    def tolist(self):
        return self.asnumpy().tolist()

    def astype(self, dtype, copy=True):
        dt = mstype.as_ms_dtype(dtype)
        return Tensor._wrap(self._array().astype(mstype.to_np_dtype(dt)))

    def to(self, dtype):
        return self.astype(dtype)

    def copy(self):
        return Tensor._wrap(self._array())

    def set_dtype(self, dtype):
        self._data = self._array().astype(mstype.to_np_dtype(mstype.as_ms_dtype(dtype)))
        return self

    def assign_value(self, value):
        self._data = _as_array(value, self.dtype)
        return self

    def __len__(self):
        shape = self.shape
        if not shape:
            raise TypeError("len() of unsized object")
        return shape[0]

    def __iter__(self):
        data = self._array()
        if data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        for i in range(data.shape[0]):
            yield Tensor._wrap(data[i])

    def __bool__(self):
        data = self._array()
        if _is_traced(data):
            from .graph_guard import concrete_bool  # noqa: WPS433 (lazy: only under jit)
            return concrete_bool(data)
        if data.size != 1:
            raise ValueError("The tensor should have only one element, but got "
                             f"{data.size}, more than one element is ambiguous.")
        return bool(data)

    def _scalar(self, what):
        arr = self.asnumpy()
        if arr.size != 1:
            raise ValueError(f"Only one element tensors can be converted to Python {what}")
        return arr.reshape(()).item()

    def __int__(self):
        return int(self._scalar("scalars"))

    def __float__(self):
        return float(self._scalar("scalars"))

    def __index__(self):
        if not self.dtype.is_int:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self.asnumpy())

    __hash__ = object.__hash__

    def __repr__(self):
        if self._lazy_init is not None and self._lazy_init[0] is _DYNAMIC:
            return f"Tensor(shape={list(self.shape)}, dtype={self.dtype}, value=\n)"
        if self._lazy_init is not None:
            # MindSpore 2.10 shows an uninitialised Tensor's (zero-filled) device buffer; printing
            # does not draw the values.
            return printing.tensor_repr(np.zeros(self.shape, mstype.to_np_dtype(self.dtype)),
                                        self.dtype, host=False)
        data = _eager_value(self._array())
        if _is_traced(data):
            return f"Tensor(shape={list(data.shape)}, dtype={self.dtype}, value=<traced>)"
        return printing.tensor_repr(np.asarray(data), self.dtype, host=bool(self._host))

    def __str__(self):
        if self._lazy_init is not None and self._lazy_init[0] is _DYNAMIC:
            return repr(self)
        if self._lazy_init is not None:
            sep = "\n" if len(self.shape) > 1 else ""
            return f"Tensor(shape={list(self.shape)}, dtype={self.dtype}, value={sep}<uninitialized>)"
        data = _eager_value(self._array())
        if _is_traced(data):
            return repr(self)
        return printing.tensor_str(np.asarray(data), self.dtype)

    def __format__(self, spec):
        if spec:
            return format(self.item(), spec)
        return str(self)

    # ------------------------------------------------------------------ indexing
    def __getitem__(self, index):
        data = self._array()
        _check_bounds(data.shape, index, setitem=False)
        return Tensor._wrap(data[_index(index)])

    def __setitem__(self, index, value):
        data = self._array()
        _check_bounds(data.shape, index, setitem=True)
        self._data = data.at[_index(index)].set(_as_array(value, self.dtype))

    # operators are attached by ``_src/tensor_methods.py``


def _check_bounds(shape, index, setitem):
    """MindSpore's IndexError for an integer index outside its dimension (JAX would clamp it and
    return a wrong element silently). Only indices known in Python are checked: Python/numpy
    integers, lists of them, and concrete integer Tensors; traced indices are left to XLA."""
    items = index if isinstance(index, tuple) else (index,)
    consuming = sum(1 for i in items if i is not None and i is not Ellipsis
                    and not (isinstance(i, Tensor) and i.dtype == mstype.bool_))
    dim = 0
    for item in items:
        if item is None:
            continue
        if item is Ellipsis:
            dim += max(len(shape) - consuming, 0)
            continue
        if dim >= len(shape):
            return  # too many indices: JAX raises its own IndexError
        size = shape[dim]
        if isinstance(item, (numbers.Integral, np.integer)) and not isinstance(item, bool):
            i = int(item)
            if not -size <= i < size:
                if setitem:
                    raise IndexError(f"Index {i} is out of bounds for axis {dim} with size {size}")
                raise IndexError(f"index {i} is out of bounds for dimension with size {size}")
        elif isinstance(item, list) and item and all(
                isinstance(v, (numbers.Integral, np.integer)) and not isinstance(v, bool)
                for v in item):
            for v in item:
                if not -size <= int(v) < size:
                    raise IndexError(f"index {int(v)} out of bounds for dimension with size {size}")
        elif isinstance(item, Tensor) and item.dtype.is_int:
            a = item._array()
            if not _is_traced(a) and a.size:
                bad = np.asarray(a)
                bad = bad[(bad < -size) | (bad >= size)]
                if bad.size:
                    raise RuntimeError(f"For 'Gather', the 'input_indices' should be in the range "
                                       f"[0, {size}), but got {int(bad.reshape(-1)[0])}, "
                                       f"error_code[58]")
        dim += 1


def _index(index):
    if isinstance(index, Tensor):
        return index._array()
    if isinstance(index, tuple):
        return tuple(i._array() if isinstance(i, Tensor) else i for i in index)
    if isinstance(index, list):
        return jnp.asarray(_infer_np_from_python(_to_python_nested(index)))
    return index


def _as_array(value, dtype=None):
    """JAX array for a Tensor / numpy / Python value, cast to ``dtype`` (a MindSpore dtype) if given."""
    if isinstance(value, Tensor):
        arr = value._array()
    elif isinstance(value, jax.Array) or _is_traced(value):
        arr = value
    else:
        arr = _to_jax(_infer_np_from_python(value))
    if dtype is not None:
        npdt = mstype.to_np_dtype(dtype)
        if arr.dtype != npdt:
            arr = arr.astype(npdt)
    return arr


def _draw(init, shape, dtype):
    """Run an initializer: MindSpore generates float32 then casts with numpy (round to nearest)."""
    npdt = mstype.to_np_dtype(dtype)
    if isinstance(init, str) or not callable(init):
        from ..common.initializer import initializer as _initializer  # lazy: avoids import cycle
        return _draw(_initializer(init, shape, dtype)._lazy_init[0], shape, dtype)
    arr = np.asarray(init(tuple(shape), npdt))
    if arr.dtype != npdt:
        arr = arr.astype(npdt)
    return arr


def wrap(x):
    """Tensor for a JAX array (no copy)."""
    return Tensor._wrap(x)


def unwrap(x):
    """JAX array of a Tensor; other values pass through."""
    return x._array() if isinstance(x, Tensor) else x


def is_tensor(x) -> bool:
    return isinstance(x, Tensor)


def _rebuild_tensor(arr):
    return Tensor(arr)


def _tensor_reduce(self):
    return (_rebuild_tensor, (self.asnumpy(),))


Tensor.__reduce__ = _tensor_reduce
# Messages and ``type(t)`` show MindSpore's class path, as user code and its tests expect.
Tensor.__module__ = "mindspore.common.tensor"


def _flatten(t):
    return (t._array(),), None


def _unflatten(aux, children):
    return Tensor._wrap(children[0])


jax.tree_util.register_pytree_node(Tensor, _flatten, _unflatten)
