"""``mindspore.nn.Optimizer``: the base of every optimizer.

MindSpore 2.10 semantics reproduced here:
  * ``parameters`` is a list of Parameters, or a list of group dicts with keys ``params`` and
    optionally ``lr``, ``weight_decay``, ``grad_centralization``, or ``order_params``;
    non-Parameters raise TypeError, repeated Parameters (in groups) RuntimeError, repeated names
    ValueError (from ``ParameterTuple``);
  * ``learning_rate``: a float/int (a Float32 Parameter named ``learning_rate``), a 0-d Tensor,
    a 1-d Tensor or any iterable (one rate per step, ``_IteratorLearningRate``), or a
    ``LearningRateSchedule`` Cell called with ``global_step``; a group ``lr`` gets a Parameter
    named ``learning_rate_group_<i>``;
  * the step uses the rate of the current ``global_step`` (an Int32 Parameter of shape (1,)),
    then increments it; a rate list shorter than the steps taken raises MindSpore's Gather
    RuntimeError (eagerly; under ``ms.jit`` the rate becomes NaN, so the weights turn NaN);
  * ``weight_decay`` adds ``weight_decay * w`` to the gradient of every Parameter whose name has
    neither ``beta`` nor ``gamma`` (ungrouped) or of the groups that set it; ``loss_scale``
    divides gradients and multiplies the weight decay;
  * the state Parameters are registered in assignment order (ParameterTuple members in place),
    so ``parameters_and_names()`` lists ``global_step, learning_rate, <params>, <state>`` as
    MindSpore does (the names become checkpoint keys).
All updates are state writes (``ops.assign``), so an optimizer works eagerly, under ``ms.jit``
and inside ``TrainOneStepCell`` unchanged.
"""
from __future__ import annotations

from collections.abc import Iterable

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import state
from ..._src import context as _context
from ..._src.cell import Cell
from ..._src.parameter import Parameter, ParameterTuple
from ..._src.tensor import Tensor
from ...ops.function.parameter_func import assign, assign_add
from ..learning_rate_schedule import LearningRateSchedule
from ... import _checkparam as V
from . import _update_rules as R

__all__ = ["Optimizer", "opt_init_args_register"]

_F32 = np.float32


def opt_init_args_register(fn):
    """Decorator of optimizer ``__init__``: records the constructor arguments (``init_args``,
    ``init_learning_rate``, ``init_params``), as MindSpore does for ``Model``'s boost mode."""
    import functools
    import inspect

    @functools.wraps(fn)
    def deco(self, *args, **kwargs):
        bound = inspect.signature(fn).bind(self, *args, **kwargs)
        bound.apply_defaults()
        arguments = dict(bound.arguments)
        arguments.pop("self")
        if "params" in arguments:
            object.__setattr__(self, "init_params", {"params": arguments.pop("params")})
        if "learning_rate" in arguments:
            lr = arguments.pop("learning_rate")
            if isinstance(lr, Tensor):
                lr = lr.asnumpy().tolist()
            object.__setattr__(self, "init_learning_rate", None if isinstance(lr, Cell) else lr)
        object.__setattr__(self, "init_args", arguments)
        fn(self, *args, **kwargs)

    return deco


def _arr(x):
    return x._array() if isinstance(x, Tensor) else jnp.asarray(x)


def concrete_scalar(param):
    """The Python value of a one-element hyperparameter Parameter (momentum, ...) when it is
    concrete in the current scope, else None (traced: inside grad, or state of a jit program).
    Cached per ``_version`` so that an eager step does not copy it to the host every time."""
    v = state.read(param)
    if isinstance(v, jax.core.Tracer):
        return None
    cached = param.__dict__.get("_concrete_cache")
    if cached is not None and cached[0] == param._version:
        return cached[1]
    value = float(np.asarray(v).reshape(-1)[0])
    param.__dict__["_concrete_cache"] = (param._version, value)  # no array ref: see jit donation
    return value


