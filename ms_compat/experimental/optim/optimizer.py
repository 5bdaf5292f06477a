"""``mindspore.experimental.optim.Optimizer``: the base of the PyTorch-style optimizers.

MindSpore 2.10 semantics reproduced here:
  * ``params`` is a list of Parameters (one group) or of group dicts (``params`` plus any of the
    optimizer's defaults); ``param_groups`` holds the dicts with the defaults filled in;
  * each group's ``lr`` (int, float or 0-d Tensor, not negative) becomes a Float32 Parameter
    named ``learning_rate_group_<i>``; it is kept in ``lrs`` (a plain list: the rates are not
    registered Parameters of the Cell, so they are not in ``parameters_and_names()``);
  * ``weight_decay`` must be an int or float, not negative;
  * a Parameter in two groups raises ValueError; a non-Parameter raises TypeError (MindSpore's
    message concatenates a type to a str, so the TypeError is Python's own); a set of params
    raises TypeError; a Parameter repeated inside one group only logs a warning;
  * ``parameters`` is the ParameterTuple of every group's params, in group order.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import numpy as np

from ..._src import dtype as mstype
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ... import _checkparam as V
from ...nn.optim.optimizer import _param_tuple

__all__ = ["Optimizer"]


class Optimizer(Cell):
    """Base class of ``mindspore.experimental.optim`` optimizers (see module docstring)."""

    def __init__(self, params, defaults):
        super().__init__(auto_prefix=False)
        groups = self._parameters_base_check(params, "params")
        self.defaults = defaults
        self.state = defaultdict(dict)
        self.param_groups = []
        self.lrs = []
        self.group_start_id = [0]
        self._all_params = []
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for group in groups:
            self.add_param_group(group)
        self.parameters = _param_tuple(self._all_params)
        self.enable_tuple_broaden = True

    @property
    def cls_name(self):
        return type(self).__name__

    def __repr__(self):
        text = type(self).__name__ + " ("
        for i, group in enumerate(self.param_groups):
            text += f"\nParameter Group {i}\n"
            for key in sorted(group):
                if key == "params":
                    continue
                value = group[key]
                if key == "lr" and isinstance(value, Parameter):
                    value = value.value()
                text += f"    {key}: {value}\n"
        return text + ")"

    def add_param_group(self, param_group):
        """Append a group: check its params, fill in the defaults, build its rate Parameter."""
        group_id = len(self.param_groups)
        param_group = self._preprocess_param_group(param_group)
        self._all_params.extend(param_group["params"])
        for key, value in self.defaults.items():
            param_group.setdefault(key, value)
        lr = self._build_single_lr(param_group.get("lr"), f"learning_rate_group_{group_id}")
        weight_decay = self._preprocess_weight_decay(param_group.get("weight_decay", 0.0))
        self.lrs.append(lr)
        param_group["lr"] = lr
        param_group["weight_decay"] = weight_decay
        self.param_groups.append(param_group)
        self.group_start_id.append(self.group_start_id[-1] + len(param_group["params"]))

    @staticmethod
    def _parameters_base_check(parameters, param_info):
        if parameters is None:
            raise ValueError(f"For 'Optimizer', the argument {param_info} can not be None.")
        if not isinstance(parameters, Iterable):
            raise TypeError(f"For 'Optimizer', the argument {param_info} must be Iterable type, "
                            f"but got {type(parameters)}.")
        parameters = list(parameters)
        if not parameters:
            raise ValueError(f"For 'Optimizer', the argument {param_info} must not be empty.")
        return parameters

    def _preprocess_param_group(self, param_group):
        if not isinstance(param_group, dict):
            raise TypeError("Param group must be a dict.")
        params = param_group["params"]
        if isinstance(params, Parameter):
            params = [params]
        elif isinstance(params, set):
            raise TypeError("Optimizer parameters need to be organized in ordered collections, "
                            "but the ordering of tensors in sets will change between runs. "
                            "Please use a list instead.")
        else:
            params = list(params)
        param_group["params"] = params
        for p in params:
            if not isinstance(p, Parameter):
                # MindSpore adds the type to the message string: Python's TypeError is what
                # the user sees, naming the type's metaclass
                # to str (MindSpore's Tensor class has the metaclass _TensorMeta).
                meta = "_TensorMeta" if isinstance(p, Tensor) else type(type(p)).__name__
                raise TypeError(f'can only concatenate str (not "{meta}") to str')
        if len({id(p) for p in params}) != len(params):
            import warnings
            warnings.warn("Optimizer contains a parameter group with duplicate parameters.")
        seen = {id(p) for g in self.param_groups for p in g["params"]}
        if any(id(p) in seen for p in params):
            raise ValueError("some parameters appear in more than one parameter group.")
        return param_group

    def _build_single_lr(self, learning_rate, name):
        if isinstance(learning_rate, (float, int)):
            learning_rate = float(learning_rate)
            V.non_negative_float(learning_rate, "learning rate", self.cls_name)
            return Parameter(Tensor(np.float32(learning_rate)), name)
        if isinstance(learning_rate, Tensor):
            if learning_rate.ndim == 0:
                return Parameter(learning_rate.astype(mstype.float32), name)
            raise ValueError("For 'Optimizer', if 'learning_rate' is a Tensor, then it should be "
                             "scalar Tensor")
        raise TypeError("For 'Optimizer', the argument 'learning_rate' must be int, float or "
                        f"Tensor, but got {type(learning_rate)}.")

    def _preprocess_weight_decay(self, weight_decay):
        if isinstance(weight_decay, (float, int)):
            weight_decay = float(weight_decay)
            V.non_negative_float(weight_decay, "weight_decay", self.cls_name)
            return weight_decay
        raise TypeError("For 'Optimizer', the argument 'Weight_decay' must be int or float."
                        f"but got {type(weight_decay)}")

    def construct(self, *hyper_params):
        raise NotImplementedError
