"""``mindspore.dataset.transforms``: ``TypeCast``, ``OneHot``, ``Compose`` and the base class.

Every transform is callable eagerly on numpy arrays (``op(array)``) and usable in
``Dataset.map``. A failure inside a kernel is MindSpore's RuntimeError, worded
"... [ERROR] <Op>: <reason>" eagerly and "... map operation: [<Op>] failed. <reason>" in a
pipeline. Argument errors are TypeError / ValueError at construction, as in MindSpore.

Numerics copied from MindSpore 2.10 (goldens in ``tests/goldens/dataset/transforms.json``):

* ``TypeCast``: C-style casts -- float to integer truncates toward zero and wraps modulo the
  target width (``-129.0 -> int8 127``, ``300.9 -> uint8 44``); strings cannot be cast.
* ``OneHot(num_classes, smoothing_rate)``: integer input only; output shape
  ``(num_classes,)`` for a scalar, ``(input.size, num_classes)`` otherwise; the dtype is the
  input's without smoothing and float64 with it (``1 - s + s / n`` on, ``s / n`` off).
"""
import numbers

import numpy as np

from .._engine.errors import OpFailure, pipeline_error
from .._engine.rows import function_outputs


def _to_numpy(x):
    """Eager inputs: numpy arrays, Tensors, Python lists or PIL images."""
    return x.asnumpy() if hasattr(x, "asnumpy") else np.asarray(x)


def _outputs(result):
    return list(result) if isinstance(result, tuple) else [result]


class TensorOperation:
    """Base of ms_compat's dataset transforms.

    Subclasses implement ``_compute(*arrays)`` (raising ``OpFailure`` for bad input); random
    transforms override ``_raw_kernel`` to create their random state, which MindSpore seeds when
    the operation is instantiated: for an eager call every call (so with a fixed seed every
    eager call draws the same numbers), and in ``map`` once per iterator and per worker --
    worker ``w`` of ``num_parallel_workers`` gets seed ``seed + w`` and row ``i`` of each epoch
    goes to worker ``i % num_parallel_workers`` (measured on MindSpore 2.10).
    """

    _random = False
    # Transforms whose result on a stacked batch equals the stacked per-row results define a
    # ``_batch_kernel()`` method returning ``f(*batched_arrays) -> list``; ``batch`` then runs
    # them once per batch. Any exception from it makes ``batch`` recompute row by row.
    _batch_kernel = None

    @property
    def _name(self):
        return type(self).__name__

    def _compute(self, *arrays):
        raise NotImplementedError(f"{self._name}._compute")

    def _raw_kernel(self, worker=0):
        return self._compute

    def _make_kernel(self, worker=0):
        raw, name = self._raw_kernel(worker), self._name

        def kernel(*args):
            try:
                return _outputs(raw(*args))
            except OpFailure as e:
                raise pipeline_error(f"map operation: [{name}] failed. {e}") from None
        return kernel

    def _kernel_call(self, *arrays):
        """One eager application on numpy arrays (errors worded as MindSpore's eager ones)."""
        try:
            return self._raw_kernel()(*arrays)
        except OpFailure as e:
            raise pipeline_error(str(e)) from None

    def __call__(self, *input_tensor_list):
        return self._kernel_call(*[_to_numpy(x) for x in input_tensor_list])


def _ms_dtype_to_numpy(data_type):
    from ..._src import dtype as msdtype
    if isinstance(data_type, msdtype.Type):
        np_type = data_type.to_np()
        if np_type is None:
            raise TypeError(f"TypeCast to {data_type} is not supported by ms_compat.dataset yet")
        return np.dtype(np_type)
    return np.dtype(data_type)


