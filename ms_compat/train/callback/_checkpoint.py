"""``CheckpointConfig`` and ``ModelCheckpoint``: save checkpoints during training.

MindSpore 2.10 behaviour: a checkpoint ``<prefix>-<epoch>_<step in epoch>.ckpt`` is written every
``save_checkpoint_steps`` steps (or ``save_checkpoint_seconds``) and once more at the end of
training; at most ``keep_checkpoint_max`` files of this prefix are kept (the oldest is removed);
a prefix whose checkpoints already exist in the directory becomes ``<prefix>_1`` (``_2`` ...);
``append_info`` adds ``epoch_num`` / ``step_num`` / user values to each file. The file is written
by ``mindspore.train.serialization.save_checkpoint`` with the train network's Parameters
(network weights and optimizer state).

Difference: MindSpore also writes ``<prefix>-graph.meta`` (its compiled-graph protobuf); ms_compat
has no MindSpore graph to write and does not create it.
"""
from __future__ import annotations

import os
import time

from ... import _checkparam as V
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ._callback import Callback

__all__ = ["CheckpointConfig", "ModelCheckpoint"]

_INFO_KEYS = ["epoch_num", "step_num"]


def _isinstance_check(arg_name, value, classes):
    if not isinstance(value, classes):
        raise ValueError(f"The parameter '{arg_name}' must be isinstance of {classes}, "
                         f"but got {value}.")
    return value


class CheckpointConfig:
    """When and how checkpoints are saved (see module docstring)."""

    def __init__(self, save_checkpoint_steps=1, save_checkpoint_seconds=0, keep_checkpoint_max=5,
                 keep_checkpoint_per_n_minutes=0, integrated_save=True, async_save=False,
                 saved_network=None, append_info=None, enc_key=None, enc_mode="AES-GCM",
                 exception_save=False, crc_check=False, remove_redundancy=False, format="ckpt",
                 **kwargs):
        if save_checkpoint_steps is not None:
            save_checkpoint_steps = V.non_negative_int(save_checkpoint_steps)
        if save_checkpoint_seconds is not None:
            save_checkpoint_seconds = V.non_negative_int(save_checkpoint_seconds)
        if keep_checkpoint_max is not None:
            keep_checkpoint_max = V.non_negative_int(keep_checkpoint_max)
        if keep_checkpoint_per_n_minutes is not None:
            keep_checkpoint_per_n_minutes = V.non_negative_int(keep_checkpoint_per_n_minutes)
        if saved_network is not None and not isinstance(saved_network, Cell):
            raise TypeError("For 'CheckpointConfig', the type of 'saved_network' must be None or "
                            f"Cell, but got {str(type(saved_network))}.")
        if not save_checkpoint_steps and not save_checkpoint_seconds and \
                not keep_checkpoint_max and not keep_checkpoint_per_n_minutes:
            raise ValueError("For 'CheckpointConfig', the input arguments "
                             "'save_checkpoint_steps', 'save_checkpoint_seconds', "
                             "'keep_checkpoint_max' and 'keep_checkpoint_per_n_minutes' can't be "
                             "all None or 0.")
        V.check_bool(exception_save)
        self.exception_save = exception_save
        self._save_checkpoint_steps = save_checkpoint_steps
        self._save_checkpoint_seconds = save_checkpoint_seconds
        if self._save_checkpoint_steps and self._save_checkpoint_steps > 0:
            self._save_checkpoint_seconds = None
        self._keep_checkpoint_max = keep_checkpoint_max
        self._keep_checkpoint_per_n_minutes = keep_checkpoint_per_n_minutes
        if self._keep_checkpoint_max and self._keep_checkpoint_max > 0:
            self._keep_checkpoint_per_n_minutes = None
        elif not self._keep_checkpoint_per_n_minutes:
            self._keep_checkpoint_max = 1
        self._integrated_save = V.check_bool(integrated_save)
        if async_save not in (False, True, "thread", "process"):
            raise ValueError("For 'CheckpointConfig', the 'async_save' must be bool, 'thread' or "
                             f"'process', but got {async_save}.")
        self._async_save = async_save
        self._saved_network = saved_network
        self._append_dict = self._handle_append_info(append_info)
        self._enc_key = _isinstance_check("enc_key", enc_key, (type(None), bytes))
        self._enc_mode = _isinstance_check("enc_mode", enc_mode, str)
        self._crc_check = _isinstance_check("crc_check", crc_check, bool)
        self._format = _isinstance_check("format", format, str)
        self._map_param_inc = kwargs.get("incremental", False)
        self.enable_redundance = kwargs.get("enable_redundance", False)
        self.remove_redundancy = _isinstance_check("remove_redundancy", remove_redundancy, bool)
        if format == "safetensors" and (enc_key is not None or enc_mode != "AES-GCM" or
                                        crc_check or exception_save or self._map_param_inc):
            raise ValueError("For 'save_checkpoint', when format is 'safetensors', other param "
                             "must be default.")

    save_checkpoint_steps = property(lambda self: self._save_checkpoint_steps)
    save_checkpoint_seconds = property(lambda self: self._save_checkpoint_seconds)
    keep_checkpoint_max = property(lambda self: self._keep_checkpoint_max)
    keep_checkpoint_per_n_minutes = property(lambda self: self._keep_checkpoint_per_n_minutes)
    integrated_save = property(lambda self: self._integrated_save)
    async_save = property(lambda self: self._async_save)
    saved_network = property(lambda self: self._saved_network)
    enc_key = property(lambda self: self._enc_key)
    enc_mode = property(lambda self: self._enc_mode)
    crc_check = property(lambda self: self._crc_check)
    format = property(lambda self: self._format)
    append_dict = property(lambda self: self._append_dict)
    map_param_inc = property(lambda self: self._map_param_inc)

    def get_checkpoint_policy(self):
        return {"save_checkpoint_steps": self.save_checkpoint_steps,
                "save_checkpoint_seconds": self.save_checkpoint_seconds,
                "keep_checkpoint_max": self.keep_checkpoint_max,
                "keep_checkpoint_per_n_minutes": self.keep_checkpoint_per_n_minutes,
                "saved_network": self.saved_network}

    @staticmethod
    def _handle_append_info(append_info):
        if append_info is None or append_info == []:
            return None
        if not isinstance(append_info, list):
            raise TypeError("For 'CheckpointConfig', the type of 'append_info' must be list,"
                            f"but got {str(type(append_info))}.")
        out = {}
        if "epoch_num" in append_info:
            out["epoch_num"] = 0
        if "step_num" in append_info:
            out["step_num"] = 0
        dicts = 0
        for element in append_info:
            if not isinstance(element, (str, dict)):
                raise TypeError("For 'CheckpointConfig', the type of 'append_info' element must "
                                f"be str or dict,but got {str(type(element))}.")
            if isinstance(element, str) and element not in _INFO_KEYS:
                raise ValueError("For 'CheckpointConfig', the value of element in the argument "
                                 f"'append_info' must be in {_INFO_KEYS}, but got {element}.")
            if isinstance(element, dict):
                dicts += 1
                if dicts > 1:
                    raise TypeError("For 'CheckpointConfig', the element of 'append_info' must "
                                    "has only one dict, but got {dict_num}")
                for key, value in element.items():
                    if not (isinstance(key, str) and
                            isinstance(value, (int, float, bool, str, Parameter, Tensor))):
                        raise TypeError("For 'CheckpointConfig', the key type of the dict "
                                        "'append_info' must be string, the value type must be "
                                        "int or float or bool, but got key type "
                                        f"{type(key)}, value type {type(value)}")
                    out[key] = value
        return out


