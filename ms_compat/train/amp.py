"""``mindspore.train.amp``: automatic mixed precision and ``build_train_network``.

MindSpore 2.10 semantics:
  * ``auto_mixed_precision(network, amp_level, dtype=float16)``:
      - ``O0``: unchanged;
      - ``O1``: the white-listed Cells (Dense, Conv*, RNN cells) compute in ``dtype`` and give
        Float32 outputs;
      - ``O2``: the whole network computes in ``dtype`` (``to_float``) except the black-listed
        Cells (BatchNorm*, LayerNorm), which stay Float32 and give ``dtype`` outputs
        (``_OutputTo16``); the network output is cast to Float32 (``_OutputTo32``);
      - ``O3``: everything in ``dtype``, output cast to Float32;
      - ``auto`` (per-primitive lists) is not supported: NotImplementedError.
    The result is marked with ``_amp_level``; Parameters stay Float32 and keep their names.
  * ``build_train_network(network, optimizer, loss_fn=None, level='O0', boost_level='O0',
    **kwargs)`` applies the level's configuration (``cast_model_type``,
    ``keep_batchnorm_fp32``, ``loss_scale_manager``: O2 uses a DynamicLossScaleManager), adds
    the loss (Float32 casts of output and label when the model runs in Float16) and returns a
    ``TrainOneStepCell`` or, when the loss-scale manager has an update Cell, a
    ``TrainOneStepWithLossScaleCell``, in training mode. As in MindSpore, a loss-scale update
    Cell is refused when ``device_target`` is CPU (only ``loss_scale_manager=None`` or a
    ``FixedLossScaleManager(drop_overflow_update=False)`` there).

Difference: MindSpore's O1 rewrites the network's source to cast around white-listed
primitives (MatMul, Conv2D, ReLU ...) wherever they are called; ms_compat casts at the boundary
of the white-listed Cells only, and leaves primitives called directly in a ``construct`` alone.
"""
from __future__ import annotations

from .. import _checkparam as V
from .._src import context as _context
from .._src import dtype as mstype
from .._src.cell import Cell
from .._src.cell import touch as _cell_touch
from .._src.tensor import Tensor

__all__ = ["auto_mixed_precision", "build_train_network", "get_white_list", "get_black_list",
           "custom_mixed_precision"]

_WHITE_NAMES = ("Conv1d", "Conv2d", "Conv3d", "Conv1dTranspose", "Conv2dTranspose",
                "Conv3dTranspose", "Dense", "LSTMCell", "RNNCell", "GRUCell")
_BLACK_NAMES = ("BatchNorm1d", "BatchNorm2d", "BatchNorm3d", "LayerNorm")


def _classes(names):
    from .. import nn
    out = []
    for n in names:
        try:
            cls = getattr(nn, n)
        except (AttributeError, NotImplementedError):
            continue
        if isinstance(cls, type):
            out.append(cls)
    return out


def get_white_list():
    """The Cell classes O1 runs in low precision."""
    return _classes(_WHITE_NAMES)


def get_black_list():
    """The Cell classes O2 keeps in Float32."""
    return _classes(_BLACK_NAMES)


def _cast_tree(value, dt):
    """Cast every floating Tensor in ``value`` (nested tuples/lists/dicts) to ``dt``."""
    if isinstance(value, Tensor):
        if mstype.is_float(value.dtype) and value.dtype is not dt:
            return value.astype(dt)
        return value
    if isinstance(value, (tuple, list)):
        return type(value)(_cast_tree(v, dt) for v in value)
    if isinstance(value, dict):
        return {k: _cast_tree(v, dt) for k, v in value.items()}
    return value


class _OutputTo16(Cell):
    """Run ``backbone`` and cast its output to ``dtype`` (wraps black-listed Cells under O2)."""

    def __init__(self, backbone, dtype=mstype.float16):
        super().__init__(auto_prefix=False)
        self._backbone = backbone
        self.dtype = dtype
        _copy_amp_level(self, backbone)

    def construct(self, *args, **kwargs):
        return _cast_tree(self._backbone(*args, **kwargs), self.dtype)


class _OutputTo32(Cell):
    """Run ``backbone`` and cast its floating outputs to Float32."""

    def __init__(self, backbone):
        super().__init__(auto_prefix=False)
        self._backbone = backbone
        _copy_amp_level(self, backbone)

    def construct(self, *args, **kwargs):
        return _cast_tree(self._backbone(*args, **kwargs), mstype.float32)


