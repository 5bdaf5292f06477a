"""More ``mindspore.ops`` loss functions (MindSpore 2.10, ``mindspore/ops/function/nn_func.py``):
``huber_loss``, ``soft_margin_loss``, ``margin_ranking_loss``, ``triplet_margin_loss``,
``cosine_embedding_loss``, ``gaussian_nll_loss``, ``multi_margin_loss``, ``ctc_loss``.
``ops.kl_div`` lives in ``_ops_extra``.

Rules copied from MindSpore 2.10 (CPU), each checked by the conformance cases
``nn_losses_extra/*``:

  * the losses that reduce like ``LossBase.get_loss`` (Huber, MarginRanking, CosineEmbedding)
    compute the elementwise loss in the inputs' dtype, cast it to float32, reduce over all axes
    and cast back (float16 in, float16 out); ``reduction`` is checked after the arguments, with
    the message naming the function; GaussianNLL and MultiMargin reduce in the loss's dtype;
  * argument checks run in MindSpore's order, with its exception types and wording (messages
    name the function and the argument);
  * ``ctc_loss`` returns ``(loss, log_alpha)`` and differentiates like MindSpore's kernel
    (``exp(log_probs)`` minus the alignment occupancy).

Differences: MindSpore 2.10's CPU build has no kernel for SoftMarginLoss and TripletMarginLoss
(valid calls raise ``RuntimeError``); here they run with the documented formulas (their argument
errors are MindSpore's; their values are checked against the formulas in
``tests/nn/test_losses_extra_formulas.py``). ``ctc_loss(zero_infinity=True)`` zeroes infinite
losses as documented, where MindSpore's CPU kernel still returns inf.
"""
from __future__ import annotations

import functools
import math

import jax
import jax.numpy as jnp

from ..._src import dtype as mstype
from ..._src import promotion
from ..._src.tensor import Tensor
from ._nn_util import (_REDUCTIONS, _check_is_tensor, _check_same_shape_broadcast, _ms_typeof,
                       get_loss)
from ._util import wrap


def _check_reduction(name, reduction):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"For '{name}', the 'reduction' must be in ['mean', 'sum', 'none'], "
                         f"but got {reduction}.")


def _check_value_type(arg_name, value, types, name):
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        names = [t.__name__ for t in types]
        if len(names) == 1:
            raise TypeError(f"For '{name}', the type of '{arg_name}' should be '{names[0]}', but "
                            f"got type '{type(value).__name__}'.")
        raise TypeError(f"For '{name}', the type of '{arg_name}' should be one of '{names}', but "
                        f"got type '{type(value).__name__}'.")


def _check_same_dtype(name, p1, x1, p2, x2):
    if x1.dtype != x2.dtype:
        raise TypeError(f"For {name}, the {p1} dtype should be equal to {p2} dtype, but got {p1} "
                        f"dtype:{x1.dtype}, {p2} dtype:{x2.dtype}.")


def _reduced(loss, reduction, name):
    _check_reduction(name, reduction)
    return get_loss(loss, reduction)


# ----------------------------------------------------------------------------- huber

def huber_loss_arrays(x, y, delta):
    """Elementwise Huber loss: ``0.5 d^2`` for ``|d| < delta``, else ``delta (|d| - delta/2)``."""
    promotion.check_broadcast("Sub", x, y)
    if x.dtype != y.dtype:
        dt = jnp.promote_types(x.dtype, y.dtype)
        x, y = x.astype(dt), y.astype(dt)
    z = jnp.abs(x - y)
    if z.dtype.kind in "biu":  # MindSpore: 0.5 * square(z) of an integer z is Float32
        z = z.astype(jnp.float32)
    quad = 0.5 * jnp.square(z)
    lin = delta * (z - 0.5 * delta)
    return jnp.where(z < delta, quad, lin).astype(z.dtype)


