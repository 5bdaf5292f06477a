"""``mindspore.ops.GradOperation``: the older, flag-driven gradient API (on :func:`grad_call`).

``GradOperation(get_all=False, get_by_list=False, sens_param=False)(fn, weights=None)`` returns a
function of ``fn``'s inputs (plus the sens when ``sens_param``). Result structures, as MindSpore
2.10 gives them (checked for all 8 flag combinations, on functions and Cells):

=========================  ==================================================================
flags                      result
=========================  ==================================================================
(none)                     gradient of the first input, bare (``()`` if it is not a Tensor)
get_all                    tuple of the gradients of all Tensor inputs (also for one input)
get_by_list                tuple of weight gradients; a single Parameter gives a bare gradient;
                           without ``weights``, every Parameter the function reads (first-read
                           order)
get_all + get_by_list      ``(inputs tuple, weights tuple)``
sens_param                 the last positional argument is the cotangent of the output(s)
=========================  ==================================================================
Outputs are summed (ones cotangent) as in ``grad``; ``weights`` is ignored without
``get_by_list``.
"""
from __future__ import annotations

from .autodiff import GradSpec, grad_call, has_aliases
from .eager_cache import CompiledEager

__all__ = ["GradOperation"]


def _check_bool(name, value):
    if not isinstance(value, bool):
        raise TypeError(f"For 'GradOperation', the '{name}' should be bool, but got "
                        f"{type(value).__name__}")


class GradOperation:
    """A higher-order function object generating gradient functions (see module docstring)."""

    def __init__(self, get_all=False, get_by_list=False, sens_param=False):
        _check_bool("get_all", get_all)
        _check_bool("get_by_list", get_by_list)
        _check_bool("sens_param", sens_param)
        self.get_all = get_all
        self.get_by_list = get_by_list
        self.sens_param = sens_param
        self.name = "GradOperation"

    def __call__(self, fn, weights=None):
        if not callable(fn):
            raise TypeError(f"The fn should be callable, but got {type(fn).__name__}")
        spec = GradSpec.for_grad_operation(self.get_all, self.get_by_list, self.sens_param,
                                           weights if self.get_by_list else None)

        def impl(*args, **kwargs):
            return grad_call(fn, spec, args, kwargs, "GradOperation")

        compiled = CompiledEager(impl)

        def after_grad(*args, **kwargs):
            if has_aliases(args, spec):  # object identity matters: a compiled call would lose it
                return impl(*args, **kwargs)
            return compiled(*args, **kwargs)

        after_grad.__wrapped__ = fn
        return after_grad

    def __repr__(self):
        return "GradOperation"