def _copy_amp_level(cell, network):
    level = network.__dict__.get("_amp_level") if isinstance(network, Cell) else None
    if level is not None:
        _cell_touch()
        cell.__dict__["_amp_level"] = level


def _cast_output_hook(cell, inputs, output):
    return _cast_tree(output, mstype.float32)


def _o1(network, dtype):
    """White-listed Cells compute in ``dtype`` (``to_float``) and return Float32."""
    white = tuple(get_white_list())
    for _, cell in list(network.cells_and_names()):
        if white and isinstance(cell, white) and not cell.__dict__.get("_amp_o1"):
            cell.to_float(dtype)
            cell.register_forward_hook(_cast_output_hook)
            _cell_touch()
            cell.__dict__["_amp_o1"] = True
    return network


def _auto_black_list(network, black, dtype):
    network.to_float(dtype)
    for name, sub in list(network.name_cells().items()):
        if sub is network:
            continue
        if black and isinstance(sub, black):
            network._cells[name] = _OutputTo16(sub.to_float(mstype.float32), dtype)
        else:
            _auto_black_list(sub, black, dtype)
    return network


def auto_mixed_precision(network, amp_level="O0", dtype=mstype.float16):
    """Return ``network`` prepared for mixed precision at ``amp_level`` (see module docstring)."""
    if not isinstance(network, Cell):
        if amp_level == "auto":
            raise NotImplementedError("mindspore.amp.auto_mixed_precision(amp_level='auto') is "
                                      "not supported by ms_compat yet")
        raise TypeError(f"For amp_level '{amp_level}', the network type should be Cell.")
    if dtype not in (mstype.float16, mstype.bfloat16):
        raise ValueError("The dtype should be one of (mstype.float16, mstype.bfloat16), but got "
                         f"{dtype}.")
    if amp_level == "O0":
        return network
    if amp_level == "O1":
        network = _o1(network, dtype)
    elif amp_level == "O2":
        network = _OutputTo32(_auto_black_list(network, tuple(get_black_list()), dtype))
    elif amp_level == "O3":
        network.to_float(dtype)
        network = _OutputTo32(network)
    elif amp_level == "auto":
        raise NotImplementedError("mindspore.amp.auto_mixed_precision(amp_level='auto') is not "
                                  "supported by ms_compat yet")
    else:
        raise ValueError(f"The amp level {amp_level} is not supported")
    _cell_touch()
    network.__dict__["_amp_level"] = amp_level
    return network


def custom_mixed_precision(network, *, white_list=None, black_list=None, dtype=mstype.float16):
    raise NotImplementedError("mindspore.amp.custom_mixed_precision is not supported by "
                              "ms_compat yet")


def _do_keep_batchnorm_fp32(network):
    black = tuple(get_black_list())
    for name, sub in list(network.name_cells().items()):
        if sub is network:
            continue
        if black and isinstance(sub, black):
            network._cells[name] = _OutputTo16(sub.to_float(mstype.float32))
        else:
            _do_keep_batchnorm_fp32(sub)


def _config(level):
    from .loss_scale_manager import DynamicLossScaleManager
    return {
        "O0": {"keep_batchnorm_fp32": False, "cast_model_type": mstype.float32,
               "loss_scale_manager": None},
        "O1": {"keep_batchnorm_fp32": False, "cast_model_type": mstype.float32,
               "loss_scale_manager": None},
        "O2": {"keep_batchnorm_fp32": True, "cast_model_type": mstype.float16,
               "loss_scale_manager": DynamicLossScaleManager()},
        "O3": {"keep_batchnorm_fp32": False, "cast_model_type": mstype.float16,
               "loss_scale_manager": None},
        "auto": {"keep_batchnorm_fp32": False, "cast_model_type": mstype.float32,
                 "loss_scale_manager": None},
    }[level]


def _check_kwargs(kwargs):
    from .loss_scale_manager import LossScaleManager
    for arg in kwargs:
        if arg not in ("cast_model_type", "keep_batchnorm_fp32", "loss_scale_manager"):
            raise ValueError(f"Unsupported arg '{arg}'")
    if "cast_model_type" in kwargs and \
            kwargs["cast_model_type"] not in (mstype.float16, mstype.float32):
        raise TypeError("The 'cast_model_type' should be one of ['Float16', 'Float32'], but got "
                        f"'{kwargs['cast_model_type']}'.")
    if "keep_batchnorm_fp32" in kwargs:
        V.value_type("keep_batchnorm_fp32", kwargs["keep_batchnorm_fp32"], bool)
    if kwargs.get("loss_scale_manager"):
        V.value_type("loss_scale_manager", kwargs["loss_scale_manager"], [LossScaleManager])


