"""``mindspore.ops`` linear-algebra functions (``det``, ``inverse``, ``svd`` ... ; MindSpore keeps
most of them in ``math_func`` / ``linalg_func``).

MindSpore conventions kept: ``ops.svd`` returns ``(s, u, v)`` (singular values first, and ``v``
not ``v^H``), or only ``s`` with ``compute_uv=False``; ``ops.slogdet`` returns ``(sign,
log|det|)``; ``ops.qr`` returns ``(Q, R)``.
"""
from __future__ import annotations

import jax.numpy as jnp

from . import _op_dtypes as R
from ._util import arr, wrap


def _float_matrix(prim, x):
    if x.dtype.kind not in "fc":
        raise TypeError(f"For '{prim}', the type of 'input' must be float or complex, but got "
                        f"{R.dtype_name(x.dtype)}.")
    if x.ndim < 2 or x.shape[-1] != x.shape[-2]:
        raise ValueError(f"For '{prim}', the input must be a batch of square matrices, but got "
                         f"shape {list(x.shape)}.")
    return x


def det(input):  # noqa: A002
    x = _float_matrix("MatrixDeterminant", arr(input))
    return wrap(jnp.linalg.det(x))


matrix_determinant = det


def slogdet(input):  # noqa: A002
    x = _float_matrix("LogMatrixDeterminant", arr(input))
    s, ld = jnp.linalg.slogdet(x)
    return wrap(s.astype(x.dtype)), wrap(ld)


log_matrix_determinant = slogdet


def logdet(input):  # noqa: A002
    x = _float_matrix("LogDet", arr(input))
    s, ld = jnp.linalg.slogdet(x)
    return wrap(jnp.where(s < 0, jnp.nan, ld).astype(x.dtype))


def inverse(input):  # noqa: A002
    x = _float_matrix("MatrixInverse", arr(input))
    return wrap(jnp.linalg.inv(x))


def matrix_power(input, n):  # noqa: A002
    x = arr(input)
    return wrap(jnp.linalg.matrix_power(x, int(n)))


def pinv(x, *, atol=None, rtol=None, hermitian=False):
    a = arr(x)
    return wrap(jnp.linalg.pinv(a, rtol=rtol, hermitian=hermitian))


def svd(input, full_matrices=False, compute_uv=True):  # noqa: A002
    x = arr(input)
    if not compute_uv:
        return wrap(jnp.linalg.svd(x, full_matrices=full_matrices, compute_uv=False))
    u, s, vh = jnp.linalg.svd(x, full_matrices=full_matrices)
    return wrap(s), wrap(u), wrap(jnp.conj(jnp.swapaxes(vh, -1, -2)))


def qr(input, mode="reduced"):  # noqa: A002
    if mode not in ("reduced", "complete", "r"):
        raise ValueError(f"For 'qr', 'mode' must be 'reduced', 'complete' or 'r', but got {mode}.")
    x = arr(input)
    if mode == "r":
        return wrap(jnp.linalg.qr(x, mode="r"))
    q, r = jnp.linalg.qr(x, mode=mode)
    return wrap(q), wrap(r)


def cholesky(input_x, upper=False):
    x = _float_matrix("Cholesky", arr(input_x))
    low = jnp.linalg.cholesky(x)
    return wrap(jnp.conj(jnp.swapaxes(low, -1, -2)) if upper else low)


def matrix_norm(A, ord="fro", axis=(-2, -1), keepdims=False, *, dtype=None):  # noqa: A002
    x = arr(A)
    return wrap(jnp.linalg.matrix_norm(x, ord=ord, keepdims=keepdims) if tuple(axis) == (-2, -1)
                else jnp.linalg.norm(x, ord=ord, axis=tuple(axis), keepdims=keepdims))


def vector_norm(x, ord=2, axis=None, keepdims=False, *, dtype=None):  # noqa: A002
    a = arr(x)
    if isinstance(axis, list):
        axis = tuple(axis)
    return wrap(jnp.linalg.vector_norm(a, ord=ord, axis=axis, keepdims=keepdims))


def eigvals(A):
    return wrap(jnp.linalg.eigvals(arr(A)))


def eig(A):
    w, v = jnp.linalg.eig(arr(A))
    return wrap(w), wrap(v)


def lstsq(input, A):  # noqa: A002
    return wrap(jnp.linalg.lstsq(arr(A), arr(input))[0])


__all__ = ["det", "matrix_determinant", "slogdet", "log_matrix_determinant", "logdet", "inverse",
           "matrix_power", "pinv", "svd", "qr", "cholesky", "matrix_norm", "vector_norm",
           "eigvals", "eig", "lstsq"]