def huber_loss(input, target, reduction="mean", delta=1.0):
    """``ops.huber_loss``: ``0.5 (x - y)^2`` where ``|x - y| < delta``, else
    ``delta * (|x - y| - 0.5 delta)``; ``target`` broadcasts against ``input``; ``delta`` is a
    positive int or float. Reduced as ``LossBase.get_loss`` (float32 accumulation)."""
    _check_is_tensor("huber_loss", "input", input)
    _check_is_tensor("huber_loss", "target", target)
    _check_value_type("delta", delta, (int, float), "huber_loss")
    if not delta > 0.0:
        raise ValueError(f"For 'huber_loss', the argument 'delta' must > 0.0, but got {delta}.")
    loss = huber_loss_arrays(input._array(), target._array(), delta)
    return wrap(_reduced(loss, reduction, "huber_loss"))


# ----------------------------------------------------------------------------- soft margin

def _call_sig_name(x):
    return "Tensor" if isinstance(x, Tensor) else str(type(x))


def soft_margin_loss(input, target, reduction="mean"):
    """``ops.soft_margin_loss``: ``log(1 + exp(-target * input))`` elementwise (computed as a
    stable softplus), then 'mean' over all elements, 'sum' or 'none'. ``input`` and ``target``
    must have one shape (no broadcasting) and one float dtype.

    Difference: MindSpore 2.10's CPU build has no SoftMarginLoss kernel (it raises
    ``RuntimeError: The kernel SoftMarginLoss unregistered``); this runs everywhere, with the
    documented formula (the values follow MindSpore's GPU/Ascend documentation, unchecked against
    a MindSpore run). Argument errors are MindSpore's."""
    if not isinstance(reduction, str):
        raise TypeError(f"For 'soft_margin_loss', the input 'reduction' should be a str, but got "
                        f"{type(reduction)}.")
    if not isinstance(input, Tensor) or not isinstance(target, Tensor):
        raise TypeError(f'Failed calling SoftMarginLoss with "SoftMarginLoss(reduction=string)'
                        f'(input={_call_sig_name(input)}, target={_call_sig_name(target)})".')
    if reduction not in _REDUCTIONS:
        raise ValueError(f'Failed to convert the value "{reduction}" of input \'reduction\' of '
                         f"'soft_margin_loss' to enum.")
    x, y = input._array(), target._array()
    if x.shape != y.shape:
        def fmt(sh):
            return "[" + "".join(f"{d}," for d in sh) + "]"
        raise ValueError(f"For primitive[SoftMarginLoss], the input_shape: {fmt(x.shape)} must be "
                         f"equal to {fmt(y.shape)}")
    if x.dtype != y.dtype or x.dtype.kind != "f":
        raise TypeError(f"For primitive[SoftMarginLoss], 'input' and 'target' must share one "
                        f"float dtype, but got {input.dtype} and {target.dtype}.")
    loss = jax.nn.softplus(-y * x)
    if reduction == "mean":
        loss = jnp.mean(loss)
    elif reduction == "sum":
        loss = jnp.sum(loss)
    return wrap(loss.astype(x.dtype))


# ----------------------------------------------------------------------------- margin ranking

def margin_ranking_loss(input1, input2, target, margin=0.0, reduction="mean"):
    """``ops.margin_ranking_loss``: ``max(0, -target * (input1 - input2) + margin)``.

    As MindSpore: ``margin`` must be a Python float (an int is a TypeError); the three tensors
    must share one dtype (no promotion); shapes broadcast."""
    name = "margin_ranking_loss"
    _check_value_type("margin", margin, (float,), name)
    _check_is_tensor(name, "input1", input1)
    _check_is_tensor(name, "input2", input2)
    _check_is_tensor(name, "target", target)
    _check_same_dtype(name, "input1", input1, "input2", input2)
    _check_same_dtype(name, "target", target, "input1", input1)
    x1, x2, t = input1._array(), input2._array(), target._array()
    _check_same_shape_broadcast("SubExt", x1, x2)
    d = x1 - x2
    _check_same_shape_broadcast("Mul", t, d)
    v = -t * d
    if v.dtype.kind in "biu":  # an integer Tensor plus the float margin is Float32
        v = v.astype(jnp.float32)
    loss = jnp.maximum(v + jnp.asarray(margin, v.dtype), jnp.zeros((), v.dtype))
    return wrap(_reduced(loss, reduction, name))