class TypeCast(TensorOperation):
    """Cast to ``data_type`` (a MindSpore dtype or a numpy dtype) with C casting rules."""

    def __init__(self, data_type):
        from ..._src import dtype as msdtype
        ok = isinstance(data_type, (msdtype.Type, np.dtype)) or (
            isinstance(data_type, type) and issubclass(data_type, np.generic))
        if not ok:
            raise TypeError(f"Argument data_type with value {data_type} is not of type "
                            "[<class 'mindspore._c_expression.typing.Type'>, <class "
                            f"'numpy.dtype'>], but got {type(data_type)}.")
        self.data_type = data_type
        self._np = _ms_dtype_to_numpy(data_type)

    def _batch_kernel(self):
        return lambda xb: [self._compute(xb)]

    def _compute(self, x):
        target = self._np
        if x.dtype.kind in "USO":
            raise OpFailure(f"TypeCast: TypeCast does not support cast from string to {target}")
        if x.dtype.kind == "f" and target.kind in "iu":
            with np.errstate(invalid="ignore"):
                return x.astype(np.int64).astype(target)
        with np.errstate(over="ignore", invalid="ignore"):
            return x.astype(target)


class OneHot(TensorOperation):
    """One-hot encode integer labels."""

    def __init__(self, num_classes, smoothing_rate=0.0):
        if not isinstance(num_classes, int) or isinstance(num_classes, bool):
            raise TypeError(f"Argument num_classes with value {num_classes} is not of type "
                            f"[<class 'int'>], but got {type(num_classes)}.")
        if num_classes <= 0:
            raise ValueError(f"Input num_classes is not within the required interval of "
                             f"(0, 2147483647].")
        if not isinstance(smoothing_rate, numbers.Real) or isinstance(smoothing_rate, bool):
            raise TypeError(f"Argument smoothing_rate with value {smoothing_rate} is not of type "
                            f"[<class 'int'>, <class 'float'>], but got {type(smoothing_rate)}.")
        if not 0.0 <= smoothing_rate <= 1.0:
            raise ValueError("Input smoothing_rate is not within the required interval of "
                             "[0.0, 1.0].")
        self.num_classes = num_classes
        self.smoothing_rate = float(smoothing_rate)

    def _batch_kernel(self):
        def run(xb):
            if xb.ndim != 1:
                raise OpFailure("OneHot: batched form only for scalar labels")
            return [self._compute(xb)]
        return run

    def _compute(self, x):
        if x.dtype.kind not in "iu":
            raise OpFailure(f"OneHot: Only support input of int type, but got: {x.dtype}")
        n = self.num_classes
        flat = x.reshape(-1).astype(np.int64)
        bad = flat[(flat >= n) | (flat < 0)]
        if bad.size:
            raise OpFailure(f"OneHot: index values should not bigger than num classes: {n}, but "
                            f"got: {int(bad[0])}")
        hot = np.zeros((flat.size, n), dtype=np.bool_)
        hot[np.arange(flat.size), flat] = True
        if self.smoothing_rate > 0.0:
            s = self.smoothing_rate
            out = np.where(hot, (1.0 - s) + s / n, s / n)
        else:
            out = hot.astype(x.dtype)
        return out.reshape(n) if x.ndim == 0 else out


class Compose(TensorOperation):
    """Apply ``transforms`` one after another (the outputs of one are the inputs of the next)."""

    def __init__(self, transforms):
        if not isinstance(transforms, list) or not transforms:
            raise TypeError("transforms should be a non-empty list of callable transforms.")
        for t in transforms:
            if not callable(t):
                raise ValueError(f"transforms[{transforms.index(t)}] is not callable.")
        self.transforms = list(transforms)
        self._random = any(getattr(t, "_random", False) for t in transforms)

    def _raw_kernel(self, worker=0):
        steps = []
        for t in self.transforms:
            if isinstance(t, TensorOperation):
                steps.append(t._raw_kernel(worker))
            else:
                steps.append(lambda *a, _f=t: tuple(function_outputs(_f(*a))))

        def run(*args):
            out = args
            for step in steps:
                out = _outputs(step(*out))
            return out[0] if len(out) == 1 else tuple(out)
        return run

    def _make_kernel(self, worker=0):
        kernels = []
        for t in self.transforms:
            if isinstance(t, TensorOperation):
                kernels.append(t._make_kernel(worker))
            else:
                from ..engine.datasets import _kernel
                kernels.append(_kernel(t))

        def run(*args):
            out = list(args)
            for k in kernels:
                out = k(*out)
            return out
        return run
