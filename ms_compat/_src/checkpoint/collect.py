"""What ``save_checkpoint`` writes for a Cell, a list or a dict (MindSpore 2.10's rules).

* Cell: ``cell.parameters_and_names()`` in order, keyed by ``Parameter.name`` (not the attribute
  path: an optimizer's ``moments.fc1.weight`` is saved under that name);
* list of Parameters (keyed by name) or list of ``{'name': str, 'data': Tensor}`` dicts;
* dict ``name -> Parameter | Tensor | numpy array | str``. Difference: MindSpore crashes
  (``UnboundLocalError``) on a plain Tensor value, or silently re-saves the previous entry;
  here a Tensor is saved and any other value raises ``TypeError``.
* ``choice_func(name)`` filters each of them; ``append_dict`` entries follow, ``str`` values as
  strings, everything else as ``Tensor(value)`` (int -> Int64, float -> Float32, bool -> Bool).
* Duplicate names keep the first position and the last value.

The result maps name -> numpy array (with its MindSpore ``tensor_type``) or str.
"""
from __future__ import annotations

import numpy as np

from .. import dtype as mstype
from ..parameter import Parameter
from ..tensor import Tensor

__all__ = ["collect"]


def _from_cell(cell, choice_func):
    out = []
    for _, param in cell.parameters_and_names():
        if choice_func is not None and not choice_func(param.name):
            continue
        out.append((param.name, param))
    return out


def _from_list(items, choice_func):
    out = []
    if not items:
        return out
    if isinstance(items[0], dict):
        for item in items:
            if not (isinstance(item, dict) and "name" in item and "data" in item):
                raise TypeError("For save_checkpoint, save_obj should be a list of dict items, and "
                                "the dict should have key values 'name' and 'value', but got "
                                f"{type(item)} and {item}.")
            if not isinstance(item["name"], str):
                raise TypeError("For save_checkpoint, when save_obj is a list of dict items, the "
                                f"name in dict should be string, but got {type(item['name'])}.")
            if not isinstance(item["data"], Tensor):
                raise TypeError("For save_checkpoint, when save_obj is a list of dict items, the "
                                f"data in dict should be parameter, but got {type(item['data'])}.")
            if choice_func is not None and not choice_func(item["name"]):
                continue
            out.append((item["name"], item["data"]))
        return out
    for param in items:
        if not isinstance(param, Parameter):
            raise TypeError("For save_checkpoint, when save_obj is made up by list of Parameter,"
                            f"the param should be parameter, but got {type(param)}")
        if choice_func is not None and not choice_func(param.name):
            continue
        out.append((param.name, param))
    return out


def _from_dict(mapping, choice_func):
    out = []
    for key, value in mapping.items():
        if not isinstance(key, str) or not isinstance(value, (Tensor, np.ndarray, str)):
            raise TypeError("For save_checkpoint, when save_obj is made up by dict, the key should "
                            "be str andvalue should be Parameter, but got the type of key is "
                            f"{type(key)} andthe type of value is {type(value)}")
        if choice_func is not None and not choice_func(key):
            continue
        out.append((key, value))
    return out


def _payload(value):
    """(numpy array, tensor_type) of a Tensor / numpy array, or the str itself."""
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray):
        if not value.dtype.isnative:
            value = value.astype(value.dtype.newbyteorder("="))
        return value, str(mstype.from_np_dtype(value.dtype))
    if isinstance(value, Parameter):
        value.init_data()
    return np.asarray(value.asnumpy()), str(value.dtype)


def collect(save_obj, cell_type, choice_func=None, append_dict=None) -> dict:
    """Ordered ``name -> (array, tensor_type) | str`` that ``save_checkpoint`` writes."""
    if isinstance(save_obj, cell_type):
        items = _from_cell(save_obj, choice_func)
    elif isinstance(save_obj, list):
        items = _from_list(save_obj, choice_func)
    else:
        items = _from_dict(save_obj, choice_func)
    if append_dict:
        for key, value in append_dict.items():
            items.append((key, value if isinstance(value, str) else Tensor(value)))
    result = {}
    for name, value in items:
        result[name] = _payload(value)
    return result
