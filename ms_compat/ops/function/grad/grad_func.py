"""``mindspore.ops.function.grad.grad_func``: functional autodiff (machinery in ``_src/autodiff``)."""
from ...._src.autodiff import grad, stop_gradient, value_and_grad

__all__ = ["grad", "value_and_grad", "stop_gradient"]