# ----------------------------------------------------------------------------- triplet margin

_TENSOR_INPUT_TYPES = ("['TensorPy', 'Tensor', 'ndarray', 'str_', 'list', 'tuple', 'float', 'int', "
                       "'bool', 'complex', 'bytes']")


def _pairwise_distance(a, b, p, eps):
    """``|| a - b + eps ||_p`` along dim 1."""
    d = jnp.abs(a - b + jnp.asarray(eps, a.dtype))
    if p == 1:
        return jnp.sum(d, axis=1)
    if p == 2:
        return jnp.sqrt(jnp.sum(d * d, axis=1))
    if p == 0:
        return jnp.sum((d != 0).astype(a.dtype), axis=1)
    return jnp.power(jnp.sum(jnp.power(d, p), axis=1), 1.0 / p)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False,
                        reduction="mean"):
    """``ops.triplet_margin_loss``: per sample ``max(d(a, p) - d(a, n) + margin, 0)`` with
    ``d(x, y) = ||x - y + eps||_p`` taken along dim 1 (inputs (N, D), broadcastable, not all
    1-D); ``swap`` replaces ``d(a, n)`` by ``min(d(a, n), d(p, n))``; then 'mean', 'sum' or
    'none' (shape (N,) for 2-D inputs).

    Difference: MindSpore 2.10's CPU build has no TripletMarginLoss kernel (valid calls raise
    ``RuntimeError``); this runs everywhere with the documented formula (eps added to the
    difference as in the GPU kernel's reference, PyTorch), unchecked against a MindSpore run.
    For inputs of more than 2 dims the distance is still taken along dim 1. Argument errors
    are MindSpore's."""
    if isinstance(margin, Tensor):
        m = margin._array()
    elif isinstance(margin, (bool, int, float)):
        m = jnp.asarray(margin, jnp.float32)
    else:
        raise TypeError(f"For 'Tensor', the type of 'input_data' should be one of "
                        f"'{_TENSOR_INPUT_TYPES}', but got type '{type(margin).__name__}'.")
    name = "TripletMarginLoss"
    _check_value_type("p", p, (int,), name)
    _check_value_type("swap", swap, (bool,), name)
    _check_value_type("eps", eps, (float,), name)
    if reduction not in ("none", "sum", "mean"):
        raise ValueError(f"For '{name}', the 'reduction' must be str and must be in "
                         f"'['none', 'sum', 'mean']', but got '{reduction}'.")
    for arg, val in (("negative", negative), ("positive", positive), ("x", anchor)):
        if not isinstance(val, Tensor):
            raise TypeError(f"The primitive[{name}]'s input arguments[negative, positive, x] must "
                            f"be all tensor and those type must be same. But got input "
                            f"argument[{arg}]:{_ms_typeof(val)}")
    a, ps, ng = anchor._array(), positive._array(), negative._array()
    if not a.dtype == ps.dtype == ng.dtype:
        raise TypeError(f"For primitive[{name}], the input type must be same.")
    if a.ndim <= 1 and ps.ndim <= 1 and ng.ndim <= 1:
        raise ValueError(f"For {name}, dimensions of input x, positive and negative cannot be "
                         f"less than 1 at the same time, x_dim: {a.ndim}, positive_dim: "
                         f"{ps.ndim}, negative_dim: {ng.ndim}.")
    if max(a.ndim, ps.ndim, ng.ndim) >= 8:
        raise ValueError(f"For {name}, dimensions of input x, positive and negative must be "
                         f"smaller than 8, x_dim: {a.ndim}, positive_dim: {ps.ndim}, "
                         f"negative_dim: {ng.ndim}.")
    try:
        shape = jnp.broadcast_shapes(a.shape, ps.shape, ng.shape)
    except ValueError:
        raise ValueError(f"For {name}, inputs' shape can't broadcast.") from None
    if m.ndim != 0:
        raise ValueError(f"For {name}, the dimension of 'margin' must be 0, but got {m.ndim}.")
    a, ps, ng = (jnp.broadcast_to(v, shape) for v in (a, ps, ng))
    d_ap = _pairwise_distance(a, ps, p, eps)
    d_an = _pairwise_distance(a, ng, p, eps)
    if swap:
        d_an = jnp.minimum(d_an, _pairwise_distance(ps, ng, p, eps))
    loss = jnp.maximum(d_ap - d_an + m.astype(d_ap.dtype), jnp.zeros((), d_ap.dtype))
    if reduction == "mean":
        loss = jnp.mean(loss)
    elif reduction == "sum":
        loss = jnp.sum(loss)
    return wrap(loss)


