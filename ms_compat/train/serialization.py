"""``mindspore.train.serialization``: checkpoint saving and loading (MindSpore 2.10 API).

Thin public layer; the machinery is in ``ms_compat/_src/checkpoint/``. Files are byte-identical
to MindSpore's for the same parameters (``.ckpt`` protobuf and safetensors) and load in real
MindSpore; MindSpore's files load here bit-exactly. Differences from MindSpore: writes are
atomic (an existing file survives a failed save), a bad file never loads partially, a failing
``load_param_into_net`` leaves the net unchanged, ``async_save`` and encryption
(``enc_key`` / ``dec_key``) raise ``NotImplementedError``.
"""
from .._src.checkpoint import load as _load
from .._src.checkpoint import load_net as _load_net
from .._src.checkpoint import save as _save

__all__ = ["save_checkpoint", "load_checkpoint", "load_param_into_net"]


def save_checkpoint(save_obj, ckpt_file_name, integrated_save=True, async_save=False,
                    append_dict=None, enc_key=None, enc_mode="AES-GCM", choice_func=None,
                    crc_check=False, format="ckpt", **kwargs):
    """Save a Cell's Parameters (``parameters_and_names()`` order, keyed by ``Parameter.name``),
    a list of Parameters / ``{'name', 'data'}`` dicts, or a dict of Parameters / Tensors / numpy
    arrays / str to ``ckpt_file_name`` (``.ckpt`` or ``.safetensors`` is appended unless the name
    already ends with the format). ``append_dict`` adds int/float/bool/str/Tensor entries after
    them; ``choice_func(name)`` selects entries; ``crc_check`` adds MindSpore's CRC32 trailer
    (metadata entry for safetensors). Keyword ``remove_redundancy`` (bool) is recorded in the
    safetensors metadata as MindSpore does; ``incremental`` / ``global_step_num`` are accepted.
    """
    return _save.save_checkpoint(save_obj, ckpt_file_name, integrated_save, async_save,
                                 append_dict, enc_key, enc_mode, choice_func, crc_check, format,
                                 **kwargs)


def load_checkpoint(ckpt_file_name, net=None, strict_load=False, filter_prefix=None, dec_key=None,
                    dec_mode="AES-GCM", specify_prefix=None, choice_func=None, crc_check=False,
                    remove_redundancy=False, format="ckpt"):
    """Read a checkpoint into a dict ``name -> Parameter`` (``str`` for string entries), in file
    order for ``.ckpt`` and sorted by name for safetensors; loads it into ``net`` when given.
    ``specify_prefix`` / ``filter_prefix`` (.ckpt only) override ``choice_func``. Raises
    ``ValueError`` for missing, empty, truncated, corrupted or foreign files and when nothing is
    selected (MindSpore's messages)."""
    return _load.load_checkpoint(ckpt_file_name, net, strict_load, filter_prefix, dec_key,
                                 dec_mode, specify_prefix, choice_func, crc_check,
                                 remove_redundancy, format)


def load_param_into_net(net, parameter_dict, strict_load=False, remove_redundancy=False):
    """Assign ``parameter_dict``'s values to ``net``'s Parameters (matched by ``Parameter.name``);
    returns MindSpore's ``(param_not_load, ckpt_not_load)`` lists of names."""
    return _load_net.load_param_into_net(net, parameter_dict, strict_load, remove_redundancy)
