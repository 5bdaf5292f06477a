"""``mindspore.nn`` losses (``mindspore/nn/loss/loss.py``).

MindSpore 2.10 rules copied here:
  * ``reduction`` in ('mean', 'sum', 'none'), checked at construction; ``LossBase.get_loss``
    casts to float32, multiplies by ``weights``, reduces over all axes and casts back;
  * defaults differ per loss: ``SmoothL1Loss`` and ``SoftmaxCrossEntropyWithLogits`` default to
    ``reduction='none'``, the others to 'mean';
  * ``CrossEntropyLoss`` takes int32 class indices (``(N)``, ``(N, d1, ...)``) or float class
    probabilities of the logits' shape; its weighted 'mean' divides by the sum of the weights of
    the non-ignored targets (probabilities: by the number of samples);
  * ``SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean')`` is the fused sparse kernel;
    other sparse reductions one-hot the labels first (so their error messages differ).
"""
from __future__ import annotations

import jax
import jax.numpy as jnp

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function import nn_func as F
from ...ops.function import _nn_loss as K
from ...ops.function import _nn_util as U
from ..layer import _validator as V


class LossBase(Cell):
    """Base of losses: ``reduction`` in ('mean', 'sum', 'none'); ``get_loss`` applies it."""

    def __init__(self, reduction="mean"):
        super().__init__()
        if reduction not in ("mean", "sum", "none"):
            raise ValueError(f"For '{type(self).__name__}', the 'reduction' must be in ['mean', "
                             f"'sum', 'none'], but got {reduction}.")
        self.average = reduction == "mean"
        self.reduce = reduction != "none"

    def get_axis(self, x):
        return tuple(range(len(x.shape)))

    def get_loss(self, x, weights=1.0):
        mode = "mean" if self.reduce and self.average else ("sum" if self.reduce else "none")
        # (``reduction`` is not stored here: MindSpore's MSELoss has no ``reduction`` attribute)
        return Tensor._wrap(U.get_loss(x._array(), mode, weights))

    def construct(self, logits, labels):
        raise NotImplementedError(f"Loss '{type(self).__name__}' must define 'construct'.")


def _sub_checked(cls, logits, labels):
    U._check_is_tensor(cls, "logits", logits, style="cell")
    U._check_is_tensor(cls, "labels", labels, style="cell")
    x, y = logits._array(), labels._array()
    U._check_same_shape_broadcast("SubExt", x, y)
    dt = jnp.promote_types(x.dtype, y.dtype)
    return x.astype(dt) - y.astype(dt)


class MSELoss(LossBase):
    """``(logits - labels) ** 2``, reduced."""

    def construct(self, logits, labels):
        return self.get_loss(Tensor._wrap(jnp.square(_sub_checked("MSELoss", logits, labels))))


class MAELoss(LossBase):
    """``|logits - labels|``, reduced."""

    def construct(self, logits, label):
        return self.get_loss(Tensor._wrap(jnp.abs(_sub_checked("MAELoss", logits, label))))


class RMSELoss(LossBase):
    """``sqrt(MSELoss()(logits, label))``."""

    def __init__(self):
        super().__init__()
        self.MSELoss = MSELoss()

    def construct(self, logits, label):
        return Tensor._wrap(jnp.sqrt(self.MSELoss(logits, label)._array()))


class L1Loss(LossBase):
    """``|logits - labels|`` via ``ops.l1_loss``."""

    def __init__(self, reduction="mean"):
        super().__init__(reduction)
        self.reduction = reduction

    def construct(self, logits, labels):
        return F.l1_loss(logits, labels, self.reduction)


class SmoothL1Loss(LossBase):
    """``0.5 d^2 / beta`` for ``|d| < beta``, else ``|d| - 0.5 beta``; ``reduction='none'``."""

    def __init__(self, beta=1.0, reduction="none"):
        super().__init__(reduction)
        self.beta = beta
        self.reduction = reduction

    def construct(self, logits, labels):
        return F.smooth_l1_loss(logits, labels, self.beta, self.reduction)


class SoftmaxCrossEntropyWithLogits(LossBase):
    """``-sum(labels * log_softmax(logits))`` per sample; ``sparse`` labels are class indices."""

    def __init__(self, sparse=False, reduction="none"):
        super().__init__(reduction)
        self.sparse = V.check_bool(sparse, "sparse", "SoftmaxCrossEntropyWithLogits")
        self.reduction = reduction

    def construct(self, logits, labels):
        cls = "SoftmaxCrossEntropyWithLogits"
        U._check_is_tensor(cls, "logits", logits, style="cell")
        U._check_is_tensor(cls, "labels", labels, style="cell")
        x, y = logits._array(), labels._array()
        if self.sparse:
            if y.dtype.kind not in "iu":
                raise TypeError(f"For primitive[SparseSoftmaxCrossEntropyWithLogits], the input "
                                f"argument[labels_type] must be a type of {{Tensor[Int32], "
                                f"Tensor[Int64]}}, but got Tensor[{labels.dtype}].")
            if self.reduction == "mean":
                if tuple(y.shape) != tuple(x.shape[:-1]):
                    raise ValueError("Labels shape value must be equal to the Features except the "
                                     "last dimension of Features")
                onehot = jax.nn.one_hot(y, x.shape[-1], dtype=x.dtype)
                return Tensor._wrap(jnp.mean(K.softmax_cross_entropy_arrays(x, onehot)))
            y = jax.nn.one_hot(y, x.shape[-1], dtype=jnp.float32)
        if x.ndim != 2:
            raise ValueError(f"For primitive[SoftmaxCrossEntropyWithLogits], the dimension of "
                             f"logits must be equal to 2, but got {x.ndim}.")
        if y.dtype != x.dtype:
            raise TypeError("For primitive[SoftmaxCrossEntropyWithLogits], the input type must be "
                            "same.")
        if y.shape != x.shape:
            raise ValueError(f"For 'SoftmaxCrossEntropyWithLogits', evaluator arg 'label' shape "
                             f"must be consistent with 'logits' shape, but got 'label' shape: "
                             f"{tuple(y.shape)}, 'logits' shape: {tuple(x.shape)}.")
        return self.get_loss(Tensor._wrap(K.softmax_cross_entropy_arrays(x, y)))