# ----------------------------------------------------------------------------- cosine embedding

def cosine_embedding_arrays(x1, x2, target, margin):
    """Per-sample loss: cosine similarity over axis 1; ``1 - cos`` where ``target == 1``,
    ``max(cos - margin, 0)`` where ``target == -1``, 0 elsewhere (no epsilon in the norm)."""
    prod = jnp.sum(x1 * x2, axis=1)
    n1 = jnp.sqrt(jnp.sum(jnp.square(x1), axis=1))
    n2 = jnp.sqrt(jnp.sum(jnp.square(x2), axis=1))
    cos = prod / (n1 * n2)
    pos = 1.0 - cos
    neg = jnp.maximum(cos - jnp.asarray(margin, cos.dtype), jnp.zeros((), cos.dtype))
    zeros = jnp.zeros_like(cos)
    try:
        jnp.broadcast_shapes(target.shape, cos.shape)
    except ValueError:
        raise ValueError(f"For 'Select', the shape of 'cond' {list(target.shape)} can not "
                         f"broadcast with the cosine's shape {list(cos.shape)}.") from None
    return jnp.where(target == 1, pos, zeros) + jnp.where(target == -1, neg, zeros)


def cosine_embedding_loss(input1, input2, target, margin=0.0, reduction="mean"):
    """``ops.cosine_embedding_loss``: cosine similarity of ``input1`` and ``input2`` along
    dim 1; loss ``1 - cos`` for ``target == 1``, ``max(0, cos - margin)`` for ``target == -1``.

    As MindSpore: ``target``'s shape must be ``input1``'s without dim 1; int32/int64 inputs are
    cast to float32; ``margin`` (int or float) must lie in [-1, 1]."""
    name = "ops.cosine_embedding_loss"
    _check_is_tensor(name, "input1", input1)
    _check_is_tensor(name, "input2", input2)
    _check_is_tensor(name, "target", target)
    _check_same_dtype(name, "input1", input1, "input2", input2)
    s1 = tuple(input1.shape)
    exp = [v for i, v in enumerate(s1) if i != 1]
    if list(target.shape) != exp:
        raise ValueError(f"For '{name}', the shape of parameter 'input1' reduce on 'axis': (1,) "
                         f"must be equal to the shape of 'target': {tuple(target.shape)}, but got "
                         f"{s1}.")
    x1, x2 = input1._array(), input2._array()
    if x1.dtype in (jnp.int32, jnp.int64):
        x1 = x1.astype(jnp.float32)
    if x2.dtype in (jnp.int32, jnp.int64):
        x2 = x2.astype(jnp.float32)
    margin_f = float(margin) if isinstance(margin, int) and not isinstance(margin, bool) \
        else margin
    _check_value_type("margin", margin_f, (float,), name)
    if margin_f > 1.0 or margin_f < -1.0:
        raise ValueError(f"For ops.cosine_embedding_loss, the value of 'margin' should be in "
                         f"[-1, 1],but got {margin_f}.")
    if x1.shape != x2.shape:
        _check_same_shape_broadcast("Mul", x1, x2)
    loss = cosine_embedding_arrays(x1, x2, target._array(), margin_f)
    return wrap(_reduced(loss, reduction, "cosine_embedding_loss"))


# ----------------------------------------------------------------------------- gaussian nll

_HALF_LN_2PI = 0.5 * math.log(2.0 * math.pi)


