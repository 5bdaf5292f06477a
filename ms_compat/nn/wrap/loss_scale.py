"""``mindspore.nn.wrap.loss_scale``: loss-scale update Cells and TrainOneStepWithLossScaleCell.

MindSpore 2.10 semantics:
  * ``DynamicLossScaleUpdateCell(loss_scale_value, scale_factor, scale_window)`` is called with
    the ``scale_sense`` Parameter and the overflow flag: on overflow the scale becomes
    ``max(scale / scale_factor, 1)``; after ``scale_window`` steps without overflow it is
    multiplied by ``scale_factor``. Its state is ``current_iterator_step`` (Int32, starts at 1)
    and ``last_overflow_iterator_step`` (Int32, starts at 0); it returns the overflow flag;
  * ``FixedLossScaleUpdateCell(loss_scale_value)`` keeps the scale and returns the flag;
  * ``TrainOneStepWithLossScaleCell(network, optimizer, scale_sense)``: ``scale_sense`` is an
    update Cell (a Float32 Parameter ``scale_sense`` is made from its ``get_loss_scale()``) or a
    Tensor of shape () / (1,). A step seeds the backward pass with the scale, divides the
    gradients by it, checks them for inf/nan (``get_overflow_status``), lets the update Cell
    adjust the scale (``process_loss_scale``) and runs the optimizer only when there was no
    overflow. It returns ``(loss, overflow, scale)`` where ``scale`` is the scale used.

Overflow detection follows MindSpore's GPU path (any non-finite gradient element). MindSpore
2.10 on CPU cannot run this Cell (its Ascend status op has no CPU kernel); ms_compat runs it on
every backend. Inside a compiled step the "skip the update on overflow" branch is a select
between the old and the new optimizer state.
"""
from __future__ import annotations

import jax
import jax.numpy as jnp
import numpy as np

from ..._src import dtype as mstype
from ..._src import state
from ..._src.cell import Cell
from ..._src.parameter import Parameter
from ..._src.tensor import Tensor
from ...ops.function.parameter_func import assign
from .cell_wrapper import TrainOneStepCell, eager_call, get_attr_from_cell

__all__ = ["DynamicLossScaleUpdateCell", "FixedLossScaleUpdateCell",
           "TrainOneStepWithLossScaleCell"]

_F32 = np.float32


def _arr(x):
    return x._array() if isinstance(x, Tensor) else jnp.asarray(x)


class DynamicLossScaleUpdateCell(Cell):
    """Dynamic loss scale (see module docstring)."""

    def __init__(self, loss_scale_value, scale_factor, scale_window):
        super().__init__()
        self.scale_window = Tensor(scale_window, dtype=mstype.int32)
        self.scale_factor = Tensor(scale_factor, dtype=mstype.float32)
        self.loss_scale_value = loss_scale_value
        self.cur_iter = Parameter(Tensor(1, dtype=mstype.int32), name="current_iterator_step")
        self.last_overflow_iter = Parameter(Tensor(0, dtype=mstype.int32),
                                            name="last_overflow_iterator_step")
        self.minimum_loss_scale = Tensor(1.0, dtype=mstype.float32)

    def get_loss_scale(self):
        return self.loss_scale_value

    def construct(self, loss_scale, overflow):
        cond = _arr(overflow).astype(bool)
        scale = _arr(loss_scale)
        factor = self.scale_factor._array().astype(scale.dtype)
        on_overflow = jnp.where(cond, jnp.maximum(scale * (jnp.asarray(1, scale.dtype) / factor),
                                                  self.minimum_loss_scale._array()), scale)
        cur = self.cur_iter._array()
        last = self.last_overflow_iter._array()
        should_inc = self.scale_window._array() <= cur - last
        assign(self.last_overflow_iter, Tensor._wrap(jnp.where(cond | should_inc, cur, last)))
        grow = should_inc & ~cond
        assign(loss_scale, Tensor._wrap(jnp.where(grow, on_overflow * factor, on_overflow)))
        assign(self.cur_iter, Tensor._wrap(cur + 1))
        return overflow


