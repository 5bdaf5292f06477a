"""``save_checkpoint``: argument checks, collection, then one atomic write (see ``atomic``).

Semantics copied from MindSpore 2.10 (argument order of checks, messages, the file-name
extension rule, owner-read-only result). ``async_save`` and encryption are not implemented:
truthy values raise ``NotImplementedError`` naming the argument, after MindSpore's own checks.
"""
from __future__ import annotations

import numpy as np
import safetensors

from . import atomic, checks, ckpt_codec, safetensors_codec
from .collect import collect

__all__ = ["save_checkpoint"]


def _not_implemented(arg, value):
    raise NotImplementedError(f"save_checkpoint: '{arg}'={value!r} is not supported by ms_compat "
                              f"(only synchronous, unencrypted saving is implemented).")


def _entries(data):
    for name, payload in data.items():
        if isinstance(payload, str):
            yield ckpt_codec.str_entry(name, payload)
        else:
            arr, tensor_type = payload
            yield ckpt_codec.array_entry(name, arr, tensor_type)


def _write_ckpt(path, data, crc_check):
    with atomic.atomic_path(path, "ckpt") as tmp:
        with open(tmp, "wb") as f:
            ckpt_codec.write(f, _entries(data), crc_check)


def _write_safetensors(path, data, crc_check, remove_redundancy):
    # a str entry goes in as numpy unicode, which the package rejects (as in MindSpore)
    arrays = {name: (np.array(p) if isinstance(p, str) else p[0]) for name, p in data.items()}
    try:
        with atomic.atomic_path(path, "safetensors") as tmp:
            safetensors_codec.write(tmp, arrays, crc_check, remove_redundancy)
    except OSError as e:  # MindSpore's writer is the package's: its error type
        raise safetensors.SafetensorError(
            f"Error while serializing: I/O error: {e.strerror} (os error {e.errno}) at path "
            f"\"{e.filename}\"") from e


def save_checkpoint(save_obj, ckpt_file_name, integrated_save=True, async_save=False,
                    append_dict=None, enc_key=None, enc_mode="AES-GCM", choice_func=None,
                    crc_check=False, format="ckpt", **kwargs):
    from ..cell import Cell
    from ..tensor import Tensor
    path = checks.check_save_target(save_obj, ckpt_file_name, format, Cell)
    checks.check_bool(integrated_save)
    async_save = checks.check_async_save(async_save)
    append_dict = checks.check_append_dict(append_dict, Tensor)
    enc_key = checks.check_isinstance("enc_key", enc_key, (type(None), bytes))
    enc_mode = checks.check_isinstance("enc_mode", enc_mode, str)
    crc_check = checks.check_isinstance("crc_check", crc_check, bool)
    map_param_inc = kwargs.get("incremental", False)
    global_step_num = kwargs.get("global_step_num", None)
    remove_redundancy = checks.check_isinstance("remove_redundancy",
                                                kwargs.get("remove_redundancy", None),
                                                (type(None), bool))
    checks.check_safetensors_defaults("save_checkpoint", format, enc_key=enc_key,
                                      enc_mode=enc_mode, map_param_inc=map_param_inc,
                                      global_step_num=global_step_num)
    if async_save:
        _not_implemented("async_save", async_save)
    if enc_key is not None:
        _not_implemented("enc_key", enc_key)
    data = collect(save_obj, Cell, choice_func, append_dict)
    if format == "ckpt":
        _write_ckpt(path, data, crc_check)
    else:
        _write_safetensors(path, data, crc_check, remove_redundancy)
    return None
