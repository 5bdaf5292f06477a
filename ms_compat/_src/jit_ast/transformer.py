"""The source transformation: Python control flow -> calls of the runtime operators.

For each function (and each ``def`` nested in it), after ``lowering.py`` removed the jumps:

    if test:            def _ms_fn_if_t3(a, b):        def _ms_fn_if_f3(a, b):
        a = ...   ->        a = ...                        b = ...
    else:                   return (a, b)                  return (a, b)
        b = ...         (a, b) = _ms_.if_stmt(test, _ms_fn_if_t3, _ms_fn_if_f3, (a, b),
                                              ('a', 'b'), <names read later>)

``while`` becomes ``_ms_.while_stmt(test_fn, body_fn, vars, names)``; ``for t in it`` becomes
``_ms_.for_stmt(it, body_fn(item, *vars), vars, names, extra_test)``; ``a if c else b``,
``and`` / ``or``, ``not``, chained comparisons and ``assert`` call their operators; every call
``f(...)`` becomes ``_ms_.call(f)(...)`` so user functions called from a compiled function are
converted too (MindSpore compiles the whole call graph). The variables of a statement are the
names its body assigns; ones not yet bound are initialised to ``_ms_.undefined('name')`` at the
top of the function.

Syntax MindSpore 2.10's GRAPH mode rejects raises its error here (each message checked on it):
``try`` / ``del`` / ``nonlocal`` -> ``RuntimeError: Unsupported statement 'Try'.`` (...),
``yield`` / ``:=`` -> ``Unsupported expression 'Yield'.`` (...), ``for``/``while`` with ``else``
-> ``The 'for...else...' statement is not supported now.``; a variable first assigned in a loop
body and read after the loop -> ``UnboundLocalError: The local variable 'i' defined in the 'for'
loop body cannot be used outside of the loop body. Please define variable 'i' before 'for'.``
"""
from __future__ import annotations

import ast
import itertools

from .analysis import FN_PREFIX, INTERNAL_PREFIX, assigned_names, loaded_names
from .lowering import lower_function

__all__ = ["check_syntax", "convert_function_node", "convert_lambda_node"]

_NO_WRAP = frozenset({"super", "locals", "globals", "vars", "eval", "exec", "dir"})


# ----------------------------------------------------------------------------- rejected syntax
class _Reject(ast.NodeVisitor):
    _STMTS = {ast.Try: "Try", ast.Delete: "Delete", ast.Nonlocal: "Nonlocal"}
    _EXPRS = {ast.Yield: "Yield", ast.YieldFrom: "YieldFrom", ast.NamedExpr: "NamedExpr",
              ast.Await: "Await"}

    def generic_visit(self, node):
        for cls, name in self._STMTS.items():
            if isinstance(node, cls):
                raise RuntimeError(f"Unsupported statement '{name}'.")
        if hasattr(ast, "TryStar") and isinstance(node, ast.TryStar):
            raise RuntimeError("Unsupported statement 'Try'.")
        for cls, name in self._EXPRS.items():
            if isinstance(node, cls):
                raise RuntimeError(f"Unsupported expression '{name}'.")
        if isinstance(node, ast.For) and node.orelse:
            raise RuntimeError("The 'for...else...' statement is not supported now.")
        if isinstance(node, ast.While) and node.orelse:
            raise RuntimeError("The 'while...else...' statement is not supported now.")
        super().generic_visit(node)


def check_syntax(node):
    _Reject().visit(node)


# ----------------------------------------------------------------------------- liveness
def _annotate(stmts, after_text, after_live):
    """Set ``_ms_after`` (names read textually later) and ``_ms_live`` (also names read by an
    enclosing loop's next iteration) on the compound statements of ``stmts``."""
    suffix = [set()] * (len(stmts) + 1)
    acc = set()
    for i in range(len(stmts) - 1, -1, -1):
        acc = acc | loaded_names(stmts[i])
        suffix[i] = acc
    for i, s in enumerate(stmts):
        txt = suffix[i + 1] | after_text
        live = suffix[i + 1] | after_live
        if isinstance(s, (ast.If, ast.For, ast.While)):
            s._ms_after = txt
            s._ms_live = live
        if isinstance(s, (ast.For, ast.While)):
            inner = live | loaded_names(s)
            _annotate(s.body, txt, inner)
        elif isinstance(s, ast.If):
            _annotate(s.body, txt, live)
            _annotate(s.orelse, txt, live)
        elif isinstance(s, ast.With):
            _annotate(s.body, txt, live)