def _param_tuple(items):
    """A ParameterTuple that, like MindSpore's, accepts the same Parameter more than once (group
    learning rates share the default rate) and rejects two different ones with one name."""
    items = list(items)
    seen, names = set(), set()
    for x in items:
        if not isinstance(x, Parameter):
            raise TypeError("For ParameterTuple initialization, ParameterTuple input should be "
                            f"'Parameter' collection, but got a {type(items)}. ")
        if id(x) in seen:
            continue
        if x.name in names:
            raise ValueError(f"The value {x} , its name '{x.name}' already exists. "
                             "Please set a unique name for the parameter.")
        seen.add(id(x))
        names.add(x.name)
    return tuple.__new__(ParameterTuple, items)


def clone_state(params, prefix, fill):
    """One zero/one/constant-filled Parameter per parameter, named ``<prefix>.<name>`` (what
    ``ParameterTuple.clone(prefix, init)`` gives in MindSpore)."""
    out = []
    for p in params:
        value = jnp.full(p.shape, fill, p._array().dtype)
        out.append(Parameter(Tensor._wrap(value), name=f"{prefix}.{p.name}",
                             requires_grad=p.requires_grad))
    return _param_tuple(out)


class Optimizer(Cell):
    """Base class of optimizers (see module docstring). Subclasses implement
    ``construct(gradients)`` with ``get_lr()``, ``decay_weight``, ``gradients_centralization``,
    ``scale_grad`` and state writes."""

    _support_parallel_optimizer = False

    def __init__(self, learning_rate, parameters, weight_decay=0.0, loss_scale=1.0):
        super().__init__(auto_prefix=False)
        parameters = self._parameters_base_check(parameters, "parameters")
        if not all(isinstance(x, Parameter) for x in parameters) and \
                not all(isinstance(x, dict) for x in parameters):
            raise TypeError("For 'Optimizer', all elements of the argument 'parameters' must be "
                            "'Parameter' or 'dict', please check the 'parameters'.")
        if isinstance(loss_scale, int):
            loss_scale = float(loss_scale)
        V.value_type("loss_scale", loss_scale, [float], self.cls_name)
        V.positive_float(loss_scale, "loss_scale", self.cls_name)
        self.loss_scale = loss_scale
        self.dynamic_weight_decay = False
        self.grad_centralization = False
        self._unique = True
        self._target = _context.get_context("device_target")
        self.dynamic_lr = False
        self.global_step = Parameter(Tensor(np.zeros((1,), np.int32)), name="global_step")
        self.is_group = False
        self.is_group_lr = False
        self.is_group_params_ordered = False
        learning_rate = self._preprocess_single_lr(learning_rate)
        if isinstance(parameters[0], dict):
            self.is_group = True
            self.group_params = []
            self.group_lr = []
            self.group_weight_decay = []
            self.group_grad_centralization = []
            self._init_group_params(parameters, learning_rate, weight_decay,
                                    self.grad_centralization)
        self._init_opt_attrs(learning_rate, parameters, weight_decay)

    @property
    def cls_name(self):
        return type(self).__name__

    # ------------------------------------------------------------------ construction
    def _init_opt_attrs(self, learning_rate, parameters, weight_decay):
        weight_decay = self._preprocess_weight_decay(weight_decay)
        if self.is_group_lr:
            if self.dynamic_lr:
                from ..layer.container import CellList
                cells = CellList()
                cells.__dict__["_auto_prefix"] = False
                cells.extend(self.group_lr)
                self.learning_rate = cells
            else:
                self.learning_rate = _param_tuple(self.group_lr)
        else:
            self.learning_rate = self._build_single_lr(learning_rate, "learning_rate")
        if self.is_group:
            self.parameters = _param_tuple(self.group_params)
            self._parameters = self.parameters
            self.decay_flags = tuple(isinstance(x, Cell) or x > 0 for x in self.group_weight_decay)
            self.dynamic_decay_flags = tuple(isinstance(x, Cell) for x in self.group_weight_decay)
            self.weight_decay = tuple(x if flag else Tensor(x, mstype.float32) for x, flag in
                                      zip(self.group_weight_decay, self.dynamic_decay_flags))
            self.exec_weight_decay = any(self.decay_flags)
            self.grad_centralization_flags = tuple(self.group_grad_centralization)
        else:
            self.parameters = _param_tuple(parameters)
            self._parameters = self.parameters
            self.decay_flags = tuple("beta" not in p.name and "gamma" not in p.name
                                     for p in self._parameters)
            self.dynamic_decay_flags = isinstance(weight_decay, Cell)
            self.exec_weight_decay = isinstance(weight_decay, Cell) or weight_decay > 0
            self.weight_decay = weight_decay if self.dynamic_decay_flags else \
                Tensor(weight_decay, mstype.float32)
        self.reciprocal_scale = Tensor(1.0 / self.loss_scale, mstype.float32)
        self.need_scale = self.loss_scale != 1.0
        self.param_length = len(self._parameters)
        self.use_parallel = False
        self.optim_filter = (True,) * self.param_length

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

    def _preprocess_weight_decay(self, weight_decay):
        if isinstance(weight_decay, (float, int)):
            weight_decay = float(weight_decay)
            V.non_negative_float(weight_decay, "weight_decay", self.cls_name)
            return weight_decay * self.loss_scale
        if isinstance(weight_decay, Cell):
            self.dynamic_weight_decay = True
            return _WrappedWeightDecay(weight_decay, self.loss_scale)
        raise TypeError("For 'Optimizer', the argument 'Weight_decay' must be int, float or "
                        f"Cell.but got {type(weight_decay)}")

    def _preprocess_single_lr(self, learning_rate):
        if isinstance(learning_rate, (float, int)):
            learning_rate = float(learning_rate)
            V.non_negative_float(learning_rate, "learning rate", self.cls_name)
            return learning_rate
        if isinstance(learning_rate, Tensor) and learning_rate.ndim == 0:
            return Tensor(learning_rate.asnumpy(), dtype=mstype.float32)
        self.dynamic_lr = True
        if isinstance(learning_rate, LearningRateSchedule):
            return learning_rate
        if isinstance(learning_rate, Tensor):
            if learning_rate.ndim > 1:
                raise ValueError("For 'Optimizer', if 'learning_rate' is Tensor type, then the "
                                 "dimension of it should be 0 or 1, but got "
                                 f"{learning_rate.ndim}.")
            return Tensor(learning_rate.asnumpy(), dtype=mstype.float32)
        if isinstance(learning_rate, Iterable):
            return Tensor(np.array(list(learning_rate)).astype(np.float32))
        raise TypeError("For 'Optimizer', the argument 'learning_rate' must be int, float, "
                        "Tensor, Iterable or LearningRateSchedule, but got "
                        f"{type(learning_rate)}.")

    def _build_single_lr(self, learning_rate, name):
        if isinstance(learning_rate, float) or \
                (isinstance(learning_rate, Tensor) and learning_rate.ndim == 0):
            lr = Parameter(Tensor(learning_rate, mstype.float32), name)
            if self.is_group_lr and self.dynamic_lr:
                lr = _ConvertToCell(lr)
            return lr
        if isinstance(learning_rate, Tensor) and learning_rate.ndim == 1:
            return _IteratorLearningRate(learning_rate, name)
        if isinstance(learning_rate, LearningRateSchedule):
            return learning_rate
        return learning_rate

    def _check_group_params(self, parameters):
        keys = ["params", "lr", "weight_decay", "order_params", "grad_centralization"]
        for group in parameters:
            invalid = [k for k in group.keys() if k not in keys]
            if invalid:
                raise KeyError(f"For 'Optimizer', the key in group params must be one of in "
                               f"{keys}, but got {invalid}.")
            if "order_params" in group:
                if len(group) > 1:
                    raise ValueError("For 'Optimizer', the order params dict in group parameters "
                                     "should only include the 'order_params' key, but got "
                                     f"{group.keys()}.")
                if not isinstance(group["order_params"], Iterable):
                    raise TypeError("For 'Optimizer', the value of 'order_params' in group "
                                    "parameters should be Iterable type, but got "
                                    f"{type(group['order_params'])}.")
                continue
            params = self._parameters_base_check(group["params"], "group `params`")
            for index, p in enumerate(params):
                if not isinstance(p, Parameter):
                    raise TypeError("For 'Optimizer', the element in group parameters must be "
                                    f"Parameter type, but got {type(p)} at index {index}.")

    def _parse_group_params(self, parameters, learning_rate):
        self._check_group_params(parameters)
        tensor_len = learning_rate.size if isinstance(learning_rate, Tensor) and \
            learning_rate.ndim == 1 else 0
        for group in parameters:
            if "order_params" in group:
                self.is_group_params_ordered = True
                continue
            if "lr" in group:
                self.is_group_lr = True
                group_lr = self._preprocess_single_lr(group["lr"])
                if isinstance(group_lr, Tensor) and group_lr.ndim == 1:
                    if tensor_len == 0:
                        tensor_len = group_lr.size
                    elif group_lr.size != tensor_len:
                        raise ValueError("For 'Optimizer', the Tensor type dynamic learning rate "
                                         "in group must be the same size as the argument "
                                         "'learning_rate'.")

    def _init_group_params(self, parameters, learning_rate, weight_decay, grad_centralization):
        self._parse_group_params(parameters, learning_rate)
        default_lr = self._build_single_lr(learning_rate, "learning_rate")
        names_seen = []
        ordered = []
        for group_num, group in enumerate(parameters):
            if "order_params" in group:
                ordered = group["order_params"]
                continue
            self._extend_group_params(list(group["params"]))
            if "lr" in group:
                lr = self._build_single_lr(self._preprocess_single_lr(group["lr"]),
                                           f"learning_rate_group_{group_num}")
            else:
                lr = default_lr
            wd = self._preprocess_weight_decay(group.get("weight_decay", weight_decay))
            if "grad_centralization" in group:
                gc = group["grad_centralization"]
                if not isinstance(gc, bool):
                    raise TypeError("For 'Optimizer', the 'gradients_centralization' must be bool "
                                    f"type, but got {type(gc)}.")
                self.grad_centralization = gc
            else:
                gc = grad_centralization
            for p in group["params"]:
                V.value_type("parameter", p, [Parameter], self.cls_name)
                if p.name in names_seen:
                    raise RuntimeError(f"For 'Optimizer', the {p.name} parameter already exists, "
                                       "it does not support repeated setting. Please check "
                                       "whether the optimizer parameter has been set multiple "
                                       "times.")
                names_seen.append(p.name)
                self.group_lr.append(lr)
                self.group_weight_decay.append(wd)
                self.group_grad_centralization.append(gc)
        if self.is_group_params_ordered and ordered:
            self._order_group_params(list(ordered))

    def _extend_group_params(self, params):
        """``group_params += params`` with MindSpore's check (its ``Cell.__setattr__`` of a list
        of Parameters): two different Parameters may not share a name."""
        merged = self.group_params + params
        by_name = {}
        for p in merged:
            if isinstance(p, Parameter) and by_name.setdefault(p.name, p) is not p:
                raise ValueError(f"The value {merged} , its name '{p.name}' already exists. "
                                 "Please set a unique name for the parameter.")
        self.group_params = merged

    def _order_group_params(self, ordered):
        if len(ordered) != len(self.group_params):
            raise ValueError("For 'Optimizer',the length of order parameters must be the same as "
                             "the length of group parameters, but got order parameters' length "
                             f"{len(ordered)}, group parameters' length {len(self.group_params)}.")
        names = [p.name for p in ordered]
        n = len(ordered)
        params, lrs, wds, gcs = [None] * n, [None] * n, [None] * n, [None] * n
        for p, lr, wd, gc in zip(self.group_params, self.group_lr, self.group_weight_decay,
                                 self.group_grad_centralization):
            i = names.index(p.name)
            params[i], lrs[i], wds[i], gcs[i] = p, lr, wd, gc
        self.group_params, self.group_lr = params, lrs
        self.group_weight_decay, self.group_grad_centralization = wds, gcs

    # ------------------------------------------------------------------ properties
    @property
    def unique(self):
        return self._unique

    @unique.setter
    def unique(self, value):
        if not isinstance(value, bool):
            raise TypeError(f"For 'Optimizer', the property 'unique' must be bool, but got "
                            f"{type(value)}")
        self._unique = value

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        raise NotImplementedError

    # ------------------------------------------------------------------ gradient transforms
    def flatten_gradients(self, gradients):
        return gradients

    def decay_weight(self, gradients):
        """``g + weight_decay * w`` for the Parameters selected by ``decay_flags``."""
        if not self.exec_weight_decay:
            return gradients
        wd = self.get_weight_decay()
        out = []
        for i, (p, g) in enumerate(zip(self._parameters, gradients)):
            if self.decay_flags[i]:
                w = wd[i] if self.is_group else wd
                g = Tensor._wrap(R.decay(_arr(w), p._array(), _arr(g)))
            out.append(g)
        return tuple(out)

    def gradients_centralization(self, gradients):
        if not self.is_group:
            return gradients
        return tuple(Tensor._wrap(R.centralize(_arr(g))) if flag else g
                     for flag, g in zip(self.grad_centralization_flags, gradients))

    def scale_grad(self, gradients):
        if not self.need_scale:
            return gradients
        r = self.reciprocal_scale._array()
        return tuple(Tensor._wrap(_arr(g) * r.astype(_arr(g).dtype)) for g in gradients)

    def _grad_sparse_indices_deduplicate(self, gradients):
        return gradients

    # ------------------------------------------------------------------ hyper-parameters
    def get_weight_decay(self):
        if self.dynamic_weight_decay:
            if self.is_group:
                return tuple(w(self.global_step) if flag else w
                             for w, flag in zip(self.weight_decay, self.dynamic_decay_flags))
            return self.weight_decay(self.global_step)
        return self.weight_decay

    def get_lr(self):
        """The learning rate of the current step: the ``learning_rate`` Parameter, a rate from
        the dynamic schedule, or a tuple of those (one per Parameter) with group rates."""
        lr = self.learning_rate
        if self.dynamic_lr:
            if self.is_group_lr:
                return tuple(cell(self.global_step).reshape(()) for cell in self.learning_rate)
            return self.learning_rate(self.global_step).reshape(())
        return lr

    def get_lr_parameter(self, param):
        def value(lr):
            return lr.learning_rate if isinstance(lr, (_ConvertToCell, _IteratorLearningRate)) \
                else lr

        if isinstance(param, Parameter):
            plist = [param]
        elif isinstance(param, list):
            plist = param
        else:
            raise TypeError(f"For 'get_lr_parameter', the 'param' must be 'Parameter' or 'list' "
                            f"type, but got {type(param)}.")
        ids = [id(p) for p in self._parameters]
        out = []
        for p in plist:
            V.value_type("parameter", p, [Parameter], self.cls_name)
            if id(p) not in ids:
                raise ValueError(f"For 'get_lr_parameter', the parameter {p.name} is not in "
                                 "optimizer, please check whether the argument 'param' is "
                                 "correct.")
            lr = self.learning_rate[ids.index(id(p))] if self.is_group_lr else self.learning_rate
            out.append(value(lr))
        return out if isinstance(param, list) else out[0]

    def _is_dynamic_lr_or_weight_decay(self):
        return self.dynamic_lr or self.dynamic_weight_decay

    # ------------------------------------------------------------------ helpers for subclasses
    def _lr_values(self, lr):
        """One Float32 rate array per Parameter."""
        if self.is_group_lr:
            return [_arr(x) for x in lr]
        return [_arr(lr)] * self.param_length

    def _wd_values(self, wd):
        if self.is_group:
            return [_arr(x) for x in wd]
        return [_arr(wd)] * self.param_length

    def _prepare_step(self, gradients):
        """The start of an update, in MindSpore's order: check the gradients, add weight decay,
        centralise, undo the loss scale; then this step's learning rates (one per Parameter),
        and count the step."""
        gradients = self._check_gradients(gradients)
        gradients = self.decay_weight(gradients)
        gradients = self.gradients_centralization(gradients)
        gradients = self.scale_grad(gradients)
        lrs = self._lr_values(self.get_lr())
        self._increase_global_step()
        return gradients, lrs

    def _increase_global_step(self):
        assign_add(self.global_step, Tensor(np.ones((1,), np.int32)))

    def _check_gradients(self, gradients):
        if not isinstance(gradients, (tuple, list)):
            raise TypeError(f"For '{self.cls_name}', the 'gradients' must be a tuple of Tensors "
                            f"(one per parameter), but got {type(gradients).__name__}.")
        if len(gradients) != self.param_length:
            raise ValueError(f"For '{self.cls_name}', the number of 'gradients' "
                             f"({len(gradients)}) must equal the number of parameters "
                             f"({self.param_length}).")
        return tuple(gradients)

    def _check_lr_steps(self):
        """Eager check that a per-step rate list still has an entry for ``global_step`` (the
        gather inside a compiled step cannot raise)."""
        if not self.dynamic_lr:
            return
        cells = self.learning_rate if self.is_group_lr else [self.learning_rate]
        step = None
        for cell in cells:
            if isinstance(cell, _IteratorLearningRate):
                if step is None:
                    step = int(np.asarray(self.global_step._array()).reshape(-1)[0])
                cell._check_index(step)

    def __call__(self, *args, **kwargs):
        if not state.in_transform() and not _context.in_graph_call():
            self._check_lr_steps()
        return super().__call__(*args, **kwargs)

    def construct(self, *hyper_params):
        raise NotImplementedError


