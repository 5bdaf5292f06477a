"""``mindspore.dataset.vision`` transforms on numpy images (HWC or HW), with MindSpore's numbers.

Copied from MindSpore 2.10 (its kernels are OpenCV 4.11 calls; goldens in
``tests/goldens/dataset/transforms.json``):

* ``Rescale(r, s)``: float32 ``x * r + s`` computed as one fused multiply-add of
  ``float32(x)`` (float64 input: ``x`` itself), ``float32(r)``, ``float32(s)`` (OpenCV
  ``convertTo`` on an FMA CPU). int64 / uint32 / uint64 / string images are rejected.
* ``Normalize(mean, std)``: float32 ``(x - mean) / std`` per channel (last axis, or the first
  with ``is_hwc=False``); a single mean/std applies to every channel.
* ``HWC2CHW``: transpose of a 3-D image; a 2-D image is returned unchanged.
* ``ToTensor``: ``Rescale(1/255, 0)`` (float32), then cast to ``output_type``, then CHW; HW gets
  a leading channel axis.
* ``Resize``: ``cv::resize`` reproduced in ``_engine/resize.py``; an int size sets the shorter
  side and the longer one is ``floor(float(long) / short * size)``.
* ``RandomCrop`` / ``RandomHorizontalFlip``: pad (``cv::copyMakeBorder``) then crop at
  ``x = U(0, W - w)``, ``y = U(0, H - h)``; flip when ``bernoulli(prob)``; the draws come from
  ``std::mt19937`` seeded with the pipeline seed when the op is instantiated (see
  ``TensorOperation``).
* ``Decode``: RGB uint8 HWC through Pillow (lossless formats decode identically; JPEG goes
  through libjpeg-turbo's default IDCT on both sides).
"""
import io
import numbers

import numpy as np

from .._engine import rng
from .._engine import resize as _resize
from .._engine.errors import OpFailure
from ..transforms.transforms import TensorOperation
from .utils import Border, Inter

_F32 = np.float32
_CV_UNSUPPORTED = (np.dtype(np.int64), np.dtype(np.uint32), np.dtype(np.uint64))
_MAX_SIZE = 16777216


def _check_number(value, name):
    if not isinstance(value, numbers.Number) or isinstance(value, bool):
        raise TypeError(f"Argument {name} with value {value} is not of type "
                        f"[<class 'numbers.Number'>], but got {type(value)}.")


def _cv_image(x, name):
    """OpenCV can hold this array (MindSpore: 'load image failed' otherwise)."""
    if x.dtype in _CV_UNSUPPORTED or x.dtype.kind in "USOV":
        raise OpFailure(f"[Internal ERROR] {name}: load image failed.")
    return x


def _scale(x, alpha, beta):
    """float32 ``x * alpha + beta`` as MindSpore computes it: the op stores ``alpha`` / ``beta``
    as float32; OpenCV's ``convertTo`` then does a fused multiply-add (exact product, one
    rounding) on float32(x), or on x itself for float64 input."""
    fx = x.astype(np.float64) if x.dtype == np.float64 else x.astype(_F32).astype(np.float64)
    return (fx * float(_F32(alpha)) + float(_F32(beta))).astype(_F32)


class Rescale(TensorOperation):
    """``x * rescale + shift`` in float32."""

    def __init__(self, rescale, shift):
        _check_number(rescale, "rescale")
        _check_number(shift, "shift")
        self.rescale = rescale
        self.shift = shift

    def _compute(self, x):
        return _scale(_cv_image(x, "Rescale"), self.rescale, self.shift)

    def _batch_kernel(self):
        return lambda xb: [self._compute(xb)]


def _check_mean_std(mean, std):
    for name, values in (("mean", mean), ("std", std)):
        if not isinstance(values, (list, tuple)):
            raise TypeError(f"Argument {name} with value {values} is not of type "
                            f"[<class 'list'>, <class 'tuple'>], but got {type(values)}.")
        for i, v in enumerate(values):
            _check_number(v, f"{name}[{i}]")
    if len(mean) != len(std):
        raise ValueError("Length of mean and std must be equal.")
    if not mean:
        raise ValueError("mean and std must not be empty.")
    for i, v in enumerate(mean):
        if not 0 <= v <= 255:
            raise ValueError(f"Input mean[{i}] is not within the required interval of [0, 255].")
    for i, v in enumerate(std):
        if not 0 < v <= 255:
            raise ValueError(f"Input std[{i}] is not within the required interval of (0, 255].")


