"""MindSpore 2.10's argument checks for the checkpoint API, with its exception types and messages
(each recorded from real MindSpore; see tests/goldens/checkpoint/). Note MindSpore's quirk,
copied: its ``isinstance`` check raises ``ValueError``, not ``TypeError``.
"""
from __future__ import annotations

import io
import os

__all__ = ["check_bool", "check_isinstance", "check_prefix", "check_save_target",
           "check_async_save", "check_append_dict", "check_safetensors_defaults", "check_load_file",
           "EMPTY_DICT", "STANDALONE_DEDUP"]

FORMATS = ("ckpt", "safetensors")
EMPTY_DICT = ("The loaded parameter dict is empty after filter or specify, please check whether "
              "'filter_prefix' or 'specify_prefix' are set correctly.")
STANDALONE_DEDUP = ("The deduplication feature for loading checkpoint can only be used in parallel "
                    "scenarios, but got stand_alone.")


def check_bool(value):
    if not isinstance(value, bool):
        raise TypeError(f"The input value must be a bool, but got {type(value).__name__}.")
    return value


def check_isinstance(arg_name, value, classes):
    if not isinstance(value, classes):
        raise ValueError(f"The parameter '{arg_name}' must be isinstance of {classes}, "
                         f"but got {value}.")
    return value


def check_prefix(prefix):
    """``specify_prefix`` / ``filter_prefix``: None, a str, or a non-empty list/tuple of str."""
    if prefix is None:
        return None
    if not isinstance(prefix, (str, list, tuple)):
        raise TypeError("For 'load_checkpoint', the type of 'specify_prefix' or 'filter_prefix' "
                        "must be string, list[string] or tuple[string], but got "
                        f"{type(prefix)}.")
    if isinstance(prefix, str):
        prefix = (prefix,)
    if not prefix:
        raise ValueError("For 'load_checkpoint', the argument 'specify_prefix' or 'filter_prefix' "
                         "can't be empty when 'specify_prefix' or 'filter_prefix' is list or "
                         "tuple.")
    for index, pre in enumerate(prefix):
        if not isinstance(pre, str):
            raise TypeError("For 'load_checkpoint', when 'specify_prefix' or 'filter_prefix' is "
                            "list or tuple, the element in it must be string, but got "
                            f"{type(pre)} at index {index}.")
        if pre == "":
            raise ValueError("For 'load_checkpoint', the value of 'specify_prefix' or "
                             "'filter_prefix' can't include ''.")
    return prefix


def check_save_target(save_obj, ckpt_file_name, fmt, cell_type):
    """Format, ``save_obj`` type and file name; returns the real path with MindSpore's extension
    rule (``.<format>`` appended unless the name already ends with the format's name)."""
    if fmt not in FORMATS:
        raise ValueError(f"For 'save_checkpoint', the format must be 'safetensors' or 'ckpt', "
                         f"but got {fmt}.")
    if not isinstance(save_obj, (cell_type, list, dict)):
        raise TypeError("For 'save_checkpoint', the parameter 'save_obj' must be nn.Cell, list or "
                        f"dict, but got {type(save_obj)}.")
    if not isinstance(ckpt_file_name, str):
        raise TypeError(f"For 'save_checkpoint', the parameter {ckpt_file_name} for checkpoint "
                        "file name is invalid,'ckpt_file_name' must be string, but got "
                        f"{type(ckpt_file_name)}.")
    path = os.path.realpath(ckpt_file_name)
    if os.path.isdir(path):
        raise IsADirectoryError(f"For 'save_checkpoint', the parameter `ckpt_file_name`: {path} "
                                "is a directory, it must be a file name.")
    if not path.endswith(fmt):
        path += f".{fmt}"
    return path


def check_async_save(async_save):
    if not isinstance(async_save, (bool, str)):
        raise TypeError("For 'save_checkpoint', the parameter 'async_save' must be bool or str, "
                        f"but got {type(async_save)}.")
    if isinstance(async_save, str) and async_save not in ("process", "thread"):
        raise ValueError("For 'save_checkpoint', the argument 'async_save' can only be 'process' "
                         f"or 'thread',but got {async_save}.")
    return async_save


def check_append_dict(append_dict, tensor_type):
    if append_dict is None:
        return None
    if not isinstance(append_dict, dict):
        raise TypeError("For 'save_checkpoint', the argument 'append_dict' must be dict, but got "
                        f"{type(append_dict)}.")
    for key, value in append_dict.items():
        if not isinstance(key, str) or not isinstance(value, (int, float, bool, str, tensor_type)):
            raise TypeError("For 'save_checkpoint', the type of dict 'append_info' must be key: "
                            "string, value: int, float, bool or Generator, but got key: "
                            f"{type(key)}, value: {type(value)}")
    return append_dict


def check_safetensors_defaults(api, fmt, **values):
    """Arguments safetensors does not support must keep their defaults (``ValueError``)."""
    if fmt != "safetensors":
        return
    defaults = {"enc_key": None, "dec_key": None, "enc_mode": "AES-GCM", "dec_mode": "AES-GCM",
                "map_param_inc": False, "global_step_num": None}
    for name, value in values.items():
        if value != defaults[name]:
            raise ValueError(f"For '{api}', when format is 'safetensors', the parameter '{name}' "
                             f"must be set to default value '{defaults[name]}', but got "
                             f"'{value}'.")


def check_load_file(file, fmt):
    """``ckpt_file_name`` of ``load_checkpoint``: returns the real path (or the BytesIO)."""
    if fmt not in FORMATS:
        raise ValueError("For 'load_checkpoint', the checkpoint file should end with '.ckpt' or "
                         "'.safetensors', please input the correct 'format'.")
    if isinstance(file, io.BytesIO):
        if fmt == "ckpt":
            raise TypeError("ckpt don't support BytesIO as input type, please change to "
                            "safetensors.")
        return file
    if not isinstance(file, str):
        raise TypeError("For 'load_checkpoint', the argument 'ckpt_file_name' must be string, "
                        f"but got {type(file)}.")
    if not file.endswith(fmt):
        raise ValueError("For 'load_checkpoint', the checkpoint file format must same with "
                         f"'format', but got file_name:'{file}', format:'{fmt}'")
    path = os.path.realpath(file)
    if not os.path.exists(path):
        raise ValueError(f"For 'load_checkpoint', the checkpoint file: {path} does not exist, "
                         "please check whether the 'ckpt_file_name' is correct.")
    return path