def _unique_prefix(directory, prefix):
    """``prefix`` or ``prefix_<n>`` when checkpoints of that prefix exist (MindSpore's rule)."""
    suffix = 0
    n = len(prefix)
    for filename in os.listdir(directory):
        ext = os.path.splitext(filename)[1]
        if ext not in (".ckpt", ".safetensors") or filename.endswith("_breakpoint.ckpt"):
            continue
        if filename.startswith(prefix) and len(filename) > n and not filename[n].isalpha():
            index = filename[n:].find("-")
            if index == 0:
                suffix = max(suffix, 1)
            elif index != -1:
                num = filename[n + 1:n + index]
                if num.isdigit():
                    suffix = max(suffix, int(num) + 1)
    return f"{prefix}_{suffix}" if suffix else prefix


class _CheckpointFiles:
    """The checkpoint files of one prefix in a directory, oldest first."""

    def __init__(self, fmt):
        self._fmt = fmt
        self._files = []

    def update(self, directory, prefix):
        ext = "." + self._fmt
        files = [os.path.join(directory, f) for f in os.listdir(directory)
                 if f.startswith(prefix + "-") and f.endswith(ext)]
        self._files = sorted(files, key=os.path.getmtime)

    @property
    def count(self):
        return len(self._files)

    def remove_oldest(self):
        if self._files:
            os.remove(self._files.pop(0))

    def keep_one_per_minutes(self, minutes, now):
        keep, deadline = None, now - minutes * 60
        for f in list(self._files):
            if os.path.getmtime(f) < deadline:
                continue
            if keep is None:
                keep = f
            else:
                os.remove(f)
                self._files.remove(f)


