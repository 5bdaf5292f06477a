"""``mindspore.nn.wrap.cell_wrapper``: WithLossCell, WithGradCell, WithEvalCell, TrainOneStepCell.

MindSpore 2.10 semantics:
  * the wrappers are ``auto_prefix=False`` Cells: wrapping a network does not rename its
    Parameters (checkpoint keys stay ``fc1.weight``; a TrainOneStepCell checkpoint holds the
    network's Parameters followed by the optimizer state);
  * ``TrainOneStepCell(network, optimizer, sens=None, return_grad=False)`` differentiates
    ``network`` with respect to ``optimizer.parameters``, runs the optimizer and returns the
    loss computed *before* the update; ``sens`` (not 0) is the seed of the backward pass, so the
    gradients are multiplied by it; ``return_grad=True`` also returns ``{name: gradient}``;
    construction does not change ``training`` (``Model`` calls ``set_train()``).

Execution: the forward and backward run once per step (``jax.vjp``), like MindSpore's PyNative
``set_grad`` tape. Called eagerly, the whole step (forward, backward, optimizer) is compiled
after its first call with the same machinery as eager ``value_and_grad`` (``CompiledEager``):
one dispatch per step, falling back to op-by-op execution when the network prints, draws random
numbers or cannot be traced. A per-step learning-rate list running out is checked on the host
before each step, so it raises as in MindSpore even when the step is compiled.
"""
from __future__ import annotations

from ..._src import context as _context
from ..._src import state
from ..._src.autodiff import GradSpec, grad_call
from ..._src.cell import Cell
from ..._src.cell import touch as _cell_touch
from ..._src.eager_cache import CompiledEager
from ..._src.parameter import ParameterTuple
from ..._src.tensor import Tensor
from ... import _checkparam as V

__all__ = ["WithLossCell", "WithGradCell", "WithEvalCell", "TrainOneStepCell"]


def get_attr_from_cell(cell, network):
    """Copy the attributes MindSpore propagates from a wrapped network (``_amp_level``)."""
    if isinstance(network, Cell):
        level = network.__dict__.get("_amp_level")
        if level is not None:
            _cell_touch()
            cell.__dict__["_amp_level"] = level


def eager_call() -> bool:
    """True when running op by op at the top level (no transform, no graph compilation)."""
    return not state.in_transform() and not _context.in_graph_call()


class WithLossCell(Cell):
    """``loss_fn(backbone(data), label)``."""

    def __init__(self, backbone, loss_fn):
        super().__init__(auto_prefix=False)
        self._backbone = backbone
        self._loss_fn = loss_fn
        get_attr_from_cell(self, backbone)

    def construct(self, data, label):
        out = self._backbone(data)
        return self._loss_fn(out, label)

    @property
    def backbone_network(self):
        return self._backbone


class WithGradCell(Cell):
    """Gradients of ``network`` (with ``loss_fn`` if given) with respect to its trainable
    Parameters, as a tuple; ``sens`` seeds the backward pass."""

    def __init__(self, network, loss_fn=None, sens=None):
        super().__init__(auto_prefix=False)
        self.network = network
        self.loss_fn = loss_fn
        self.weights = ParameterTuple(network.trainable_params())
        self.sens = sens
        self.network_with_loss = network if loss_fn is None else WithLossCell(network, loss_fn)
        self.network_with_loss.set_train()
        self._spec = GradSpec(None, self.weights, sens_param=sens is not None)
        get_attr_from_cell(self, network)

    def construct(self, *inputs):
        if self.sens is not None:
            inputs = inputs + (self.sens,)
        return grad_call(self.network_with_loss, self._spec, inputs, {}, "GradOperation")


class WithEvalCell(Cell):
    """``(loss, outputs, label)`` for evaluation; ``add_cast_fp32`` casts outputs and label to
    Float32 before the loss (used by Model under amp levels O2/O3)."""

    def __init__(self, network, loss_fn, add_cast_fp32=False):
        super().__init__(auto_prefix=False)
        self._network = network
        self._loss_fn = loss_fn
        self.add_cast_fp32 = V.value_type("add_cast_fp32", add_cast_fp32, [bool],
                                          type(self).__name__)
        get_attr_from_cell(self, network)

    def construct(self, data, label):
        outputs = self._network(data)
        if self.add_cast_fp32:
            from ..._src import dtype as mstype
            label = _cast_float(label, mstype.float32)
            outputs = _cast_float(outputs, mstype.float32)
        loss = self._loss_fn(outputs, label)
        return loss, outputs, label


def _cast_float(x, dt):
    from ..._src import dtype as mstype
    if isinstance(x, Tensor) and mstype.is_float(x.dtype) and x.dtype is not dt:
        return x.astype(dt)
    return x


class TrainOneStepCell(Cell):
    """One training step: loss and gradients of ``network``, then ``optimizer(grads)``; returns
    the pre-update loss (see module docstring)."""

    def __init__(self, network, optimizer, sens=None, return_grad=False):
        super().__init__(auto_prefix=False)
        from ..layer.basic import Identity
        self.network = network
        self.network.set_grad()
        self.optimizer = optimizer
        self.weights = self.optimizer.parameters
        self.sens = sens
        if sens is not None and bool(sens == 0):
            raise ValueError("The input argument of 'sens' can not be 0.")
        self.sense_flag = sens is not None
        if sens is None:
            self.sens = 1.0
        self.return_grad = return_grad
        if return_grad:
            self.weights_name = [p.name for p in self.optimizer.parameters]
        self.reducer_flag = False
        self.grad_reducer = Identity()
        # MindSpore's attribute, used by subclasses that override construct (model-zoo code).
        from ..._src.grad_operation import GradOperation
        self.grad = GradOperation(get_by_list=True, sens_param=True)
        get_attr_from_cell(self, network)
        self.__dict__["_step_runner"] = CompiledEager(self._train_step)

    # -- the step
    def _loss_and_grads(self, inputs, sens=None):
        """(network output, weight gradients) from one forward/backward pass; ``sens`` seeds
        the backward pass (broadcast to the loss)."""
        if sens is None:
            spec = GradSpec(None, self.weights, get_value=True)
            return grad_call(self.network, spec, tuple(inputs), {}, "GradOperation")
        spec = GradSpec(None, self.weights, get_value=True, sens_param=True)
        return grad_call(self.network, spec, tuple(inputs) + (sens,), {}, "GradOperation")

    def _finish(self, loss, grads):
        if self.return_grad:
            return loss, {name: g for name, g in zip(self.weights_name, grads)}
        return loss

    def _train_step(self, *inputs):
        loss, grads = self._loss_and_grads(inputs, self.sens if self.sense_flag else None)
        grads = self.grad_reducer(grads)
        self.optimizer(grads)
        return self._finish(loss, grads)

    def construct(self, *inputs):
        if eager_call():
            self.optimizer._check_lr_steps()
        return self._step_runner(*inputs)