class FixedLossScaleUpdateCell(Cell):
    """Fixed loss scale: the scale never changes."""

    def __init__(self, loss_scale_value):
        super().__init__()
        self.loss_scale_value = loss_scale_value

    def get_loss_scale(self):
        return self.loss_scale_value

    def construct(self, _, overflow):
        return overflow


class TrainOneStepWithLossScaleCell(TrainOneStepCell):
    """TrainOneStepCell with loss scaling and overflow handling (see module docstring)."""

    def __init__(self, network, optimizer, scale_sense):
        super().__init__(network, optimizer, sens=None)
        self.loss_scaling_manager = None
        if isinstance(scale_sense, Cell):
            self.loss_scaling_manager = scale_sense
            self.scale_sense = Parameter(Tensor(scale_sense.get_loss_scale(),
                                                dtype=mstype.float32), name="scale_sense")
        elif isinstance(scale_sense, Tensor):
            if scale_sense.shape in ((1,), ()):
                self.scale_sense = Parameter(scale_sense, name="scale_sense")
            else:
                raise ValueError("For 'TrainOneStepWithLossScaleCell', the shape of "
                                 f"'scale_sense' must be (1,) or (), but got {scale_sense.shape}.")
        else:
            raise TypeError("For 'TrainOneStepWithLossScaleCell', the 'scale_sense' must be Cell "
                            f"or Tensor, but got 'scale_sense' type: {type(scale_sense)}.")
        get_attr_from_cell(self, network)

    def _train_step(self, *inputs):
        scaling_sens = Tensor._wrap(self.scale_sense._array())
        seed = scaling_sens._array()
        loss, grads = self._loss_and_grads(inputs, Tensor._wrap(seed.reshape(()))
                                           if seed.size == 1 else scaling_sens)
        inv = jnp.asarray(1, _F32) / scaling_sens._array()
        grads = tuple(Tensor._wrap(_arr(g) * inv.astype(_arr(g).dtype)) for g in grads)
        grads = self.grad_reducer(grads)
        status = Tensor(np.zeros(8, np.int32))
        cond = self.get_overflow_status(status, grads)
        overflow = self.process_loss_scale(cond)
        self._update_unless(overflow, grads)
        return loss, cond, scaling_sens

    def construct(self, *inputs):
        loss, cond, scale = super().construct(*inputs)
        if eager_call():
            scale = self.scale_sense  # PyNative returns the live Parameter, as MindSpore
        return loss, cond, scale

    def _update_unless(self, overflow, grads):
        """``if not overflow: optimizer(grads)``; traced, a select of old/new state."""
        flag = _arr(overflow)
        if not isinstance(flag, jax.core.Tracer):
            if not bool(np.asarray(flag).all()):
                self.optimizer(grads)
            return
        with state.bind((), (), kind="loss_scale") as frame:
            self.optimizer(grads)
        skip = jnp.all(flag.astype(bool))
        for p, new in zip(frame.written_params(), frame.written_values()):
            state.write(p, jnp.where(skip, state.read(p), new))

    def set_sense_scale(self, sens):
        if self.scale_sense is not None and isinstance(sens, Tensor):
            self.scale_sense.set_data(sens)
        else:
            raise TypeError("For 'TrainOneStepWithLossScaleCell', the type of 'sens' must be "
                            f"Tensor, but got {type(sens)}")

    def start_overflow_check(self, pre_cond, compute_input):
        """MindSpore clears the Ascend float status here; there is none to clear on JAX."""
        return Tensor(np.zeros(8, np.int32)), compute_input

    def get_overflow_status(self, status, compute_output):
        """True (a 0-d Bool Tensor) when any gradient element is inf or nan."""
        finite = jnp.asarray(True)
        for g in compute_output:
            finite = finite & jnp.all(jnp.isfinite(_arr(g)))
        return Tensor._wrap(~finite)

    def process_loss_scale(self, overflow):
        if self.loss_scaling_manager is not None:
            return self.loss_scaling_manager(self.scale_sense, overflow)
        return overflow

