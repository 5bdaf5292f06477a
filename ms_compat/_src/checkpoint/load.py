"""``load_checkpoint``: MindSpore 2.10's checks and error messages over the format layer.

All-or-nothing: the whole file is read and decoded before any Parameter is built, so a bad file
raises and never yields part of a model. Errors (all recorded from MindSpore):
  * missing file, wrong extension, bad ``format``: ``ValueError`` from ``checks``;
  * bytes that are not a checkpoint protobuf (empty-but-valid files load as an empty dict and
    then fail as "The loaded parameter dict is empty ..."): ``ValueError`` "Failed to read the
    checkpoint file <file>. The file may be corrupted, and the content cannot be parsed.";
  * unreadable file (directory, permissions) or CRC mismatch with ``crc_check=True``:
    ``ValueError`` "Failed to read the checkpoint file <file>. May not have permission ...";
  * an undecodable entry (unknown ``tensor_type``, a ``choice_func`` that raises, and here also
    a byte count that does not match the dims): ``ValueError`` "<detail>\\nFor 'load_checkpoint',
    failed to load the checkpoint file <file>.";
  * safetensors: ``ValueError`` "Fail to parse the input safetensors: '<file>'. ..." for a bad
    header, MindSpore's ``KeyError`` for an unknown dtype code.
Returned values: ``Parameter`` (named by the entry for .ckpt, unnamed ``Parameter#N`` for
safetensors, as MindSpore) or ``str`` for string entries; keys in file order (.ckpt) or sorted
(safetensors).
"""
from __future__ import annotations

import logging

from . import checks, ckpt_codec, safetensors_codec
from .errors import EntryError, ParseError, ReadError

__all__ = ["load_checkpoint", "read_entries"]

_log = logging.getLogger("ms_compat.checkpoint")


def _unparsable(path):
    return ValueError(f"Failed to read the checkpoint file {path}. The file may be corrupted, and "
                      "the content cannot be parsed.")


def _unreadable(path):
    return ValueError(f"Failed to read the checkpoint file {path}. May not have permission to "
                      "read it, please check the correct of the file.")


def _selector(specify_prefix, filter_prefix, choice_func):
    use_choice = specify_prefix is None and filter_prefix is None and choice_func is not None

    def keep(name):
        if specify_prefix and not any(name.startswith(p) for p in specify_prefix):
            return False
        if filter_prefix and any(name.startswith(p) for p in filter_prefix):
            return False
        return not use_choice or bool(choice_func(name))
    return keep


def _read_ckpt(path, keep, crc_check):
    try:
        with open(path, "rb") as f:
            content = f.read()
    except OSError as e:
        raise _unreadable(path) from e
    if crc_check and not ckpt_codec.has_crc(content):
        _log.warning("For 'load_checkpoint', the ckpt file do not contain the crc code, please "
                     "check the file.")
    try:
        msg = ckpt_codec.parse(content, crc_check)
    except ParseError as e:
        raise _unparsable(path) from e
    except ReadError as e:
        raise _unreadable(path) from e
    try:
        return ckpt_codec.decode(msg, keep)
    except EntryError as e:
        raise ValueError(f"{e}\nFor 'load_checkpoint', failed to load the checkpoint file "
                         f"{path}.") from e


def _read_safetensors(source, choice_func, crc_check):
    keep = None if choice_func is None else (lambda name: bool(choice_func(name)))
    try:
        entries, meta = safetensors_codec.read(source, crc_check, keep)
    except ParseError as e:
        name = source if isinstance(source, str) else str(type(source))
        raise ValueError(f"Fail to parse the input safetensors: '{name}'. Please check the "
                         "correctness of the file.") from e
    if crc_check and (not isinstance(meta, dict) or meta.get("crc_num") is None):
        _log.warning("For 'load_checkpoint', the safetensors file do not contain the crc code, "
                     "please check the file.")
    return entries


def read_entries(ckpt_file_name, specify_prefix=None, filter_prefix=None, choice_func=None,
                 crc_check=False, fmt="ckpt"):
    """``[(name, numpy array | str | [])]`` of a checkpoint file, checks and errors as MindSpore."""
    source = checks.check_load_file(ckpt_file_name, fmt)
    if fmt == "safetensors":
        return _read_safetensors(source, choice_func, crc_check)
    if specify_prefix:
        _log.warning("For load_checkpoint, this parameter `specity_prefix` will be deprecated, "
                     "please use `choice_func` instead.")
    if filter_prefix:
        _log.warning("For load_checkpoint, this parameter `filter_prefix` will be deprecated, "
                     "please use `choice_func` instead.")
    return _read_ckpt(source, _selector(specify_prefix, filter_prefix, choice_func), crc_check)


def _not_implemented(arg):
    raise NotImplementedError(f"load_checkpoint: '{arg}' is not supported by ms_compat (only "
                              "unencrypted checkpoints can be read).")


def load_checkpoint(ckpt_file_name, net=None, strict_load=False, filter_prefix=None,
                    dec_key=None, dec_mode="AES-GCM", specify_prefix=None, choice_func=None,
                    crc_check=False, remove_redundancy=False, format="ckpt"):
    from ..parameter import Parameter
    specify_prefix = checks.check_prefix(specify_prefix)
    filter_prefix = checks.check_prefix(filter_prefix)
    dec_key = checks.check_isinstance("dec_key", dec_key, (type(None), bytes))
    dec_mode = checks.check_isinstance("dec_mode", dec_mode, str)
    crc_check = checks.check_isinstance("crc_check", crc_check, bool)
    remove_redundancy = checks.check_isinstance("remove_redundancy", remove_redundancy, bool)
    checks.check_safetensors_defaults("load_checkpoint", format, dec_key=dec_key,
                                      dec_mode=dec_mode)
    if dec_key is not None:
        checks.check_load_file(ckpt_file_name, format)
        _not_implemented("dec_key")
    entries = read_entries(ckpt_file_name, specify_prefix, filter_prefix, choice_func, crc_check,
                           format)
    safetensors = format == "safetensors"
    parameter_dict = {}
    for name, value in entries:
        if isinstance(value, (str, list)):
            parameter_dict[name] = value
        elif safetensors:
            parameter_dict[name] = Parameter(value)
        else:
            parameter_dict[name] = Parameter(value, name=name)
    if not parameter_dict:
        raise ValueError(checks.EMPTY_DICT)
    if net is not None:
        from .load_net import load_param_into_net
        load_param_into_net(net, parameter_dict, strict_load, remove_redundancy)
    return parameter_dict
