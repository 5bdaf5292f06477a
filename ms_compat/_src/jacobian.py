"""``ops.jacfwd`` / ``ops.jacrev``: Jacobians with MindSpore 2.10's structures and dtype rules.

Result structure (K differentiated outputs, P grad positions): one Jacobian when K == P == 1,
a tuple over positions when K == 1, over outputs when P == 1, else ``((out0 wrt p0, out0 wrt p1),
(out1 wrt p0, ...))``. Each Jacobian has shape ``out.shape + input.shape``. ``has_aux=True``
returns ``(jacobian, aux)`` (aux bare for two outputs, else the tuple of the rest).

MindSpore seeds its basis vectors in Float32 and joins them with the function's values, hence
(checked on MindSpore 2.10):
  * ``jacfwd``: every Tensor argument (also those not differentiated) must be Float32, else
    ``TypeError: Type Join Failed: dtype1 = Float32, dtype2 = Float64.`` (float16, float64 and
    integer inputs are rejected; the output dtype is free);
  * ``jacrev``: every differentiated output must be Float32 (same error with the output dtype);
    inputs of other dtypes are fine;
  * a Python scalar argument: ``jacfwd`` raises ``TypeError: For 'Size', input must be a Tensor,
    but got: Float32.``, ``jacrev`` ``AttributeError: 'Float' object has no attribute 'shape'``;
  * ``grad_position`` out of range: ``ValueError: The element in grad_position must belong to
    [0, args_num).``; a non-callable ``fn``: ``ValueError: The object is not callable. ...``.
``jacfwd`` uses MindSpore's double-reverse-mode forward derivative (custom ``bprop`` and hooks
take part); both are batched over basis vectors with ``jax.vmap``.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from . import ad_util
from . import hooks as _hooks
from . import state
from .eager_cache import CompiledEager
from .functional_ad import AUX_ERROR, _check_has_aux, linear_transpose_jvp
from .tensor import Tensor

__all__ = ["jacfwd", "jacrev"]

_SCALAR_NAMES = {bool: ("Bool", "Bool"), int: ("Int", "Int64"), float: ("Float", "Float32")}


def _check_positions(grad_position, n):
    """MindSpore's ``_check_grad_position`` for jacobians."""
    if isinstance(grad_position, bool):
        grad_position = int(grad_position)
    if isinstance(grad_position, tuple):
        if len(set(grad_position)) != len(grad_position):
            raise ValueError("There are duplicate positions in `grad_position`, please check it")
        for gp in grad_position:
            if not isinstance(gp, int):
                raise TypeError("For 'F.grad', the element in 'grad_position' must be int.")
            if gp < 0:
                raise ValueError("The element in grad_position must be >= 0.")
        positions = tuple(int(g) for g in grad_position)
    elif isinstance(grad_position, int):
        if grad_position < 0:
            raise ValueError("grad_position must be >= 0.")
        positions = (grad_position,)
    else:
        raise TypeError("For 'F.grad', the 'grad_position' must be int or tuple.")
    for gp in positions:
        if gp >= n:
            raise ValueError("The element in grad_position must belong to [0, args_num).")
    return positions


def _scalar_names(x):
    for t, names in _SCALAR_NAMES.items():
        if type(x) is t:  # noqa: E721 - bool is an int subclass
            return names
    return (type(x).__name__, type(x).__name__)


def _type_join(dt):
    raise TypeError(f"Type Join Failed: dtype1 = Float32, dtype2 = {dt}.")


def _outputs(out, has_aux):
    """(list of differentiated output Tensors, their tree, aux)."""
    if has_aux:
        if isinstance(out, Tensor) and out.ndim == 0:
            raise TypeError("Not support len of a 0-D tensor.")
        if not isinstance(out, tuple) or len(out) < 2:
            raise ValueError(f"'{AUX_ERROR}'")
        aux = out[1] if len(out) == 2 else tuple(out[1:])
        out = out[0]
    else:
        aux = None
    outs = list(out) if isinstance(out, tuple) else [out]
    for o in outs:
        if not isinstance(o, Tensor):
            raise TypeError(f"For 'jacobian', the outputs of 'fn' must be Tensors, but got "
                            f"{type(o).__name__}.")
    return outs, aux


def _arrange(jac, k_out, p_in):
    """MindSpore's nesting of the K x P Jacobian blocks ``jac[k][p]``."""
    if k_out == 1 and p_in == 1:
        return jac[0][0]
    if k_out == 1:
        return tuple(jac[0])
    if p_in == 1:
        return tuple(row[0] for row in jac)
    return tuple(tuple(row) for row in jac)


def _finish(blocks, k_out, p_in, aux, has_aux):
    res = _arrange([[Tensor._wrap(b) for b in row] for row in blocks], k_out, p_in)
    if has_aux:
        return res, ad_util.restore_consts(aux)
    return res