class ModelCheckpoint(Callback):
    """Save checkpoints of the train network (see module docstring)."""

    def __init__(self, prefix="CKP", directory=None, config=None):
        super().__init__()
        self._latest_ckpt_file_name = ""
        self._last_time = time.time()
        self._last_time_for_keep = time.time()
        self._last_triggered_step = 0
        self._prefix_func = prefix if callable(prefix) else None
        self._directory_func = directory if callable(directory) else None
        if not callable(prefix) and (not isinstance(prefix, str) or prefix.find("/") >= 0):
            raise ValueError("For 'ModelCheckpoint', the argument 'prefix' for checkpoint file "
                             "name is invalid, it must be callable or string that does not "
                             f"contain '/', but got {prefix}.")
        self._prefix = prefix
        if directory is None:
            self._directory = os.getcwd()
        elif not callable(directory):
            self._directory = _make_directory(directory)
        if config is None:
            config = CheckpointConfig()
        elif not isinstance(config, CheckpointConfig):
            raise TypeError("For 'ModelCheckpoint', the type of argument 'config' should be "
                            f"'CheckpointConfig', but got {type(config)}.")
        self._config = config
        self._files = _CheckpointFiles(config.format)
        if not callable(directory) and not callable(prefix):
            self._prefix = _unique_prefix(self._directory, self._prefix)
        self._append_dict = config.append_dict or {}
        self._append_epoch_num = self._append_dict.get("epoch_num", 0)
        self._append_step_num = self._append_dict.get("step_num", 0)

    @property
    def latest_ckpt_file_name(self):
        return self._latest_ckpt_file_name

    @property
    def _get_save_checkpoint_steps(self):
        return self._config.save_checkpoint_steps

    @property
    def _get_last_trigger_step(self):
        return self._last_triggered_step

    def step_end(self, run_context):
        cb_params = run_context.original_args()
        if self._prefix_func:
            self._prefix = self._prefix_func(cb_params)
            if not isinstance(self._prefix, str) or self._prefix.find("/") >= 0:
                raise ValueError("For 'ModelCheckpoint', the argument 'prefix' for checkpoint "
                                 "file name is callable, it must return a string that does not "
                                 f"contain '/', but got {self._prefix}.")
        if self._directory_func:
            self._directory = _make_directory(self._directory_func(cb_params))
        self._save_ckpt(cb_params)

    def end(self, run_context):
        self._save_ckpt(run_context.original_args(), force_to_save=True)

    def _check_save_ckpt(self, cb_params, force_to_save):
        cfg = self._config
        if cfg.save_checkpoint_steps and cfg.save_checkpoint_steps > 0:
            return cb_params.cur_step_num >= self._last_triggered_step + \
                cfg.save_checkpoint_steps or force_to_save is True
        if cfg.save_checkpoint_seconds and cfg.save_checkpoint_seconds > 0:
            now = time.time()
            if (now - self._last_time) > cfg.save_checkpoint_seconds or force_to_save:
                self._last_time = now
                return True
        return False

    def _save_ckpt(self, cb_params, force_to_save=False):
        if cb_params.cur_step_num == self._last_triggered_step:
            return
        if not self._check_save_ckpt(cb_params, force_to_save):
            return
        cfg = self._config
        step_in_epoch = int((cb_params.cur_step_num - 1) % cb_params.batch_num + 1)
        if self._prefix_func:
            name = f"{self._prefix}.{cfg.format}"
        else:
            name = f"{self._prefix}-{cb_params.cur_epoch_num}_{step_in_epoch}.{cfg.format}"
        self._files.update(self._directory, self._prefix)
        if cfg.keep_checkpoint_max and 0 < cfg.keep_checkpoint_max <= self._files.count:
            self._files.remove_oldest()
        elif cfg.keep_checkpoint_per_n_minutes and cfg.keep_checkpoint_per_n_minutes > 0:
            now = time.time()
            if now - self._last_time_for_keep < cfg.keep_checkpoint_per_n_minutes * 60:
                self._files.keep_one_per_minutes(cfg.keep_checkpoint_per_n_minutes, now)
        path = os.path.join(self._directory, name)
        self._last_time_for_keep = time.time()
        self._last_triggered_step = cb_params.cur_step_num
        if "epoch_num" in self._append_dict:
            self._append_dict["epoch_num"] = self._append_epoch_num + cb_params.cur_epoch_num
        if "step_num" in self._append_dict:
            self._append_dict["step_num"] = self._append_step_num + cb_params.cur_step_num
        network = cfg.saved_network if cfg.saved_network is not None else \
            cb_params.train_network
        from ..serialization import save_checkpoint
        kwargs = {}
        if self._append_dict:
            kwargs["append_dict"] = self._append_dict
        if cfg.format != "ckpt":
            kwargs["format"] = cfg.format
        save_checkpoint(network, path, **kwargs)
        self._latest_ckpt_file_name = path
        cb_params.latest_ckpt_file = path
        cb_params.last_save_ckpt_step = cb_params.cur_step_num


def _make_directory(path):
    """Create ``path`` (and parents) if needed; return its real path."""
    if not path or not isinstance(path, str) or path.strip() == "":
        raise ValueError(f"The input path '{path}' is invalid.")
    path = os.path.realpath(path)
    os.makedirs(path, exist_ok=True)
    return path
