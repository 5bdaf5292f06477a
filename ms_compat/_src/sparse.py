"""``CSRTensor`` / ``COOTensor`` / ``RowTensor`` basics: construction, attributes, ``to_dense``,
element-wise scaling by a scalar, ``astype``, ``abs``.

Storage follows MindSpore: CSR = (indptr, indices, values, shape), COO = (indices ``[nnz, ndim]``,
values, shape). Dense conversion uses JAX scatter-add (duplicates are summed).
"""
from __future__ import annotations

import jax.numpy as jnp

from .tensor import Tensor


def _text(t):
    """Component Tensors print in MindSpore's graph-print format inside a sparse repr."""
    import numpy as np
    from .printing import graph_print_text
    return graph_print_text(np.asarray(t._array()), t.dtype)


def _t(x):
    return x if isinstance(x, Tensor) else Tensor(x)


class CSRTensor:
    def __init__(self, indptr=None, indices=None, values=None, shape=None, csr_tensor=None):
        if csr_tensor is not None:
            indptr, indices, values, shape = (csr_tensor.indptr, csr_tensor.indices,
                                              csr_tensor.values, csr_tensor.shape)
        if shape is None or len(shape) < 2:
            raise ValueError("For 'CSRTensor', the length of 'shape' must be >= 2.")
        self.indptr, self.indices, self.values = _t(indptr), _t(indices), _t(values)
        self._shape = tuple(int(s) for s in shape)
        if self.indptr.shape[0] != self._shape[0] + 1:
            raise ValueError("For 'CSRTensor', the length of 'indptr' must be shape[0] + 1.")
        if self.indices.shape[0] != self.values.shape[0]:
            raise ValueError("For 'CSRTensor', 'indices' and 'values' must have the same length.")

    @property
    def shape(self):
        return self._shape

    @property
    def dtype(self):
        return self.values.dtype

    @property
    def size(self):
        return self.values.size

    @property
    def itemsize(self):
        return self.values.itemsize

    @property
    def ndim(self):
        return len(self._shape)

    def to_dense(self):
        indptr = self.indptr._array()
        counts = jnp.diff(indptr)
        rows = jnp.repeat(jnp.arange(self._shape[0]), counts, total_repeat_length=self.indices.shape[0])
        out = jnp.zeros(self._shape, self.values._array().dtype)
        return Tensor._wrap(out.at[rows, self.indices._array()].add(self.values._array()))

    def to_tuple(self):
        return self.indptr, self.indices, self.values, self._shape

    def to_coo(self):
        indptr = self.indptr._array()
        rows = jnp.repeat(jnp.arange(self._shape[0]), jnp.diff(indptr),
                          total_repeat_length=self.indices.shape[0])
        idx = jnp.stack([rows, self.indices._array()], axis=1).astype(self.indices._array().dtype)
        return COOTensor(Tensor._wrap(idx), self.values, self._shape)

    def astype(self, dtype):
        return CSRTensor(self.indptr, self.indices, self.values.astype(dtype), self._shape)

    def abs(self):
        return CSRTensor(self.indptr, self.indices, abs(self.values), self._shape)

    def __mul__(self, other):
        """MindSpore returns the scaled *values* as a dense Tensor, not a CSRTensor."""
        return self.values * other

    def __neg__(self):
        return CSRTensor(self.indptr, self.indices, -self.values, self._shape)

    def __repr__(self):
        return (f"CSRTensor(shape={list(self._shape)}, dtype={self.dtype}, "
                f"indptr={_text(self.indptr)}, indices={_text(self.indices)}, "
                f"values={_text(self.values)})")


class COOTensor:
    def __init__(self, indices=None, values=None, shape=None, coo_tensor=None):
        if coo_tensor is not None:
            indices, values, shape = coo_tensor.indices, coo_tensor.values, coo_tensor.shape
        self.indices, self.values = _t(indices), _t(values)
        self._shape = tuple(int(s) for s in shape)
        if self.indices.ndim != 2:
            raise ValueError("For 'COOTensor', 'indices' must be a 2-D tensor.")
        if self.indices.shape[0] != self.values.shape[0]:
            raise ValueError("For 'COOTensor', indices.shape[0] must be equal to values.shape[0].")

    @property
    def shape(self):
        return self._shape

    @property
    def dtype(self):
        return self.values.dtype

    @property
    def size(self):
        return self.values.size

    @property
    def itemsize(self):
        return self.values.itemsize

    @property
    def ndim(self):
        return len(self._shape)

    def to_dense(self):
        idx = self.indices._array()
        out = jnp.zeros(self._shape, self.values._array().dtype)
        return Tensor._wrap(out.at[tuple(idx[:, i] for i in range(idx.shape[1]))]
                            .add(self.values._array()))

    def to_tuple(self):
        return self.indices, self.values, self._shape

    def coalesce(self):
        dense = self.to_dense()._array()
        nz = jnp.stack(jnp.nonzero(dense), axis=1)
        return COOTensor(Tensor._wrap(nz.astype(self.indices._array().dtype)),
                         Tensor._wrap(dense[tuple(nz.T)]), self._shape)

    def astype(self, dtype):
        return COOTensor(self.indices, self.values.astype(dtype), self._shape)

    def abs(self):
        return COOTensor(self.indices, abs(self.values), self._shape)

    def __mul__(self, other):
        return COOTensor(self.indices, self.values * other, self._shape)

    def __neg__(self):
        return COOTensor(self.indices, -self.values, self._shape)

    def __repr__(self):
        return (f"COOTensor(shape={list(self._shape)}, dtype={self.dtype}, "
                f"indices={_text(self.indices)}, values={_text(self.values)})")


class RowTensor:
    def __init__(self, indices=None, values=None, dense_shape=None, row_tensor=None):
        if row_tensor is not None:
            indices, values, dense_shape = row_tensor.indices, row_tensor.values, row_tensor.dense_shape
        self.indices, self.values = _t(indices), _t(values)
        self.dense_shape = tuple(dense_shape)