def gaussian_nll_loss(x, target, var, full=False, eps=1e-6, reduction="mean"):
    """``ops.gaussian_nll_loss``: ``0.5 * (log(max(var, eps)) + (x - target)^2 / max(var, eps))``,
    plus ``0.5 * log(2 pi)`` when ``full``.

    ``var`` has ``x``'s shape, or ``x``'s shape without the last dim (then it gets a trailing
    dim of 1), or any shape that broadcasts. As MindSpore, ``eps`` must be a positive Python
    float and the 'mean' / 'sum' reductions run in the loss's own dtype (no float32 cast)."""
    name = "gaussian_nll_loss"
    for arg, val in (("x", x), ("target", target), ("var", var)):
        if not isinstance(val, Tensor):
            raise TypeError(f"For '{name}', '{arg}' must be a tensor, but got {type(val)}.")
    if not isinstance(full, bool):
        raise TypeError(f"For '{name}', 'full' must be a bool, but got {type(full)}.")
    if not isinstance(eps, float) or eps <= 0:
        raise ValueError(f"For '{name}', 'eps' must be a positive float, but got {eps}.")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"For '{name}', 'reduction' must be one of 'none', 'mean', or 'sum',"
                         f"        but got {reduction}.")
    xa, ta, va = x._array(), target._array(), var._array()
    if xa.shape != va.shape and xa.shape[:-1] == va.shape:
        va = jnp.expand_dims(va, -1)
    for a, b in ((xa, ta), (va, xa)):
        try:
            jnp.broadcast_shapes(a.shape, b.shape)
        except ValueError:
            raise ValueError(f"For '{name}', the shapes {list(a.shape)} and {list(b.shape)} do "
                             f"not broadcast.") from None
    v = jnp.maximum(va, jnp.asarray(eps, va.dtype))
    loss = 0.5 * (jnp.log(v) + jnp.square(xa - ta) / v)
    if full:
        loss = loss + jnp.asarray(_HALF_LN_2PI, loss.dtype)
    if reduction == "mean":
        loss = jnp.mean(loss)
    elif reduction == "sum":
        loss = jnp.sum(loss)
    return wrap(loss)


# ----------------------------------------------------------------------------- poisson nll

def poisson_nll_arrays(x, t, log_input, full, eps):
    """Elementwise Poisson NLL (``t`` already in ``x``'s dtype): ``exp(x) - t x`` for
    log-rate input, else ``x - t log(x + eps)``; ``full`` adds Stirling's approximation
    ``t log t - t + 0.5 log(2 pi t)`` where ``max(t, eps) > 1``."""
    if log_input:
        loss = jnp.exp(x) - t * x
    else:
        loss = x - t * jnp.log(x + jnp.asarray(eps, x.dtype))
    if full:
        tc = jnp.maximum(t, jnp.asarray(eps, t.dtype))
        st = (tc + 0.5) * jnp.log(tc) - tc + jnp.asarray(_HALF_LN_2PI, t.dtype)
        loss = loss + jnp.where(tc > 1, st, jnp.zeros((), st.dtype))
    return loss


# ----------------------------------------------------------------------------- multi margin

