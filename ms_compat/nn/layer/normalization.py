"""``mindspore.nn`` normalisation layers (``mindspore/nn/layer/normalization.py``):
BatchNorm1d, BatchNorm2d, BatchNorm3d, LayerNorm, GroupNorm.

MindSpore 2.10 rules copied here:
  * BatchNorm's ``momentum`` is the fraction of the moving statistics *kept* (default 0.9):
    ``moving = momentum * moving + (1 - momentum) * batch``; the moving variance takes the
    unbiased batch variance, the output the biased one;
  * the moving statistics are updated only when batch statistics are used (training mode, or
    ``use_batch_statistics=True``); the update is a Parameter state write (``set_data``), so
    under ``grad``/``ms.jit`` it becomes an output of the transform and carries no gradient;
  * BatchNorm's Parameters are created in the order moving_mean (named ``mean``),
    moving_variance (``variance``), gamma, beta — that is ``parameters_and_names`` order, and
    a BatchNorm adopted as a child is renamed to ``bn.moving_mean`` etc.;
  * ``affine=False`` keeps gamma/beta as Parameters with ``requires_grad=False``;
  * LayerNorm's default ``epsilon`` is 1e-7 and its ``repr`` has MindSpore's ``gammaParameter``.
"""
from __future__ import annotations

import jax.numpy as jnp

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function import _nn_norm as K
from . import _validator as V


class _BatchNorm(Cell):
    _dims = ()

    def __init__(self, num_features, eps=1e-05, momentum=0.9, affine=True, gamma_init="ones",
                 beta_init="zeros", moving_mean_init="zeros", moving_var_init="ones",
                 use_batch_statistics=None, data_format="NCHW", dtype=mstype.float32):
        from ...common.initializer import initializer
        super().__init__()
        cls = type(self).__name__
        V.check_value_type("num_features", num_features, [int], cls)
        if num_features < 1:
            raise ValueError(f"For '{cls}', the 'num_features' must be at least 1, but got "
                             f"{num_features}.")
        if momentum < 0 or momentum > 1:
            raise ValueError(f"For '{cls}', the 'momentum' must be a number in range [0, 1], but "
                             f"got {momentum}.")
        if data_format not in ("NCHW", "NHWC"):
            raise ValueError(f"For '{cls}', the 'format' must be str and must be in "
                             f"'['NCHW', 'NHWC']', but got '{data_format}'.")
        if data_format == "NHWC":
            raise ValueError(f"For '{cls}', the 'NHWC' format only support in GPU target, but got "
                             f"device target CPU.")
        self.format = data_format
        if use_batch_statistics is not None and not isinstance(use_batch_statistics, bool):
            raise ValueError(f"For '{cls}', the 'use_batch_statistics' must be a boolean value or "
                             f"None, but got {use_batch_statistics}.")
        self.use_batch_statistics = use_batch_statistics
        self.num_features = num_features
        self.eps = eps
        self.beta_init = beta_init
        self.gamma_init = gamma_init
        self.moving_mean_init = moving_mean_init
        self.moving_var_init = moving_var_init
        self.moving_mean = Parameter(initializer(moving_mean_init, num_features, dtype=dtype),
                                     name="mean", requires_grad=False)
        self.moving_variance = Parameter(initializer(moving_var_init, num_features, dtype=dtype),
                                         name="variance", requires_grad=False)
        self.gamma = Parameter(initializer(gamma_init, num_features, dtype=dtype), name="gamma",
                               requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, num_features, dtype=dtype), name="beta",
                              requires_grad=affine)
        # MindSpore stores the update factor; repr prints ``1.0 - self.momentum``.
        self.momentum = 1.0 - momentum

    def _check_input_dim(self, ndim):
        raise NotImplementedError(f"'{type(self).__name__}' must define '_check_input_dim'.")

    def _use_batch_stats(self):
        if self.use_batch_statistics is None:
            return self.training
        return self.use_batch_statistics

    def construct(self, x):
        a = x._array()
        self._check_input_dim(a.ndim)
        c = self.gamma.shape[0]
        if a.shape[1] != c:
            raise ValueError(f"For BatchNorm, scale.shape[0] should be equal to input_x's channel "
                             f"dimension: {a.shape[1]}, bug got scale.shape[0]: {c}.")
        # MindSpore's float16 batch norm computes in float32 and rounds only the output (its
        # moving statistics come from the float32 batch statistics)
        out_dtype = a.dtype
        if a.dtype == jnp.float16:
            a = a.astype(jnp.float32)
        gamma = self.gamma._array().astype(a.dtype)
        beta = self.beta._array().astype(a.dtype)
        if self._use_batch_stats():
            y, mean, var = K.batch_norm_train(a, gamma, beta, self.eps)
            K.update_moving_stats(self.moving_mean, self.moving_variance, mean, var,
                                  self.momentum)
            return Tensor._wrap(y.astype(out_dtype))
        y = K.batch_norm_infer(a, gamma, beta, self.moving_mean._array().astype(a.dtype),
                               self.moving_variance._array().astype(a.dtype), self.eps)
        return Tensor._wrap(y.astype(out_dtype))

    def extend_repr(self):
        return (f"num_features={self.num_features}, eps={self.eps}, "
                f"momentum={1.0 - self.momentum}, gamma={self.gamma}, beta={self.beta}, "
                f"moving_mean={self.moving_mean}, moving_variance={self.moving_variance}")