def _check_loops(stmts, defined):
    """MindSpore's rule: a name first bound inside a loop body cannot be read after the loop."""
    defined = set(defined)
    for s in stmts:
        if isinstance(s, (ast.For, ast.While)):
            kind = "for" if isinstance(s, ast.For) else "while"
            body_names = assigned_names(s.body)
            if isinstance(s, ast.For):
                body_names = assigned_names([ast.Assign(targets=[s.target],
                                                        value=ast.Constant(0))]) + body_names
            after = getattr(s, "_ms_after", set())
            for n in body_names:
                if n not in defined and not n.startswith(INTERNAL_PREFIX) and n in after:
                    raise UnboundLocalError(
                        f"The local variable '{n}' defined in the '{kind}' loop body cannot be "
                        f"used outside of the loop body. Please define variable '{n}' before "
                        f"'{kind}'.")
            _check_loops(s.body, defined | set(body_names))
        elif isinstance(s, ast.If):
            _check_loops(s.body, defined)
            _check_loops(s.orelse, defined)
        elif isinstance(s, ast.With):
            _check_loops(s.body, defined)
        defined |= set(assigned_names([s]))


# ----------------------------------------------------------------------------- helpers
def _load(name):
    return ast.Name(id=name, ctx=ast.Load())


def _store(name):
    return ast.Name(id=name, ctx=ast.Store())


def _rt(attr):
    return ast.Attribute(value=_load("_ms_"), attr=attr, ctx=ast.Load())


def _call(func, args, keywords=()):
    return ast.Call(func=func, args=list(args), keywords=list(keywords))


def _args(names):
    return ast.arguments(posonlyargs=[], args=[ast.arg(arg=n) for n in names], vararg=None,
                         kwonlyargs=[], kw_defaults=[], kwarg=None, defaults=[])


def _lambda(expr):
    return ast.Lambda(args=_args([]), body=expr)


def _tuple(names, ctx):
    return ast.Tuple(elts=[ast.Name(id=n, ctx=ctx) for n in names], ctx=ctx)