class Normalize(TensorOperation):
    """``(x - mean) / std`` per channel, float32."""

    def __init__(self, mean, std, is_hwc=True):
        _check_mean_std(mean, std)
        if not isinstance(is_hwc, bool):
            raise TypeError(f"Argument is_hwc with value {is_hwc} is not of type "
                            f"[<class 'bool'>], but got {type(is_hwc)}.")
        self.mean = list(mean)
        self.std = list(std)
        self.is_hwc = is_hwc

    def _batch_kernel(self):
        return lambda xb: [self._compute(xb, batched=True)]

    def _compute(self, x, batched=False):
        if x.dtype.kind in "USOV":
            raise OpFailure("Normalize: unsupported type, currently supported types include "
                            "[bool,int8_t,uint8_t,int16_t,uint16_t,int32_t,uint32_t,int64_t,"
                            "uint64_t,float16,float,double].")
        rank = x.ndim - 1 if batched else x.ndim
        if rank < 2:
            raise OpFailure(f"Normalize: input tensor is not in shape of <H,W,C> or <H,W>, but "
                            f"got rank: {rank}")
        axis = (x.ndim - 1 if self.is_hwc else x.ndim - 3) if rank >= 3 else None
        channels = 1 if axis is None else x.shape[axis]
        n = len(self.mean)
        if n != channels and n != 1:
            raise OpFailure("Normalize: number of channels does not match the size of mean and "
                            f"std vectors, got channels: {channels}, size of mean: {n}")
        shape = [1] * x.ndim
        if axis is not None:
            shape[axis] = n
        mean = np.array(self.mean, _F32).reshape(shape) if axis is not None else _F32(self.mean[0])
        std = np.array(self.std, _F32).reshape(shape) if axis is not None else _F32(self.std[0])
        return ((x.astype(_F32) - mean) / std).astype(_F32)


class HWC2CHW(TensorOperation):
    """Transpose an HWC image to CHW (an HW image is returned as it is)."""

    def _batch_kernel(self):
        def run(xb):
            _cv_image(xb, "HWC2CHW")
            if xb.ndim == 3:
                return [xb.copy()]
            if xb.ndim != 4:
                raise OpFailure("HWC2CHW: batched form needs <N,H,W> or <N,H,W,C>")
            return [np.ascontiguousarray(xb.transpose(0, 3, 1, 2))]
        return run

    def _compute(self, x):
        _cv_image(x, "HWC2CHW")
        if x.ndim == 2:
            return x.copy()
        if x.ndim != 3:
            raise OpFailure(f"HWC2CHW: image shape should be <H,W> or <H,W,C>, but got rank: "
                            f"{x.ndim}")
        return np.ascontiguousarray(x.transpose(2, 0, 1))


class ToTensor(TensorOperation):
    """HWC (or HW) image -> CHW ``output_type`` scaled by 1/255."""

    def __init__(self, output_type=np.float32):
        from ..transforms.transforms import _ms_dtype_to_numpy
        try:
            self._np = _ms_dtype_to_numpy(output_type)
        except (TypeError, ValueError):
            raise TypeError(f"Argument output_type with value {output_type} is not of type "
                            "[<class 'numpy.dtype'>, <class 'mindspore.dtype'>], but got "
                            f"{type(output_type)}.") from None
        self.output_type = output_type

    def _compute(self, x):
        _cv_image(x, "ToTensor")
        if x.ndim not in (2, 3):
            raise OpFailure(f"ToTensor: image shape should be <H,W> or <H,W,C>, but got rank: "
                            f"{x.ndim}")
        out = _scale(x, 1.0 / 255.0, 0.0).astype(self._np)
        if out.ndim == 2:
            return out[None]
        return np.ascontiguousarray(out.transpose(2, 0, 1))

    def _batch_kernel(self):
        def run(xb):
            _cv_image(xb, "ToTensor")
            if xb.ndim not in (3, 4):
                raise OpFailure("ToTensor: batched form needs <N,H,W> or <N,H,W,C>")
            out = _scale(xb, 1.0 / 255.0, 0.0).astype(self._np)
            if out.ndim == 3:
                return [out[:, None]]
            return [np.ascontiguousarray(out.transpose(0, 3, 1, 2))]
        return run


_MODES = {Inter.NEAREST: _resize.NEAREST, Inter.LINEAR: _resize.LINEAR,
          Inter.CUBIC: _resize.CUBIC, Inter.AREA: _resize.AREA}
_RESIZE_DTYPES = tuple(np.dtype(t) for t in (np.uint8, np.uint16, np.int16, np.float32,
                                               np.float64))