def _check_level(level, boost_level):
    if not isinstance(level, str):
        raise TypeError("The argument `level` must be a string in ['O0', 'O1', 'O2', 'O3', "
                        f"'auto'],but got type {type(level)}.")
    if level not in ("O0", "O1", "O2", "O3", "auto"):
        raise ValueError(f"The 'level' should be in : ['O0', 'O1', 'O2', 'O3', 'auto'], "
                         f"but got {level}.")
    if boost_level not in ("O0", "O1", "O2"):
        raise ValueError(f"The 'boost_level' should be in : ['O0', 'O1', 'O2'], but got "
                         f"{boost_level}.")
    if boost_level != "O0":
        raise NotImplementedError(f"mindspore.boost (boost_level='{boost_level}') is not "
                                  "supported by ms_compat yet")


class _AmpWithLossCell(Cell):
    """WithLossCell that casts output and label to Float32 before the loss."""

    def __init__(self, backbone, loss_fn):
        super().__init__(auto_prefix=False)
        self._backbone = backbone
        self._loss_fn = loss_fn
        _copy_amp_level(self, backbone)

    def construct(self, data, label):
        out = self._backbone(data)
        label = _cast_tree(label, mstype.float32)
        return self._loss_fn(_cast_tree(out, mstype.float32), label)


_AmpWithLossCell.__name__ = "WithLossCell"
_AmpWithLossCell.__qualname__ = "WithLossCell"


def _add_loss_network(network, loss_fn, cast_model_type):
    from ..nn.wrap.cell_wrapper import WithLossCell
    V.value_type("loss_fn", loss_fn, Cell)
    if cast_model_type in (mstype.float16, mstype.bfloat16) or \
            network.__dict__.get("_amp_level") in ("O2", "O3", "auto"):
        return _AmpWithLossCell(network, loss_fn)
    return WithLossCell(network, loss_fn)


def _auto_mixed_precision_process(network, config, level):
    if config["cast_model_type"] == mstype.float16:
        network.to_float(mstype.float16)
        if config["keep_batchnorm_fp32"]:
            _do_keep_batchnorm_fp32(network)
    elif not config["keep_batchnorm_fp32"] and level == "O2":
        network.to_float(mstype.float16)
    elif config["cast_model_type"] == mstype.float32 and level in ("O2", "O3"):
        pass
    else:
        network = auto_mixed_precision(network, level)
    return network


def build_train_network(network, optimizer, loss_fn=None, level="O0", boost_level="O0",
                        **kwargs):
    """Mixed-precision training network (see module docstring)."""
    from ..nn.optim.optimizer import Optimizer
    from ..nn.wrap.cell_wrapper import TrainOneStepCell
    from ..nn.wrap.loss_scale import TrainOneStepWithLossScaleCell
    if not isinstance(optimizer, Optimizer):  # MindSpore also accepts its boost/AdaSum wrappers
        raise TypeError("The type of 'optimizer' should be one of '['Optimizer', 'FreezeOpt', "
                        "'AdaSumByGradWrapCell', 'AdaSumByDeltaWeightWrapCell']', but got type "
                        f"'{type(optimizer).__name__}'.")
    _check_level(level, boost_level)
    _check_kwargs(kwargs)
    config = dict(_config(level), **kwargs)
    network = _auto_mixed_precision_process(network, config, level)
    if loss_fn:
        network = _add_loss_network(network, loss_fn, config["cast_model_type"])
    loss_scale = None
    manager = config["loss_scale_manager"]
    if manager is not None:
        loss_scale = manager.get_loss_scale()
        update_cell = manager.get_update_cell()
        if update_cell is not None:
            if _context.get_context("device_target") == "CPU":
                raise ValueError("Only `loss_scale_manager=None` or "
                                 "`loss_scale_manager=FixedLossScaleManager(drop_overflow_update"
                                 "=False)`are supported on device `CPU`. ")
            return TrainOneStepWithLossScaleCell(network, optimizer,
                                                 scale_sense=update_cell).set_train()
    return TrainOneStepCell(network, optimizer, loss_scale).set_train()
