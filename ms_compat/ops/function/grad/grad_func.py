"""``mindspore.ops.function.grad.grad_func``: functional autodiff. The machinery is private:
``grad``/``value_and_grad`` in ``_src/autodiff.py``, ``vjp``/``jvp`` in ``_src/functional_ad.py``,
``jacfwd``/``jacrev`` in ``_src/jacobian.py``, ``vmap`` in ``_src/vmap.py``.

``GradOperation`` and ``HookBackward`` are exported here as well so that ``mindspore.ops`` (which
star-imports this module) has them; their MindSpore homes are ``ops.composite`` and
``ops.operations.debug_ops``.
"""
from ...._src.autodiff import grad, stop_gradient, value_and_grad
from ...._src.functional_ad import jvp, vjp
from ...._src.grad_operation import GradOperation
from ...._src.jacobian import jacfwd, jacrev
from ...._src.vmap import vmap
from ._hook_backward import HookBackward

__all__ = ["grad", "value_and_grad", "stop_gradient", "vjp", "jvp", "jacfwd", "jacrev", "vmap",
           "GradOperation", "HookBackward"]
