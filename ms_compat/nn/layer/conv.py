"""``mindspore.nn`` convolutions (``mindspore/nn/layer/conv.py``): Conv2d, Conv1d,
Conv2dTranspose, Conv1dTranspose.

MindSpore 2.10 rules copied here:
  * ``pad_mode='same'`` is the default; ``padding`` must be 0 unless ``pad_mode='pad'``; a
    4-tuple padding is (top, bottom, left, right);
  * ``has_bias=False`` by default; weight ``HeUniform(sqrt(5))``, bias ``Uniform(1/sqrt(fan_in))``
    with ``fan_in = shape[1] * prod(kernel)`` (zeros when fan_in is 0);
  * weights are ``(out, in/group, kh, kw)``; the transposed convs' ``(in, out/group, kh, kw)``;
    the 1-D convs store a 2-D kernel ``(.., .., 1, k)`` and run as 2-D convs on ``(N, C, 1, L)``;
  * ``extend_repr`` prints the initializer objects themselves (their default ``repr``).
"""
from __future__ import annotations

import math

import numpy as np

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function import _nn_conv as K
from . import _validator as V


def _fan_in(shape):
    receptive = int(np.prod(shape[2:])) if len(shape) > 2 else 1
    return shape[1] * receptive


class _Conv(Cell):
    """Shared parameters, checks and repr of the convolution layers."""

    def __init__(self, in_channels, out_channels, kernel_size, stride, pad_mode, padding, dilation,
                 group, has_bias, weight_init, bias_init, data_format="NCHW", transposed=False,
                 dtype=mstype.float32):
        from ...common.initializer import HeUniform, Uniform, initializer
        super().__init__()
        cls = type(self).__name__
        self.in_channels = V.check_positive_int(in_channels, "in_channels", cls)
        self.out_channels = V.check_positive_int(out_channels, "out_channels", cls)
        self.kernel_size = kernel_size
        self.stride = stride
        self.pad_mode = pad_mode
        if data_format not in ("NCHW", "NHWC", "NCDHW"):
            raise ValueError(f"For '{cls}', the 'format' must be str and must be in "
                             f"'['NCHW', 'NHWC', 'NCDHW']', but got '{data_format}'.")
        if data_format == "NHWC":
            raise ValueError(f"For '{cls}', the \"NHWC\" format only support in GPU target, but "
                             f"got the 'format' is {data_format} and the platform is CPU.")
        self.data_format = data_format
        if isinstance(padding, int) and not isinstance(padding, bool):
            V.check_non_negative_int(padding, "padding", cls)
        elif isinstance(padding, tuple):
            for pad in padding:
                V.check_non_negative_int(pad, "padding item", cls)
        else:
            raise TypeError(f"For '{cls}', the type of 'padding' must be int or tuple(int), but "
                            f"got {type(padding).__name__}.")
        self.padding = padding
        self.dilation = dilation
        self.group = V.check_positive_int(group, "group", cls)
        self.has_bias = has_bias
        for k in kernel_size:
            V.check_positive_int(k, "kernel_size item", cls)
        for s in stride:
            V.check_positive_int(s, "stride item", cls)
        for d in dilation:
            V.check_positive_int(d, "dilation item", cls)
        if in_channels % group != 0:
            raise ValueError(f"For '{cls}', the attr 'in_channels' must be divisible by attr "
                             f"'group', but got 'in_channels': {in_channels} and 'group': {group}.")
        if out_channels % group != 0:
            raise ValueError(f"For '{cls}', the 'out_channels' must be divisible by attr "
                             f"'group', but got 'out_channels': {out_channels} and 'group': "
                             f"{group}.")
        if transposed:
            shape = [in_channels, out_channels // group, *kernel_size]
        else:
            shape = [out_channels, in_channels // group, *kernel_size]
        if weight_init is None:
            weight_init = HeUniform(math.sqrt(5))
        self.weight_init = weight_init
        self.weight = Parameter(initializer(weight_init, shape, dtype=dtype), name="weight")
        self.bias_init = bias_init
        if V.check_bool(has_bias, "has_bias", cls):
            if bias_init is None:
                fan_in = _fan_in(shape)
                bias_init = Uniform(1 / math.sqrt(fan_in)) if fan_in != 0 else "zeros"
                self.bias_init = bias_init
            self.bias = Parameter(initializer(self.bias_init, [out_channels], dtype=dtype),
                                  name="bias")
        else:
            self.bias = None

    def _check_pad_mode(self):
        mode = self.pad_mode
        if not isinstance(mode, str) or mode not in ("valid", "same", "pad"):
            raise ValueError(f"For 'Conv2D', the 'pad_mode' must be str and must be in "
                             f"'['valid', 'same', 'pad']', but got '{mode}'.")
        pads = self.padding if isinstance(self.padding, tuple) else (self.padding,) * 4
        if isinstance(self.padding, tuple) and len(self.padding) != 4:
            raise ValueError(f"For 'Conv2D', the 'pad size' must be int and must = 4, but got "
                             f"'{len(self.padding)}' with type 'int'.")
        if mode != "pad" and any(p != 0 for p in pads):
            raise ValueError(f"For 'Conv2D', the 'pad' must be zero when 'pad_mode' is not "
                             f"'pad', but got 'pad': {self.padding} and 'pad_mode': {mode}.")

    def _add_bias(self, y):
        if self.has_bias:
            y = y + self.bias._array().astype(y.dtype).reshape(1, -1, 1, 1)
        return y

    def construct(self, *inputs):
        raise NotImplementedError(f"'{type(self).__name__}' must define 'construct'.")

    def extend_repr(self):
        return (f"input_channels={self.in_channels}, output_channels={self.out_channels}, "
                f"kernel_size={self.kernel_size}, stride={self.stride}, pad_mode={self.pad_mode}, "
                f"padding={self.padding}, dilation={self.dilation}, group={self.group}, "
                f"has_bias={self.has_bias}, weight_init={self.weight_init}, "
                f"bias_init={self.bias_init}, format={self.data_format}")


def _check_group_divides(in_channels, out_channels, group, cls):
    V.check_positive_int(group, "group", cls)
    if not (in_channels % group == 0 and out_channels % group == 0):
        raise ValueError(f"The argument 'group' should be divisible by 'in_channels' and "
                         f"'out_channels', but got group:{group}, in_channels:{in_channels}, "
                         f"out_channels:{out_channels}.")


class Conv2d(_Conv):
    """2-D convolution over ``(N, C_in, H, W)``; see the module docstring for MindSpore's rules."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same",
                 padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None,
                 data_format="NCHW", dtype=mstype.float32):
        kernel_size = V.twice(kernel_size, "kernel_size", "Conv2d")
        stride = V.twice(stride, "stride", "Conv2d")
        self_dilation = dilation
        dilation = V.twice(dilation, "dilation", "Conv2d")
        _check_group_divides(in_channels, out_channels, group, "Conv2d")
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding,
                         dilation, group, has_bias, weight_init, bias_init, data_format,
                         dtype=dtype)
        self._dilation = self_dilation
        self._check_pad_mode()

    def construct(self, x):
        y = K.conv2d_nchw(x._array(), self.weight._array(), self.stride, self.pad_mode,
                          self.padding, self.dilation, self.group)
        return Tensor._wrap(self._add_bias(y))


def _check_1d_args(cls, kernel_size, stride, padding, dilation):
    for name, value in (("kernel_size", kernel_size), ("stride", stride), ("padding", padding),
                        ("dilation", dilation)):
        V.check_value_type(name, value, [int], cls)
    for name, value in (("kernel_size", kernel_size), ("stride", stride),
                        ("dilation", dilation)):
        if value < 1:
            raise ValueError(f"For '{cls}', the '{name}' must be int and must >= 1, but got "
                             f"'{value}' with type 'int'.")
    V.check_non_negative_int(padding, "padding", cls)


def _expand_1d_weight_init(weight_init, cls):
    if isinstance(weight_init, Tensor):
        if weight_init.ndim != 3:
            raise ValueError(f"For '{cls}', the 'weight_init_shape' must be equal to 3, but got "
                             f"{weight_init.ndim}.")
        return Tensor(np.expand_dims(weight_init.asnumpy(), 2), weight_init.dtype)
    return weight_init


class Conv1d(_Conv):
    """1-D convolution over ``(N, C_in, L)``; the weight is stored as ``(out, in/group, 1, k)``."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same",
                 padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None,
                 dtype=mstype.float32):
        _check_1d_args("Conv1d", kernel_size, stride, padding, dilation)
        _check_group_divides(in_channels, out_channels, group, "Conv1d")
        weight_init = _expand_1d_weight_init(weight_init, "Conv1d")
        super().__init__(in_channels, out_channels, (1, kernel_size), (1, stride), pad_mode,
                         padding, (1, dilation), group, has_bias, weight_init, bias_init,
                         dtype=dtype)
        self.padding = (0, 0, padding, padding)
        if pad_mode not in ("valid", "same", "pad"):
            raise ValueError(f"For 'Conv1d', the 'pad_mode' must be str and must be in "
                             f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")
        self._check_pad_mode()

    def construct(self, x):
        a = x._array()
        a = a.reshape(a.shape[:2] + (1,) + a.shape[2:])
        y = K.conv2d_nchw(a, self.weight._array(), self.stride, self.pad_mode, self.padding,
                          self.dilation, self.group)
        y = self._add_bias(y)
        return Tensor._wrap(y[:, :, 0, :])


class Conv2dTranspose(_Conv):
    """Transposed 2-D convolution (the adjoint of Conv2d); weight ``(in, out/group, kh, kw)``.

    Output size: 'same' ``H*stride``; 'valid' ``H*stride + max(k_eff - stride, 0)``; 'pad'
    ``H*stride - (top+bottom) + k_eff - stride``; plus ``output_padding`` (pad mode only).
    """

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same",
                 padding=0, output_padding=0, dilation=1, group=1, has_bias=False,
                 weight_init=None, bias_init=None, dtype=mstype.float32):
        kernel_size = V.twice(kernel_size, "kernel_size", "Conv2dTranspose")
        stride = V.twice(stride, "stride", "Conv2dTranspose")
        dilation = V.twice(dilation, "dilation", "Conv2dTranspose")
        V.check_value_type("padding", padding, (int, tuple), "Conv2dTranspose")
        if isinstance(padding, tuple) and len(padding) != 4:
            raise ValueError(f"For 'Conv2dTranspose', the 'padding size' must be equal to 4, but "
                             f"got {len(padding)}.")
        V.check_value_type("output_padding", output_padding, (int, tuple), "Conv2dTranspose")
        if isinstance(output_padding, tuple) and len(output_padding) != 2:
            raise ValueError(f"For 'Conv2dTranspose', the 'output_padding size' must be equal "
                             f"to 2, but got {len(output_padding)}.")
        super().__init__(in_channels, out_channels, kernel_size, stride, pad_mode, padding,
                         dilation, group, has_bias, weight_init, bias_init, transposed=True,
                         dtype=dtype)
        if pad_mode not in ("valid", "same", "pad"):
            raise ValueError(f"For 'Conv2dTranspose', the 'pad_mode' must be str and must be in "
                             f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")
        self.output_padding = output_padding
        p = (padding,) * 4 if isinstance(padding, int) else padding
        self.padding_top, self.padding_bottom, self.padding_left, self.padding_right = p

    def _output_padding(self):
        op = self.output_padding
        pairs = op if isinstance(op, tuple) else (op, op)
        for i, v in enumerate(pairs):
            limit = max(self.dilation[i], self.stride[i])
            if v < 0 or v >= limit:
                which = f"output_padding[{i}]" if isinstance(op, tuple) else "output_padding"
                dim = "h" if i == 0 else "w"
                raise ValueError(f"{which} must be in range of [0, max(stride_{dim}, "
                                 f"dilation_{dim})).")
        if self.pad_mode != "pad" and any(pairs):
            raise ValueError("when output_padding is not zero, pad_mode must be 'pad'")
        return pairs

    def construct(self, x):
        a = x._array()
        n, _, h, w = a.shape
        pads = (self.padding_top, self.padding_bottom, self.padding_left, self.padding_right)
        h_out = K.deconv_output_length(self.pad_mode, h, self.kernel_size[0], self.stride[0],
                                       self.dilation[0], pads[0] + pads[1])
        w_out = K.deconv_output_length(self.pad_mode, w, self.kernel_size[1], self.stride[1],
                                       self.dilation[1], pads[2] + pads[3])
        y = K.conv2d_transpose_nchw(a, self.weight._array(), (n, self.out_channels, h_out, w_out),
                                    self.stride, self.pad_mode, pads, self.dilation, self.group)
        y = self._add_bias(y)
        oph, opw = self._output_padding()
        if oph or opw:
            import jax.numpy as jnp
            y = jnp.pad(y, ((0, 0), (0, 0), (0, oph), (0, opw)))
        return Tensor._wrap(y)


class Conv1dTranspose(_Conv):
    """Transposed 1-D convolution over ``(N, C_in, L)``; weight ``(in, out/group, 1, k)``."""

    def __init__(self, in_channels, out_channels, kernel_size, stride=1, pad_mode="same",
                 padding=0, dilation=1, group=1, has_bias=False, weight_init=None, bias_init=None,
                 dtype=mstype.float32):
        _check_1d_args("Conv1dTranspose", kernel_size, stride, padding, dilation)
        weight_init = _expand_1d_weight_init(weight_init, "Conv1dTranspose")
        super().__init__(in_channels, out_channels, (1, kernel_size), (1, stride), pad_mode,
                         padding, (1, dilation), group, has_bias, weight_init, bias_init,
                         transposed=True, dtype=dtype)
        self.padding = (0, 0, padding, padding)
        if pad_mode not in ("valid", "same", "pad"):
            raise ValueError(f"For 'Conv1dTranspose', the 'pad_mode' must be str and must be in "
                             f"'['valid', 'same', 'pad']', but got '{pad_mode}'.")

    def construct(self, x):
        a = x._array()
        if a.ndim != 3:
            raise ValueError(f"For 'Conv1dTranspose', the dimension of input must be 3d, but got "
                             f"{a.ndim}.")
        a = a[:, :, None, :]
        n, _, h, w = a.shape
        h_out = K.deconv_output_length(self.pad_mode, h, 1, 1, 1, 0)
        w_out = K.deconv_output_length(self.pad_mode, w, self.kernel_size[1], self.stride[1],
                                       self.dilation[1], self.padding[2] + self.padding[3])
        y = K.conv2d_transpose_nchw(a, self.weight._array(), (n, self.out_channels, h_out, w_out),
                                    self.stride, self.pad_mode, self.padding, self.dilation,
                                    self.group)
        y = self._add_bias(y)
        return Tensor._wrap(y[:, :, 0, :])