def _check_size(size):
    if isinstance(size, int) and not isinstance(size, bool):
        values = [size]
    elif isinstance(size, (list, tuple)) and len(size) == 2:
        values = list(size)
    else:
        raise TypeError("Size should be a single integer or a list/tuple (h, w) of length 2.")
    for v in values:
        if not isinstance(v, int) or isinstance(v, bool):
            raise TypeError(f"Argument size with value {size} is not of type [<class 'int'>], "
                            f"but got {type(v)}.")
        if not 1 <= v <= _MAX_SIZE:
            raise ValueError(f"Input is not within the required interval of [1, {_MAX_SIZE}].")
    return values


class Resize(TensorOperation):
    """Resize to ``size`` ((h, w), or the shorter side for an int) with ``cv::resize``."""

    def __init__(self, size, interpolation=Inter.LINEAR):
        self._size = _check_size(size)
        if not isinstance(interpolation, Inter):
            raise TypeError(f"Argument interpolation with value {interpolation} is not of type "
                            f"[<enum 'Inter'>], but got {type(interpolation)}.")
        if interpolation not in _MODES:
            raise NotImplementedError(f"vision.Resize with Inter.{interpolation.name} is not "
                                      "supported by ms_compat yet")
        self.size = size
        self.interpolation = interpolation

    def _output_size(self, h, w):
        if len(self._size) == 2:
            return self._size
        s = self._size[0]
        if h < w:
            return s, int(np.floor(_F32(_F32(w) / _F32(h)) * _F32(s)))
        return int(np.floor(_F32(_F32(h) / _F32(w)) * _F32(s))), s

    def _compute(self, x):
        if x.ndim < 2:
            raise OpFailure("Resize: the image tensor should have at least two dimensions. You "
                            "may need to perform Decode first.")
        _cv_image(x, "Resize")
        if x.ndim > 3:
            raise OpFailure(f"Resize: input tensor is not in shape of <H,W,C> or <H,W>, but got "
                            f"rank: {x.ndim}")
        if x.dtype not in _RESIZE_DTYPES:
            raise OpFailure(f"Resize: unsupported data type {x.dtype} for cv::resize.")
        oh, ow = self._output_size(x.shape[0], x.shape[1])
        if (oh, ow) == x.shape[:2]:
            return x
        return _resize.resize(x, oh, ow, _MODES[self.interpolation])


def _pad_amounts(padding):
    if padding is None:
        return 0, 0, 0, 0
    if isinstance(padding, int) and not isinstance(padding, bool):
        values = [padding] * 4
    elif isinstance(padding, (list, tuple)) and len(padding) == 2:
        values = [padding[0], padding[1], padding[0], padding[1]]
    elif isinstance(padding, (list, tuple)) and len(padding) == 4:
        values = list(padding)
    else:
        raise TypeError("padding should be a single integer or a list/tuple of 2 or 4 elements.")
    for v in values:
        if not isinstance(v, int) or isinstance(v, bool) or v < 0:
            raise ValueError(f"Input padding is not within the required interval of "
                             f"[0, 2147483647].")
    left, top, right, bottom = values
    return top, bottom, left, right


def _fill(fill_value):
    if isinstance(fill_value, int) and not isinstance(fill_value, bool):
        values = [fill_value] * 3
    elif isinstance(fill_value, (list, tuple)) and len(fill_value) == 3:
        values = list(fill_value)
    else:
        raise TypeError("fill_value should be a single integer or a 3-tuple.")
    for v in values:
        if not isinstance(v, int) or not 0 <= v <= 255:
            raise ValueError("Input fill_value is not within the required interval of [0, 255].")
    return values


_NP_PAD = {Border.EDGE: "edge", Border.REFLECT: "reflect", Border.SYMMETRIC: "symmetric"}


def _pad(x, top, bottom, left, right, mode, fill):
    if not (top or bottom or left or right):
        return x
    widths = [(top, bottom), (left, right)] + [(0, 0)] * (x.ndim - 2)
    if mode == Border.CONSTANT:
        if x.ndim == 3 and x.shape[2] == 3:
            out = np.empty((x.shape[0] + top + bottom, x.shape[1] + left + right, 3), x.dtype)
            out[...] = np.array(fill, dtype=np.float64).astype(x.dtype)
            out[top:top + x.shape[0], left:left + x.shape[1]] = x
            return out
        return np.pad(x, widths, mode="constant", constant_values=np.array(fill[0]).astype(x.dtype))
    return np.pad(x, widths, mode=_NP_PAD[mode])