def _run(fn, args, positions, has_aux, kind):
    """``jax.vjp`` of ``fn`` w.r.t. the arrays at ``positions``; Parameter writes committed."""
    written = []

    def pure(vals):
        call = list(args)
        for p, v in zip(positions, vals):
            call[p] = Tensor._wrap(v)
        with state.bind(kind=kind) as frame:
            out = ad_util.outputs_to_arrays(fn(*call))
        outs, aux = _outputs(ad_util.restore_consts(out), has_aux)
        written[:] = frame.written_params()
        return [o._array() for o in outs], (aux, [jax.lax.stop_gradient(w)
                                                  for w in frame.written_values()])

    primals = [args[p]._array() for p in positions]
    outs, raw_vjp, (aux, written_vals) = jax.vjp(pure, primals, has_aux=True)
    state.commit(list(written), written_vals)
    return outs, raw_vjp, aux


@jax.jit
def _batched_vjp(raw_vjp, basis):
    """The vjp applied to every basis cotangent, compiled as one computation (MindSpore compiles
    its Jacobians too); ``raw_vjp`` is a ``jax.tree_util.Partial`` and travels as an argument."""
    return jax.vmap(raw_vjp)(basis)[0]


@jax.jit
def _batched_jvp(raw_vjp, outs, basis):
    """Forward-mode tangents of ``outs`` for every basis vector (double reverse mode), compiled."""
    def one(*t):
        return linear_transpose_jvp(lambda c: raw_vjp(c)[0], outs, list(t))
    return jax.vmap(one)(*basis)


def _in_graph_transform(f):
    """MindSpore compiles jacfwd/jacrev (``@jit``): HookBackward is inactive inside; repeated
    calls run compiled (``CompiledEager``: lifted Parameters, eager fallbacks)."""
    def run(*args):
        with _hooks.graph_transform():
            return f(*args)
    compiled = CompiledEager(run)

    def call(*args):
        return compiled(*args)
    return call


def _prologue(fn, grad_position, args, scalar_error):
    if not callable(fn):
        raise ValueError("The object is not callable. Please check code.")
    positions = _check_positions(grad_position, len(args))
    for a in args:
        if not isinstance(a, Tensor):
            scalar_error(a)
    return positions


def jacrev(fn, grad_position=0, has_aux=False):
    """``mindspore.ops.jacrev``: Jacobian by reverse mode (see module docstring)."""
    _check_has_aux(has_aux)

    def scalar_error(a):
        raise AttributeError(f"'{_scalar_names(a)[0]}' object has no attribute 'shape'")

    @_in_graph_transform
    def wrapped(*args):
        positions = _prologue(fn, grad_position, args, scalar_error)
        outs, raw_vjp, aux = _run(fn, args, positions, has_aux, "jacrev")
        for o in outs:
            if o.dtype != np.float32:
                _type_join(ad_util.ms_dtype_name(o.dtype))
        sizes = [int(np.prod(o.shape, dtype=np.int64)) for o in outs]
        n = sum(sizes)
        eye = jnp.eye(n, dtype=jnp.float32)
        basis, off = [], 0
        for o, s in zip(outs, sizes):
            basis.append(eye[:, off:off + s].reshape((n,) + tuple(o.shape)))
            off += s
        g = _batched_vjp(raw_vjp, basis)  # per position: (n, *input.shape)
        blocks, off = [], 0
        for o, s in zip(outs, sizes):
            row = []
            for p, gp in zip(positions, g):
                in_shape = tuple(args[p].shape)
                row.append(gp[off:off + s].reshape(tuple(o.shape) + in_shape))
            blocks.append(row)
            off += s
        return _finish(blocks, len(outs), len(positions), aux, has_aux)

    return wrapped


def jacfwd(fn, grad_position=0, has_aux=False):
    """``mindspore.ops.jacfwd``: Jacobian by forward mode (see module docstring)."""
    _check_has_aux(has_aux)

    def scalar_error(a):
        raise TypeError(f"For 'Size', input must be a Tensor, but got: {_scalar_names(a)[1]}.")

    @_in_graph_transform
    def wrapped(*args):
        positions = _prologue(fn, grad_position, args, scalar_error)
        for a in args:
            if str(a.dtype) != "Float32":
                _type_join(a.dtype)
        outs, raw_vjp, aux = _run(fn, args, positions, has_aux, "jacfwd")
        sizes = [int(np.prod(args[p].shape, dtype=np.int64)) for p in positions]
        n = sum(sizes)
        eye = jnp.eye(n, dtype=jnp.float32)
        basis, off = [], 0
        for p, s in zip(positions, sizes):
            basis.append(eye[:, off:off + s].reshape((n,) + tuple(args[p].shape)))
            off += s
        tangents = _batched_jvp(raw_vjp, outs, basis)
        blocks = []
        for o, t in zip(outs, tangents):  # t: (n, *out.shape)
            row, off = [], 0
            for p, s in zip(positions, sizes):
                blk = jnp.moveaxis(t[off:off + s], 0, -1)
                row.append(blk.reshape(tuple(o.shape) + tuple(args[p].shape)))
                off += s
            blocks.append(row)
        return _finish(blocks, len(outs), len(positions), aux, has_aux)

    return wrapped
