"""Python control flow on Tensors inside ``ms.jit`` / GRAPH_MODE (MindSpore's static-graph syntax).

``convert(fn)`` rewrites a function's ``if`` / ``while`` / ``for`` / ``break`` / ``continue`` /
``return`` / ``and`` / ``or`` / ``not`` / conditional expressions into calls of runtime operators
that run plain Python on Python values and ``lax.cond`` / a differentiable while / ``lax.scan`` on
traced Tensors (the approach of MindSpore's parser and TensorFlow's AutoGraph).

| file | idea |
|---|---|
| ``analysis.py`` | names a statement assigns / reads, jumps it contains |
| ``lowering.py`` | ``return`` / ``break`` / ``continue`` -> flag variables |
| ``transformer.py`` | statements -> operator calls; MindSpore's syntax errors |
| ``compiler.py`` | source, compile with the original globals/closure, caches |
| ``operators.py`` | what converted code calls (``_ms_``) |
| ``truth.py`` / ``values.py`` / ``scalar.py`` | conditions, variable flattening, scalar variables |
| ``trace.py`` / ``cond.py`` / ``loops.py`` / ``dwhile.py`` | the ``lax`` side, with state |
| ``guards.py`` | specialising on the branch taken where no ``lax`` form exists |
"""
from .compiler import convert, is_converted
from .guards import NeedDecision, mark_guarded, run_graph, specialise, try_decide
from .scalar import ScalarTensor

__all__ = ["convert", "is_converted", "NeedDecision", "mark_guarded", "run_graph", "specialise",
           "try_decide", "ScalarTensor"]
