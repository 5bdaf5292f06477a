"""``load_param_into_net``: MindSpore 2.10's matching rules, applied all-or-nothing.

Rules copied (each checked on MindSpore):
  * a net Parameter takes the entry keyed by its ``Parameter.name``; values without ``.data``
    (str, list) are skipped silently, counted neither as loaded nor as not loaded;
  * net Parameters without an entry go to ``param_not_load`` (except names starting with
    ``accu_grads``); every key not consumed stays in ``ckpt_not_load``;
  * shapes must match (``RuntimeError``), except that an entry with extra trailing 1-dims is
    accepted; MindSpore then still assigns the entry's own shape, and so does this;
  * dtypes may differ only within floats (f16/f32/f64/bf16) or within signed ints (i8..i64),
    and only when ``strict_load`` is False: the value is converted to the net's dtype;
  * when ``strict_load`` is False and names are missing, MindSpore looks for a common prefix:
    the first entry name ending with a missing name gives a prefix, and every missing Parameter
    whose ``prefix + name`` is an entry is loaded from it (repeated while prefixes are found);
    those entries stay in ``ckpt_not_load``, as in MindSpore.
Difference: all values are checked before any Parameter changes, so an error leaves the net as it
was (MindSpore has already overwritten the Parameters before the failing one).
"""
from __future__ import annotations

import logging

import jax.numpy as jnp
import numpy as np

from .. import dtype as mstype
from . import checks

__all__ = ["load_param_into_net"]

_log = logging.getLogger("ms_compat.checkpoint")
_FLOATS = {mstype.float16, mstype.float32, mstype.float64, mstype.bfloat16}
_INTS = {mstype.int8, mstype.int16, mstype.int32, mstype.int64}


def _check_args(net, parameter_dict, cell_type, param_type):
    if not isinstance(net, cell_type):
        raise TypeError("For 'load_param_into_net', the argument 'net' should be a Cell, but got "
                        f"{type(net)}.")
    if not isinstance(parameter_dict, dict):
        raise TypeError("For 'load_param_into_net', the argument 'parameter_dict' should be a "
                        f"dict, but got {type(parameter_dict)}.")
    for key, value in parameter_dict.items():
        if not isinstance(key, str) or not isinstance(value, (param_type, str, list)):
            raise TypeError("For 'parameter_dict', the element in the argument 'parameter_dict' "
                            "should be a 'str' and 'Parameter' , but got "
                            f"{type(key)} and {type(value)}.")


def _trailing_ones(shape, new_shape):
    if len(new_shape) <= len(shape) or any(d != 1 for d in new_shape[len(shape):]):
        return False
    if int(np.prod(new_shape)) != int(np.prod(shape)):  # MindSpore's reshape fails here
        raise ValueError(f"cannot reshape array of size {int(np.prod(new_shape))} into shape "
                         f"{tuple(shape)}")
    return True


def _new_value(param, new_param, strict_load):
    """The value ``param`` will get from ``new_param`` (or MindSpore's error)."""
    name = param.name
    shape, new_shape = tuple(param.shape), tuple(new_param.shape)
    if shape != new_shape and not _trailing_ones(shape, new_shape):
        raise RuntimeError(
            f"For 'load_param_into_net', {name} in the argument 'net' should have the same shape "
            f"as {name} in the argument 'parameter_dict'. But got its shape {shape} in the "
            f"argument 'net' and shape {new_shape} in the argument 'parameter_dict'.May you need "
            "to check whether the checkpoint you loaded is correct or the batch size and so on "
            "in the 'net' and 'parameter_dict' are same.")
    dt, new_dt = param.dtype, new_param.dtype
    if dt == new_dt:
        return new_param.value()
    pair = {dt, new_dt}
    if not strict_load and (pair <= _FLOATS or pair <= _INTS):
        _log.warning(f"The type of {new_param.name}:{new_dt} in 'parameter_dict' is different "
                     f"from the type of it in 'net':{dt}, then the type convert from {new_dt} to "
                     f"{dt} in the network. May consume additional memory and time")
        with np.errstate(over="ignore", invalid="ignore"):  # MindSpore casts silently
            converted = np.asarray(new_param.asnumpy()).astype(mstype.to_np_dtype(dt))
        return jnp.asarray(converted)  # a jax array: Tensor(numpy bfloat16) is not accepted
    raise RuntimeError(
        f"For 'load_param_into_net', {name} in the argument 'net' should have the same type as "
        f"{name} in the argument 'parameter_dict'. but got its type {dt} in the argument 'net' "
        f"and type {new_dt} in the argument 'parameter_dict'.May you need to check whether the "
        "checkpoint you loaded is correct.")


def _prefix_pass(params, parameter_dict, param_not_load, strict_load, plan):
    prefix = ""
    longest = param_not_load[0]
    while prefix != longest and param_not_load:
        prefix = longest
        for net_name in param_not_load:
            for dict_name in parameter_dict:
                if dict_name.endswith(net_name):
                    prefix = dict_name[:-len(net_name)]
                    break
            if prefix != longest:
                break
        if prefix == longest:
            break
        _log.warning(f"For 'load_param_into_net', remove parameter prefix name: {prefix}, "
                     "continue to load.")
        for param in params:
            new_name = prefix + param.name
            if param.name in param_not_load and new_name in parameter_dict:
                plan.append((param, _new_value(param, parameter_dict[new_name], strict_load)))
                param_not_load.remove(param.name)


def load_param_into_net(net, parameter_dict, strict_load=False, remove_redundancy=False):
    from ..cell import Cell
    from ..parameter import Parameter
    _check_args(net, parameter_dict, Cell, Parameter)
    strict_load = checks.check_bool(strict_load)
    remove_redundancy = checks.check_isinstance("remove_redundancy", remove_redundancy, bool)
    if remove_redundancy:
        raise TypeError(checks.STANDALONE_DEDUP)
    params = [p for _, p in net.parameters_and_names()]
    plan = []
    param_not_load = []
    ckpt_not_load = list(parameter_dict.keys())
    for param in params:
        if param.name in parameter_dict:
            new_param = parameter_dict[param.name]
            if not hasattr(new_param, "data"):
                continue
            plan.append((param, _new_value(param, new_param, strict_load)))
            ckpt_not_load.remove(param.name)
        elif not param.name.startswith("accu_grads"):
            param_not_load.append(param.name)
    if param_not_load and not strict_load:
        _prefix_pass(params, parameter_dict, param_not_load, strict_load, plan)
    for param, value in plan:
        param.set_data(value)
    if param_not_load:
        _log.warning(f"For 'load_param_into_net', {len(param_not_load)} parameters in the 'net' "
                     "are not loaded, because they are not in the 'parameter_dict', please check "
                     "whether the network structure is consistent when training and loading "
                     "checkpoint.")
        _log.warning(f"{param_not_load} are not loaded.")
    return param_not_load, ckpt_not_load