def multi_margin_arrays(x, target, weight, p, margin, reduction):
    """MindSpore's ``MultiMarginLoss`` kernel on (N, C) ``x``: per sample
    ``sum_{j != y} w[y] * max(0, margin - x[y] + x[j])^p / C``, then 'mean' over N, 'sum' or
    'none'."""
    if target.dtype != jnp.int64:
        raise TypeError(f"For primitive[MultiMarginLoss], the input argument[target] must be a "
                        f"type of {{Tensor[Int64]}}, but got "
                        f"Tensor[{mstype.from_np_dtype(target.dtype)}].")
    if weight.dtype != x.dtype:
        raise TypeError("For primitive[MultiMarginLoss], the input type must be same.")
    if x.ndim != 2 or target.ndim != 1:
        raise ValueError(f"For MultiMarginLoss, the rank of input x and target should be 2 and 1, "
                         f"while rank of x is {x.ndim}, rank of target is  {target.ndim}")
    n, c = x.shape
    if weight.ndim != 1 or weight.shape[0] != c:
        raise ValueError(f"For MultiMarginLoss x_shape[1] and weight_shape[0] should be the same, "
                         f"while x_shape[1] is {c}, weight_shape[0] is "
                         f"{weight.shape[0] if weight.ndim else 0}")
    if target.shape[0] != n:
        raise ValueError(f"For MultiMarginLoss x_shape[0] and target_shape[0] should be the "
                         f"same, while x_shape[0] is {n}, target_shape[0] is {target.shape[0]}")
    t = target.astype(jnp.int32)
    out_dtype = x.dtype
    if x.dtype == jnp.float16:  # half-precision inputs accumulate in float32
        x, weight = x.astype(jnp.float32), weight.astype(jnp.float32)
    xy = jnp.take_along_axis(x, t[:, None], axis=1)
    h = jnp.maximum(jnp.asarray(margin, x.dtype) - xy + x, jnp.zeros((), x.dtype))
    if p == 2:
        h = h * h
    h = h * weight[t][:, None]
    h = jnp.where(jax.nn.one_hot(t, c, dtype=jnp.bool_), jnp.zeros((), x.dtype), h)
    loss = jnp.sum(h, axis=1) / jnp.asarray(c, x.dtype)
    if reduction == "mean":
        loss = jnp.mean(loss)
    elif reduction == "sum":
        loss = jnp.sum(loss)
    return loss.astype(out_dtype)


def _check_multi_margin_attrs(p, margin, reduction):
    """``ops.MultiMarginLoss``'s constructor checks."""
    _check_value_type("p", p, (int,), "MultiMarginLoss")
    if p not in (1, 2):
        raise ValueError(f"For 'MultiMarginLoss', the 'p' must be int and must in {{1, 2}}, but "
                         f"got '{p}' with type 'int'.")
    _check_value_type("margin", margin, (float,), "MultiMarginLoss")
    if reduction not in ("none", "sum", "mean"):
        raise ValueError(f"For 'MultiMarginLoss', the 'reduction' must be str and must be in "
                         f"'['none', 'sum', 'mean']', but got '{reduction}'.")


def multi_margin_loss(input, target, p=1, margin=1, weight=None, reduction="mean"):
    """``ops.multi_margin_loss``: multi-class hinge loss of (N, C) ``input`` and int64 class
    indices ``target`` (N,): per sample
    ``sum_{j != y} w[y] * max(0, margin - x[y] + x[j])^p / C``; ``p`` in {1, 2}.

    As MindSpore, ``margin`` must be a Python int here (the Cell takes a float)."""
    if not isinstance(margin, int):
        raise TypeError(f"For 'multi_margin_loss', the type of 'margin' must be int, but got "
                        f"{type(margin)}.")
    _check_multi_margin_attrs(p, float(margin), reduction)
    x = input._array()
    w = jnp.ones((x.shape[-1],), x.dtype) if weight is None else weight._array()
    return wrap(multi_margin_arrays(x, target._array(), w, p, float(margin), reduction))


# ----------------------------------------------------------------------------- ctc

_NEG = -1e30  # stands for log(0) inside the recursion (keeps -inf - -inf NaNs out of autodiff)