def write(param, value):
    """Write a new value (JAX array) into an optimizer-managed Parameter."""
    assign(param, Tensor._wrap(value))


# ---------------------------------------------------------------------- learning-rate cells
class _ConvertToCell(LearningRateSchedule):
    """A fixed group rate as a schedule (used when another group's rate is dynamic)."""

    def __init__(self, learning_rate):
        super().__init__()
        if not isinstance(learning_rate, Parameter):
            raise TypeError("For 'Optimizer', the argument 'learning_rate' must be Parameter, "
                            f"but got {type(learning_rate)}.")
        self.learning_rate = learning_rate

    def construct(self, global_step):
        return Tensor._wrap(self.learning_rate._array() + _F32(1.0) - _F32(1.0))


class _IteratorLearningRate(LearningRateSchedule):
    """Rate ``i`` of a 1-d list for step ``i`` (a gather of the ``learning_rate`` Parameter)."""

    def __init__(self, learning_rate, name):
        super().__init__()
        if isinstance(learning_rate, Tensor):
            if learning_rate.ndim != 1:
                raise ValueError("For 'Optimizer', the dimension of the argument 'learning_rate' "
                                 f"should be 1, but got {learning_rate.ndim}.")
        else:
            raise TypeError("For 'Optimizer', the argument 'learning_rate' must be Tensor, "
                            f"but got {type(learning_rate)}.")
        self.learning_rate = Parameter(learning_rate, name)

    def _check_index(self, step):
        n = self.learning_rate.shape[0]
        if not 0 <= step < n:
            raise RuntimeError(f"For 'Gather', the 'input_indices' should be in the range "
                               f"[0, {n}), but got {step} (the learning-rate list has {n} "
                               f"entries, one per step).")

    def construct(self, global_step):
        rates = self.learning_rate._array()
        idx = _arr(global_step)
        if not isinstance(idx, jax.core.Tracer):
            for s in np.asarray(idx).reshape(-1):
                self._check_index(int(s))
        return Tensor._wrap(jnp.take(rates, idx, axis=0, mode="fill", fill_value=np.nan))


class _WrappedWeightDecay(Cell):
    """A weight-decay schedule times the loss scale."""

    def __init__(self, weight_decay, loss_scale=1.0):
        super().__init__()
        self.weight_decay = weight_decay
        self.loss_scale = Tensor(loss_scale, mstype.float32)

    def construct(self, global_step):
        return Tensor._wrap(_arr(self.weight_decay(global_step)) * self.loss_scale._array())


def _jit_constant_params(self):
    """Hyperparameter Parameters (0-d, not trained, not written by a step: momentum, a fixed
    learning rate, betas ...) that ``ms.jit`` may compile in as constants, keyed by their
    version; one that a step does write is demoted to state at its first write."""
    trained = {id(p) for p in self._parameters}
    return [p for p in self._params.values()
            if p is not None and id(p) not in trained
            and len(p.shape) <= 1 and p.size == 1 and p.name != "global_step"]


Optimizer._jit_constant_params = _jit_constant_params