def _check_weight(cls, weight):
    if weight is not None:
        V.check_value_type("weight", weight, [Tensor], cls)
        V.check_type_name("weight", weight.dtype, [mstype.float16, mstype.float32], cls)


class NLLLoss(LossBase):
    """Negative log-likelihood of log-probabilities ``logits`` (N, C, ...) at class ``labels``."""

    def __init__(self, weight=None, ignore_index=-100, reduction="mean"):
        super().__init__(reduction)
        V.check_value_type("ignore_index", ignore_index, int, "NLLLoss")
        _check_weight("NLLLoss", weight)
        self.weight = weight
        self.ignore_index = ignore_index
        self.reduction = reduction

    def construct(self, logits, labels):
        return F.nll_loss(logits, labels, self.weight, self.ignore_index, self.reduction)


def _check_cross_entropy_inputs(logits, labels, cls):
    ls, ts = tuple(logits.shape), tuple(labels.shape)
    V.check_type_name("logits", logits.dtype, [mstype.float16, mstype.float32], cls)
    if len(ls) == len(ts):
        V.check_type_name("labels", labels.dtype, [mstype.float16, mstype.float32], cls)
        if ls != ts:
            raise ValueError(f"For '{cls}', the shape of 'logits' should be (N, C, d_0, d_1, ...), "
                             f"and the shape of 'labels' should be (N, C, d_0, d_1, ...), but get "
                             f"'logits' shape: {ls} and 'labels' shape: {ts}.")
    elif len(ts) == len(ls) - 1:
        V.check_type_name("labels", labels.dtype, [mstype.int32], cls)
        if len(ls) != 1 and (ls[0],) + ls[2:] != ts:
            raise ValueError(f"For '{cls}', the shape of 'logits' should be (N, C, d_0, d_1, ...), "
                             f"and the shape of 'labels' should be (N, d_0, d_1, ...), but get "
                             f"'logits' shape: {ls} and 'labels' shape: {ts}.")
    else:
        raise ValueError(f"For '{cls}', the rank of 'logits' and 'labels' should be:\n"
                         f"1. 'logits.ndim == labels.ndim' for probabilities, \n"
                         f"2. 'logits.ndim - 1 == labels.ndim' for class indices, \n"
                         f"but get 'logits' rank: {len(ls)} and 'labels' rank: {len(ts)}.")


class CrossEntropyLoss(LossBase):
    """``log_softmax`` over the class dim (1, or 0 for 1-D logits) + NLL / soft-target loss."""

    def __init__(self, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0):
        super().__init__(reduction)
        cls = "CrossEntropyLoss"
        V.check_value_type("ignore_index", ignore_index, int, cls)
        V.check_value_type("label_smoothing", label_smoothing, float, cls)
        V.check_float_range(label_smoothing, 0.0, 1.0, "label_smoothing", cls)
        _check_weight(cls, weight)
        self.weight = weight
        self.ignore_index = ignore_index
        self.reduction = reduction
        self.label_smoothing = label_smoothing

    def construct(self, logits, labels):
        cls = "CrossEntropyLoss"
        U._check_is_tensor(cls, "logits", logits, style="cell")
        U._check_is_tensor(cls, "labels", labels, style="cell")
        _check_cross_entropy_inputs(logits, labels, cls)
        return F.cross_entropy(logits, labels, self.weight, self.ignore_index, self.reduction,
                               self.label_smoothing)


class BCELoss(LossBase):
    """Binary cross entropy of probabilities ``logits`` and ``labels`` (same shape and dtype)."""

    def __init__(self, weight=None, reduction="mean"):
        super().__init__(reduction)
        self.reduction = reduction
        self.weight = weight

    def construct(self, logits, labels):
        return F.binary_cross_entropy(logits, labels, self.weight, self.reduction)


class BCEWithLogitsLoss(LossBase):
    """Sigmoid + binary cross entropy; ``weight`` and ``pos_weight`` broadcast, not Parameters."""

    def __init__(self, reduction="mean", weight=None, pos_weight=None):
        # MindSpore calls ``LossBase.__init__()`` without the reduction here: a bad value only
        # fails when the loss is called.
        super().__init__()
        self.reduction = reduction
        if isinstance(weight, Parameter):
            raise TypeError("For 'BCEWithLogitsLoss', the 'weight' can not be a Parameter.")
        if isinstance(pos_weight, Parameter):
            raise TypeError("For 'BCEWithLogitsLoss', the 'pos_weight' can not be a Parameter.")
        self.weight = weight
        self.pos_weight = pos_weight

    def construct(self, input, target):
        U._check_is_tensor("BCEWithLogitsLoss", "input", input, style="cell")
        U._check_is_tensor("BCEWithLogitsLoss", "target", target, style="cell")
        return F.binary_cross_entropy_with_logits(input, target, self.weight, self.pos_weight,
                                                  self.reduction)