class BatchNorm1d(_BatchNorm):
    """Batch norm over ``(N, C)`` or ``(N, C, L)`` inputs."""

    def _check_input_dim(self, ndim):
        if ndim not in (2, 3):
            raise ValueError(f"For 'BatchNorm1d', the must have 2 dims or 3 dims, but got "
                             f"{ndim}.")


class BatchNorm2d(_BatchNorm):
    """Batch norm over ``(N, C, H, W)`` inputs."""

    def _check_input_dim(self, ndim):
        if ndim != 4:
            raise ValueError(f"For 'BatchNorm2d', the in_shape must have 4 dims, but got {ndim}.")


class BatchNorm3d(Cell):
    """Batch norm over ``(N, C, D, H, W)``: a ``BatchNorm2d`` child ``bn2d`` on ``(N, C, D*H, W)``."""

    def __init__(self, num_features, eps=1e-05, momentum=0.9, affine=True, gamma_init="ones",
                 beta_init="zeros", moving_mean_init="zeros", moving_var_init="ones",
                 use_batch_statistics=None, dtype=mstype.float32):
        super().__init__()
        self.bn2d = BatchNorm2d(num_features=num_features, eps=eps, momentum=momentum,
                                affine=affine, gamma_init=gamma_init, beta_init=beta_init,
                                moving_mean_init=moving_mean_init,
                                moving_var_init=moving_var_init,
                                use_batch_statistics=use_batch_statistics, dtype=dtype)

    def construct(self, x):
        shape = x.shape
        if len(shape) != 5:
            raise ValueError(f"For 'BatchNorm3d', the in_shape must have 5 dims, but got "
                             f"{len(shape)}.")
        a = x._array().reshape(shape[0], shape[1], shape[2] * shape[3], shape[4])
        return Tensor._wrap(self.bn2d(Tensor._wrap(a))._array().reshape(shape))


