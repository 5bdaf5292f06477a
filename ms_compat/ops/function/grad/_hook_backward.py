"""``ops.HookBackward`` (MindSpore: ``mindspore.ops.operations.debug_ops.HookBackward``); the
machinery is ``ms_compat/_src/hooks.py``."""
from ...._src import hooks as _hooks
from ...primitive import Primitive


class HookBackward(Primitive):
    """Identity on its inputs whose backward calls ``hook_fn(grads)``; ``hook_fn`` may return
    replacement gradients. PyNative only: under ``ms.jit``/GRAPH mode it does nothing (as in
    MindSpore 2.10, where the hook is never called there)."""

    def __init__(self, hook_fn, cell_id=""):
        super().__init__("HookBackward")
        _hooks.check_hook_fn(hook_fn)
        self.hook_fn = hook_fn
        self.cell_id = cell_id
        self.add_prim_attr("cell_id", cell_id)

    def __call__(self, *inputs, **kwargs):
        return _hooks.hook_backward_call(self.hook_fn, inputs, kwargs)