def _ctc_alpha(lp, targets, input_lengths, target_lengths, blank):
    """Forward (alpha) recursion in log space.

    ``lp`` (T, N, C); ``targets`` (N, S) padded class indices. Returns the per-sample negative
    log-likelihood (N,) and the alpha table (N, T, 2S+1), both with ``_NEG`` for log(0)."""
    t_max, n, _ = lp.shape
    s_max = targets.shape[1]
    width = 2 * s_max + 1
    dt = lp.dtype
    neg = jnp.asarray(_NEG, dt)
    tg = targets.astype(jnp.int32)
    ext = jnp.full((n, width), blank, jnp.int32).at[:, 1::2].set(tg)  # l' = [b, l1, b, l2, ...]
    pos = jnp.arange(width)
    tl = target_lengths.astype(jnp.int32)
    valid_s = pos[None, :] <= 2 * tl[:, None]
    prev2 = jnp.concatenate([jnp.full((n, 2), blank, jnp.int32), ext[:, :-2]], axis=1)
    skip = (ext != blank) & (ext != prev2) & (pos[None, :] >= 2)
    emit = jnp.take_along_axis(lp.transpose(1, 0, 2), jnp.broadcast_to(ext[:, None, :],
                                                                    (n, t_max, width)), axis=2)
    alpha0 = jnp.where((pos[None, :] < 2) & valid_s, emit[:, 0, :], neg)

    def step(a, e):
        a1 = jnp.concatenate([jnp.full((n, 1), neg, dt), a[:, :-1]], axis=1)
        a2 = jnp.concatenate([jnp.full((n, 2), neg, dt), a[:, :-2]], axis=1)
        a2 = jnp.where(skip, a2, neg)
        m = jnp.maximum(jnp.maximum(a, a1), a2)
        tot = m + jnp.log(jnp.exp(a - m) + jnp.exp(a1 - m) + jnp.exp(a2 - m))
        new = jnp.where(valid_s, jnp.maximum(tot + e, neg), neg)
        return new, new

    _, rest = jax.lax.scan(step, alpha0, jnp.moveaxis(emit[:, 1:, :], 1, 0))
    alpha = jnp.concatenate([alpha0[None], rest], axis=0)  # (T, N, width)
    il = input_lengths.astype(jnp.int32)
    last = jnp.take_along_axis(alpha, jnp.clip(il - 1, 0, t_max - 1)[None, :, None],
                               axis=0)[0]  # (N, width)
    end1 = jnp.take_along_axis(last, (2 * tl)[:, None], axis=1)[:, 0]
    end2 = jnp.take_along_axis(last, jnp.maximum(2 * tl - 1, 0)[:, None], axis=1)[:, 0]
    end2 = jnp.where(tl > 0, end2, neg)
    m = jnp.maximum(end1, end2)
    ll = m + jnp.log(jnp.exp(end1 - m) + jnp.exp(end2 - m))
    return -ll, jnp.moveaxis(alpha, 0, 1)


@functools.partial(jax.custom_vjp, nondiff_argnums=(4,))
def _ctc_nll(lp, targets, input_lengths, target_lengths, blank):
    return _ctc_alpha(lp, targets, input_lengths, target_lengths, blank)[0]


def _ctc_nll_fwd(lp, targets, input_lengths, target_lengths, blank):
    nll, vjp = jax.vjp(lambda y: _ctc_alpha(y, targets, input_lengths, target_lengths,
                                            blank)[0], lp)
    return nll, (lp, input_lengths, vjp)


def _ctc_nll_bwd(blank, res, g):
    lp, input_lengths, vjp = res
    (occ,) = vjp(g)
    step_ok = jnp.arange(lp.shape[0])[:, None] < input_lengths.astype(jnp.int32)[None, :]
    soft = jnp.where(step_ok[:, :, None], jnp.exp(lp), jnp.zeros((), lp.dtype))
    return (soft * g[None, :, None] + occ, None, None, None)


_ctc_nll.defvjp(_ctc_nll_fwd, _ctc_nll_bwd)


def ctc_loss_arrays(lp, targets, input_lengths, target_lengths, blank, zero_infinity):
    """Per-sample CTC negative log-likelihood (N,) and log_alpha (N, T, 2S+1) with -inf for
    impossible states, steps past ``input_lengths`` and states past ``2 * target_lengths``.

    The gradient w.r.t. ``lp`` is MindSpore's (and PyTorch's) CTC gradient
    ``exp(lp) - occupancy``: the gradient w.r.t. the logits under ``lp = log_softmax(logits)``,
    zero at steps past a sample's input length and for infinite (or zeroed) losses."""
    nll = _ctc_nll(lp, targets, input_lengths, target_lengths, blank)
    _, alpha = _ctc_alpha(jax.lax.stop_gradient(lp), targets, input_lengths, target_lengths,
                          blank)
    inf = jnp.asarray(jnp.inf, lp.dtype)
    finite = nll < -_NEG / 2
    nll = jnp.where(finite, nll, jnp.zeros((), nll.dtype) if zero_infinity else inf)
    step_ok = jnp.arange(lp.shape[0])[None, :] < input_lengths.astype(jnp.int32)[:, None]
    dead = (alpha <= _NEG / 2) | ~step_ok[:, :, None]
    return nll, jnp.where(dead, -inf, alpha)


