"""Lower ``return`` / ``break`` / ``continue`` inside control flow to flag variables.

After lowering, converted ``if`` / loops contain no jumps, so they can become functions:

  * ``return v`` inside an ``if`` / loop -> ``_ms_rv = v; _ms_rf = True``; the statements after
    it run under ``if _ms_.none_set(_ms_rf):`` and the function ends with ``return _ms_rv``
    (a path that falls off the end sets ``_ms_rv = None``, Python's implicit return);
  * ``break`` -> ``_ms_brkN = True``; a ``while`` test becomes ``_ms_.loop_test(<no flag set>,
    lambda: test)``, a ``for`` gets the extra test ``<no flag set>``;
  * ``continue`` -> ``_ms_cntN = True``, cleared at the top of each iteration; the rest of the
    body is guarded by the flag.
With Python conditions the flags stay Python bools and the code runs as before; with Tensor
conditions they become traced booleans joined by the converted ``if``.
"""
from __future__ import annotations

import ast
import itertools

from .analysis import contains

__all__ = ["lower_function", "RF", "RV"]

RF = "_ms_rf"
RV = "_ms_rv"


def _name(id_, ctx=None):
    return ast.Name(id=id_, ctx=ctx or ast.Load())


def _assign(name, value):
    return ast.Assign(targets=[_name(name, ast.Store())], value=value)


def _runtime(attr):
    return ast.Attribute(value=_name("_ms_"), attr=attr, ctx=ast.Load())


def _no_args():
    return ast.arguments(posonlyargs=[], args=[], vararg=None, kwonlyargs=[], kw_defaults=[],
                         kwarg=None, defaults=[])


def _none_set(flags):
    return ast.Call(func=_runtime("none_set"), args=[_name(f) for f in sorted(flags)],
                    keywords=[])


def _nested_return(body):
    """Whether a ``return`` sits inside a compound statement of this function (needs lowering)."""
    return any(not isinstance(s, ast.Return) and contains([s], ast.Return) for s in body)


class _Lowerer:
    def __init__(self, counter, lower_returns):
        self.counter = counter
        self.lower_returns = lower_returns

    def block(self, stmts, loop):
        out = []
        for i, s in enumerate(stmts):
            new, jumps, definite = self.stmt(s, loop)
            out.extend(new)
            if definite:
                return out, jumps
            if jumps:
                rest, rest_jumps = self.block(stmts[i + 1:], loop)
                if rest:
                    out.append(ast.If(test=_none_set(jumps), body=rest, orelse=[]))
                return out, jumps | rest_jumps
        return out, set()

    def stmt(self, s, loop):
        if isinstance(s, ast.Return) and self.lower_returns:
            value = s.value if s.value is not None else ast.Constant(value=None)
            return [_assign(RV, value), _assign(RF, ast.Constant(value=True))], {RF}, True
        if isinstance(s, ast.Break) and loop is not None and loop[0]:
            return [_assign(loop[0], ast.Constant(value=True))], {loop[0]}, True
        if isinstance(s, ast.Continue) and loop is not None and loop[1]:
            return [_assign(loop[1], ast.Constant(value=True))], {loop[1]}, True
        if isinstance(s, ast.If):
            body, j1 = self.block(s.body, loop)
            orelse, j2 = self.block(s.orelse, loop)
            s.body = body or [ast.Pass()]
            s.orelse = orelse
            return [s], j1 | j2, False
        if isinstance(s, (ast.For, ast.While)):
            return self.loop(s)
        if isinstance(s, ast.With):
            body, j = self.block(s.body, loop)
            s.body = body or [ast.Pass()]
            return [s], j, False
        return [s], set(), False

    def loop(self, s):
        k = next(self.counter)
        brk = f"_ms_brk{k}" if contains(s.body, ast.Break, stop_at_loops=True) else None
        cnt = f"_ms_cnt{k}" if contains(s.body, ast.Continue, stop_at_loops=True) else None
        body, jumps = self.block(s.body, (brk, cnt))
        if cnt:
            body = [_assign(cnt, ast.Constant(value=False))] + body
        s.body = body or [ast.Pass()]
        out_jumps = jumps & {RF}
        stop = {f for f in (brk,) if f} | out_jumps
        pre = [_assign(brk, ast.Constant(value=False))] if brk else []
        if cnt:
            pre.append(_assign(cnt, ast.Constant(value=False)))
        if stop:
            if isinstance(s, ast.While):
                s.test = ast.Call(func=_runtime("loop_test"),
                                  args=[_none_set(stop), ast.Lambda(args=_no_args(), body=s.test)],
                                  keywords=[])
            else:
                s._ms_extra_test = _none_set(stop)
        return pre + [s], out_jumps, False


def lower_function(fdef, counter=None):
    """Lower the jumps of one ``FunctionDef`` in place (nested defs are lowered on their own)."""
    counter = counter or itertools.count(1)
    needs_ret = _nested_return(fdef.body)
    needs_loop = any(contains([s], (ast.Break, ast.Continue)) for s in fdef.body)
    if not needs_ret and not needs_loop:
        return fdef
    body = list(fdef.body)
    if needs_ret and not (body and isinstance(body[-1], ast.Return)):
        body.append(ast.Return(value=ast.Constant(value=None)))
    lw = _Lowerer(counter, needs_ret)
    new, _ = lw.block(body, None)
    if needs_ret:
        new = ([_assign(RF, ast.Constant(value=False)),
                _assign(RV, ast.Attribute(value=_name("_ms_"), attr="RETURN_UNSET",
                                          ctx=ast.Load()))]
               + new + [ast.Return(value=_name(RV))])
    fdef.body = new
    return fdef
