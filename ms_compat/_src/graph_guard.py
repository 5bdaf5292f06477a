"""Python truth tests on traced Tensors (``if x > 0:`` inside ``ms.jit`` / ``grad``).

MindSpore's GRAPH mode compiles such control flow; ms_compat's jit converts it by source
transformation where it can (see ``_src/jit``). Where a traced value still reaches ``bool()``,
the value is not known at trace time: raise an error that names the construct instead of JAX's
``TracerBoolConversionError`` deep inside.
"""
from __future__ import annotations


class TracedBoolError(RuntimeError):
    pass


def concrete_bool(data):
    from .jit_ast import try_decide  # lazy: jit_ast imports the Tensor machinery

    decided = try_decide(data)  # at the top of a compiled call: specialise on the branch taken
    if decided is not None:
        return decided
    raise TracedBoolError(
        "The truth value of a Tensor is not known while the function is being compiled or "
        "differentiated (ms.jit / GRAPH_MODE / grad): Python control flow (if/while/and/or) on "
        f"a Tensor of shape {tuple(data.shape)} cannot be traced here. Use ops.select / "
        "ops.where, or compute the condition outside the function.")