class RandomCrop(TensorOperation):
    """Pad, then crop ``size`` at a random position."""

    _random = True

    def __init__(self, size, padding=None, pad_if_needed=False, fill_value=0,
                 padding_mode=Border.CONSTANT):
        values = _check_size(size)
        self.size = size
        self._crop = (values[0], values[0]) if len(values) == 1 else tuple(values)
        self.padding = padding
        self._pads = _pad_amounts(padding)
        if not isinstance(pad_if_needed, bool):
            raise TypeError(f"Argument pad_if_needed with value {pad_if_needed} is not of type "
                            f"[<class 'bool'>], but got {type(pad_if_needed)}.")
        self.pad_if_needed = pad_if_needed
        self.fill_value = fill_value
        self._fill = _fill(fill_value)
        if not isinstance(padding_mode, Border):
            raise TypeError(f"Argument padding_mode with value {padding_mode} is not of type "
                            f"[<enum 'Border'>], but got {type(padding_mode)}.")
        self.padding_mode = padding_mode

    def _raw_kernel(self, worker=0):
        gen = rng.MT19937(rng.op_seed() + worker)
        return lambda x: self._crop_with(gen, x)

    def _crop_with(self, gen, x):
        if x.ndim not in (2, 3):
            raise OpFailure(f"RandomCrop: input tensor is not in shape of <H,W,C> or <H,W>, but "
                            f"got rank: {x.ndim}")
        _cv_image(x, "RandomCrop")
        ch, cw = self._crop
        top, bottom, left, right = self._pads
        h, w = x.shape[:2]
        if not (top < 3 * h and bottom < 3 * h and left < 3 * w and right < 3 * w):
            raise OpFailure(f"Pad: padding size is three times bigger than the image size, "
                            f"padding top: {top}, padding bottom: {bottom}, padding pad_left_: "
                            f"{left}, padding padding right:{right}, image shape: {h}, {w}")
        img = _pad(x, top, bottom, left, right, self.padding_mode, self._fill)
        ph, pw = img.shape[:2]
        if (ph, pw) == (ch, cw):
            return img
        if self.pad_if_needed:
            if ph < ch:
                img = _pad(img, ch - ph, ch - ph, 0, 0, self.padding_mode, self._fill)
            if pw < cw:
                img = _pad(img, 0, 0, cw - pw, cw - pw, self.padding_mode, self._fill)
            ph, pw = img.shape[:2]
        if ph < ch or pw < cw:
            raise OpFailure("RandomCrop: invalid crop size, crop size is bigger than the image "
                            f"dimensions, got crop height: {ch}, crop width: {cw}")
        x0 = rng.uniform_int(gen, 0, pw - cw)
        y0 = rng.uniform_int(gen, 0, ph - ch)
        return np.ascontiguousarray(img[y0:y0 + ch, x0:x0 + cw])


class RandomHorizontalFlip(TensorOperation):
    """Flip left-right with probability ``prob``."""

    _random = True

    def __init__(self, prob=0.5):
        _check_number(prob, "prob")
        if not 0.0 <= prob <= 1.0:
            raise ValueError("Input prob is not within the required interval of [0.0, 1.0].")
        self.prob = prob

    def _raw_kernel(self, worker=0):
        gen = rng.MT19937(rng.op_seed() + worker)

        def flip(x):
            if x.ndim < 2:
                raise OpFailure(f"RandomHorizontalFlip: the image tensor should have at least two "
                                f"dimensions, but got rank: {x.ndim}")
            _cv_image(x, "RandomHorizontalFlip")
            if rng.bernoulli(gen, self.prob):
                return np.ascontiguousarray(x[:, ::-1] if x.ndim <= 3 else x[..., :, ::-1, :])
            return x
        return flip


class Decode(TensorOperation):
    """Decode an encoded image (1-D uint8 bytes) to RGB uint8 HWC."""

    def __init__(self, to_pil=False):
        if to_pil:
            raise NotImplementedError("vision.Decode(to_pil=True) is not supported by "
                                      "ms_compat yet")
        self.to_pil = to_pil

    def __call__(self, img):
        x = img if isinstance(img, np.ndarray) else np.asarray(img)
        if x.ndim != 1:
            raise TypeError(f"The number of array dimensions of the encoded image should be 1, "
                            f"but got {x.ndim}.")
        if x.dtype != np.uint8:
            raise TypeError(f"The data type of the encoded image should be uint8, but got "
                            f"{x.dtype}.")
        return self._kernel_call(x)

    def _compute(self, x):
        if x.ndim != 1 or x.dtype != np.uint8:
            raise OpFailure("Decode: invalid input shape, only support 1D input, got rank: "
                            f"{x.ndim}")
        try:
            from PIL import Image
        except ImportError as e:
            raise NotImplementedError("vision.Decode needs Pillow (pip install pillow)") from e
        try:
            with Image.open(io.BytesIO(x.tobytes())) as im:
                return np.asarray(im.convert("RGB")).copy()
        except Exception:  # noqa: BLE001 - any decoder failure is MindSpore's decode failure
            raise OpFailure("Decode: image decode failed.") from None