def _params(fdef):
    a = fdef.args
    names = [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
    if a.vararg:
        names.append(a.vararg.arg)
    if a.kwarg:
        names.append(a.kwarg.arg)
    return names


class _Scope:
    def __init__(self, params, globals_):
        self.params = set(params)
        self.globals = set(globals_)
        self.vars = []

    def add(self, names):
        for n in names:
            if n not in self.vars:
                self.vars.append(n)


# ----------------------------------------------------------------------------- the converter
class _Converter(ast.NodeTransformer):
    def __init__(self):
        self.counter = itertools.count(1)
        self.scopes = []

    # -- scopes
    def visit_FunctionDef(self, node):
        lower_function(node, self.counter)
        _annotate(node.body, set(), set())
        _check_loops(node.body, set(_params(node)))
        globals_ = {n for s in ast.walk(node) if isinstance(s, ast.Global) for n in s.names}
        scope = _Scope(_params(node), globals_)
        self.scopes.append(scope)
        try:
            node.body = self._visit_block(node.body)
        finally:
            self.scopes.pop()
        init = [ast.Assign(targets=[_store(n)], value=_call(_rt("undefined"), [ast.Constant(n)]))
                for n in scope.vars if n not in scope.params and n not in scope.globals]
        if init:
            head = []
            body = node.body
            # keep a docstring first and ``global`` declarations before any use
            while body and isinstance(body[0], ast.Global):
                head.append(body.pop(0))
            node.body = head + init + body
        return node

    visit_AsyncFunctionDef = visit_FunctionDef

    def _visit_block(self, stmts):
        out = []
        for s in stmts:
            r = self.visit(s)
            if r is None:
                continue
            out.extend(r if isinstance(r, list) else [r])
        return out

    def _vars(self, stmts, extra=()):
        scope = self.scopes[-1]
        names = [n for n in list(extra) + assigned_names(stmts)
                 if not n.startswith(FN_PREFIX) and n not in scope.globals]
        out = []
        for n in names:
            if n not in out:
                out.append(n)
        scope.add(out)
        return out

    def _def(self, name, params, body, returns):
        scope = self.scopes[-1]
        stmts = []
        if scope.globals:
            stmts.append(ast.Global(names=sorted(scope.globals)))
        stmts.extend(body)
        if returns is not None:
            stmts.append(ast.Return(value=returns))
        if not stmts:
            stmts = [ast.Pass()]
        fdef = ast.FunctionDef(name=name, args=_args(params), body=stmts, decorator_list=[],
                               returns=None, type_comment=None)
        if "type_params" in ast.FunctionDef._fields:
            fdef.type_params = []
        return fdef

    def _bind(self, names, call):
        if not names:
            return ast.Expr(value=call)
        return ast.Assign(targets=[_tuple(names, ast.Store())], value=call)

    # -- statements
    def visit_If(self, node):
        live = sorted(getattr(node, "_ms_live", set()))
        test = self.visit(node.test)
        body = self._visit_block(node.body)
        orelse = self._visit_block(node.orelse)
        names = self._vars(node.body + node.orelse)
        k = next(self.counter)
        t_name, f_name = f"{FN_PREFIX}if_t{k}", f"{FN_PREFIX}if_f{k}"
        ret = _tuple(names, ast.Load())
        t_def = self._def(t_name, names, body, ret)
        f_def = self._def(f_name, names, orelse, ret)
        call = _call(_rt("if_stmt"), [test, _load(t_name), _load(f_name), _tuple(names, ast.Load()),
                                      ast.Constant(tuple(names)), ast.Constant(tuple(live))])
        return [t_def, f_def, self._bind(names, call)]

    def visit_While(self, node):
        test = self.visit(node.test)
        body = self._visit_block(node.body)
        names = self._vars(node.body)
        k = next(self.counter)
        c_name, b_name = f"{FN_PREFIX}while_c{k}", f"{FN_PREFIX}while_b{k}"
        c_def = self._def(c_name, names, [], test)
        b_def = self._def(b_name, names, body, _tuple(names, ast.Load()))
        call = _call(_rt("while_stmt"), [_load(c_name), _load(b_name),
                                         _tuple(names, ast.Load()), ast.Constant(tuple(names))])
        return [c_def, b_def, self._bind(names, call)]

    def visit_For(self, node):
        extra = getattr(node, "_ms_extra_test", None)
        it = self.visit(node.iter)
        body = self._visit_block(node.body)
        target_names = assigned_names([ast.Assign(targets=[node.target], value=ast.Constant(0))])
        names = self._vars(node.body, extra=target_names)
        k = next(self.counter)
        b_name, x_name = f"{FN_PREFIX}for_b{k}", f"{FN_PREFIX}for_x{k}"
        item = f"{INTERNAL_PREFIX}item{k}"
        unpack = ast.Assign(targets=[node.target], value=_load(item))
        b_def = self._def(b_name, [item] + names, [unpack] + body, _tuple(names, ast.Load()))
        out = [b_def]
        args = [it, _load(b_name), _tuple(names, ast.Load()), ast.Constant(tuple(names))]
        if extra is not None:
            out.append(self._def(x_name, names, [], self.visit(extra)))
            args.append(_load(x_name))
        out.append(self._bind(names, _call(_rt("for_stmt"), args)))
        return out

    def visit_Assert(self, node):
        msg = [node.msg] if node.msg is not None else []
        raise_ = ast.Raise(exc=_call(_load("AssertionError"), msg), cause=None)
        as_if = ast.If(test=ast.UnaryOp(op=ast.Not(), operand=node.test), body=[raise_],
                       orelse=[])
        as_if._ms_live = set()
        return self.visit_If(as_if)

    # -- expressions
    def visit_IfExp(self, node):
        self.generic_visit(node)
        return _call(_rt("ifexp"), [node.test, _lambda(node.body), _lambda(node.orelse)])

    def visit_BoolOp(self, node):
        self.generic_visit(node)
        fn = "and_" if isinstance(node.op, ast.And) else "or_"
        return _call(_rt(fn), [node.values[0]] + [_lambda(v) for v in node.values[1:]])

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Not):
            return _call(_rt("not_"), [node.operand])
        return node

    def visit_Compare(self, node):
        self.generic_visit(node)
        if len(node.ops) == 1:
            return node
        parts = []
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            parts.append(ast.Compare(left=left, ops=[op], comparators=[right]))
            left = right
        return _call(_rt("and_"), [parts[0]] + [_lambda(p) for p in parts[1:]])

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        if isinstance(f, ast.Name) and (f.id in _NO_WRAP or f.id.startswith(INTERNAL_PREFIX)):
            return node
        node.func = _call(_rt("call"), [f])
        return node

    def visit_Lambda(self, node):
        self.generic_visit(node)
        return node


def convert_function_node(fdef):
    """Convert a parsed ``FunctionDef`` in place (decorators removed); returns it."""
    check_syntax(fdef)
    fdef.decorator_list = []
    conv = _Converter()
    out = conv.visit_FunctionDef(fdef)
    ast.fix_missing_locations(out)
    return out


def convert_lambda_node(lam):
    """Convert the expression of a parsed ``Lambda``; returns it."""
    check_syntax(lam)
    conv = _Converter()
    conv.scopes.append(_Scope(_params(lam), ()))
    out = conv.visit(lam)
    ast.fix_missing_locations(out)
    return out