# One compiled program per shape / blank / zero_infinity (the eager scan would retrace each call).
_ctc_loss_jit = jax.jit(ctc_loss_arrays, static_argnums=(4, 5))


def _check_ctc_args(blank, reduction, zero_infinity, name="ctc_loss"):
    _check_value_type("blank", blank, (int,), name)
    _check_value_type("reduction", reduction, (str,), name)
    if reduction not in ("none", "sum", "mean"):
        raise ValueError(f"For '{name}', the 'reduction' must be str and must be in "
                         f"'['none', 'sum', 'mean']', but got '{reduction}'.")
    _check_value_type("zero_infinity", zero_infinity, (bool,), name)


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction="mean",
             zero_infinity=False):
    """``ops.ctc_loss``: CTC negative log-likelihood of ``log_probs`` (T, N, C) and padded
    ``targets`` (N, S) with per-sample ``input_lengths`` / ``target_lengths``; returns
    ``(loss, log_alpha)``, ``log_alpha`` of shape (N, T, 2S+1).

    'mean' divides each loss by its target length (at least 1) and averages over the batch.
    The gradient w.r.t. ``log_probs`` is MindSpore's CTC gradient (``exp(log_probs)`` minus the
    alignment occupancy), which is the logits' gradient when ``log_probs`` is a log-softmax.
    Difference: ``zero_infinity=True`` zeroes infinite losses (and their gradients) as
    documented; MindSpore 2.10's CPU kernel ignores it and returns inf."""
    _check_ctc_args(blank, reduction, zero_infinity)
    prim = "For primitive[CTCLossV2]"
    kinds = (("log_probs", log_probs, ("Float32", "Float64")),
             ("targets", targets, ("Int32", "Int64")),
             ("input_lengths", input_lengths, ("Int32", "Int64")),
             ("target_lengths", target_lengths, ("Int32", "Int64")))
    for arg, val, names in kinds:
        if not isinstance(val, Tensor):
            raise TypeError(f"{prim}, the input argument[{arg}] must be a type of "
                            f"{{{', '.join(names)}}}, but got {_ms_typeof(val)}.")
        if str(val.dtype) not in names:
            raise TypeError(f"{prim}, the input argument[{arg}] must be a type of "
                            f"{{{', '.join('Tensor[' + n + ']' for n in names)}}}, but got "
                            f"Tensor[{val.dtype}].")
    lp = log_probs._array()
    tg, il, tl = targets._array(), input_lengths._array(), target_lengths._array()
    if lp.ndim != 3:
        raise ValueError(f"{prim}, the dim of log_probs must be equal to 3 , but got {lp.ndim}.")
    if tg.ndim != 2:
        raise ValueError(f"{prim}, the dim of targets must be equal to 2 , but got {tg.ndim}.")
    n = lp.shape[1]
    for arg, a in (("targets", tg), ("input_lengths", il), ("target_lengths", tl)):
        if a.ndim < 1 or a.shape[0] != n:
            raise ValueError(f"{prim}, the {arg}.shape[0] must be equal to {n} , but got "
                             f"{a.shape[0] if a.ndim else 0}.")
        if arg != "targets" and a.ndim != 1:
            raise ValueError(f"{prim}, the dim of {arg} must be equal to 1 , but got {a.ndim}.")
    loss, alpha = _ctc_loss_jit(lp, tg, il, tl, blank, zero_infinity)
    if reduction == "sum":
        loss = jnp.sum(loss)
    elif reduction == "mean":
        denom = jnp.maximum(tl.astype(jnp.float32), 1.0)
        loss = jnp.mean(loss.astype(jnp.float32) / denom).astype(lp.dtype)
    return wrap(loss), wrap(alpha)


__all__ = ["huber_loss", "soft_margin_loss", "margin_ranking_loss", "cosine_embedding_loss",
           "gaussian_nll_loss", "multi_margin_loss", "ctc_loss", "triplet_margin_loss"]