class LayerNorm(Cell):
    """Layer norm over the dims from ``begin_norm_axis``; gamma/beta of ``normalized_shape``."""

    def __init__(self, normalized_shape, begin_norm_axis=-1, begin_params_axis=-1,
                 gamma_init="ones", beta_init="zeros", epsilon=1e-7, dtype=mstype.float32):
        from ...common.initializer import initializer
        super().__init__()
        if not isinstance(normalized_shape, (tuple, list)):
            raise TypeError(f"For 'LayerNorm', the type of 'normalized_shape' must be tuple[int] "
                            f"or list[int], but got {normalized_shape} and the type is "
                            f"{type(normalized_shape)}.")
        if not normalized_shape:
            raise ValueError(f"Expected normalized_shape to be at least 1-dimensional, i.e., "
                             f"containing at least one element, but got normalized_shape = "
                             f"{normalized_shape}")
        self.normalized_shape = normalized_shape
        self.begin_norm_axis = begin_norm_axis
        self.begin_params_axis = begin_params_axis
        self.epsilon = epsilon
        self.gamma = Parameter(initializer(gamma_init, normalized_shape, dtype=dtype),
                               name="gamma")
        self.beta = Parameter(initializer(beta_init, normalized_shape, dtype=dtype), name="beta")

    def construct(self, input_x):
        a = input_x._array()
        g = self.gamma._array().astype(a.dtype)
        b = self.beta._array().astype(a.dtype)
        bpa = self.begin_params_axis % a.ndim if a.ndim else 0
        if tuple(a.shape[bpa:]) != tuple(g.shape) or tuple(b.shape) != tuple(g.shape):
            def vec(s):
                return "[const vector]{" + ", ".join(str(v) for v in s) + "}"
            raise ValueError(f"For 'LayerNorm', gamma or beta shape must match input shape, but "
                             f"got input shape: {vec(a.shape)}, gamma shape: {vec(g.shape)}, "
                             f"beta shape: {vec(b.shape)}.")
        return Tensor._wrap(K.layer_norm_arrays(a, g, b, self.begin_norm_axis,
                                                self.begin_params_axis, self.epsilon))

    def extend_repr(self):
        return (f"normalized_shape={self.normalized_shape}, begin_norm_axis="
                f"{self.begin_norm_axis}, begin_params_axis={self.begin_params_axis}, "
                f"gamma{self.gamma}, beta={self.beta}")


class GroupNorm(Cell):
    """Group norm over ``(N, C, *)``: statistics per sample and group of ``C/num_groups``."""

    def __init__(self, num_groups, num_channels, eps=1e-05, affine=True, gamma_init="ones",
                 beta_init="zeros", dtype=mstype.float32):
        from ...common.initializer import initializer
        super().__init__()
        self.num_groups = V.check_positive_int(num_groups, "num_groups", "GroupNorm")
        self.num_channels = V.check_positive_int(num_channels, "num_channels", "GroupNorm")
        if num_channels % num_groups != 0:
            raise ValueError(f"For 'GroupNorm', the 'num_channels' must be divided by "
                             f"'num_groups', but got 'num_channels': {num_channels}, "
                             f"'num_groups': {num_groups}.")
        self.eps = V.check_value_type("eps", eps, (float,), "GroupNorm")
        self.affine = V.check_bool(affine, "affine", "GroupNorm")
        self.gamma = Parameter(initializer(gamma_init, self.num_channels, dtype=dtype),
                               name="gamma", requires_grad=affine)
        self.beta = Parameter(initializer(beta_init, self.num_channels, dtype=dtype), name="beta",
                              requires_grad=affine)

    def construct(self, x):
        a = x._array()
        if a.ndim < 2 or a.shape[1] != self.num_channels:
            ch = a.shape[1] if a.ndim > 1 else 0
            raise ValueError(f"For GroupNorm, shape of weight and bias should be equal to "
                             f"input_x's channel dimension: {ch}, bug got shape: [const vector]"
                             f"{{{self.num_channels}}}.")
        g = self.gamma._array().astype(a.dtype)
        b = self.beta._array().astype(a.dtype)
        return Tensor._wrap(K.group_norm_arrays(a, self.num_groups, g, b, self.eps))

    def extend_repr(self):
        return f"num_groups={self.num_groups}, num_channels={self.num_channels}"


__all__ = ["BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "LayerNorm", "GroupNorm"]
