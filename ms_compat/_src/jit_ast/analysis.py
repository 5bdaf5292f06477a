"""Name analysis for the control-flow conversion: which variables a statement assigns, which it
reads, and whether it contains ``return`` / ``break`` / ``continue``.

Scopes follow Python: nested ``def`` / ``lambda`` / ``class`` / comprehensions bind their own names,
so their targets never count as assignments of the enclosing function; their *reads* do count as
uses (a closure reads the enclosing variable when it is called).
"""
from __future__ import annotations

import ast

__all__ = ["assigned_names", "loaded_names", "contains", "INTERNAL_PREFIX", "FN_PREFIX"]

INTERNAL_PREFIX = "_ms_"      # every name the transformation invents starts with this
FN_PREFIX = "_ms_fn_"         # generated branch / body functions (never loop variables)

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _target_names(target, out):
    """Names (re)bound by an assignment target; ``x[i] = v`` and ``x.a = v`` rebind ``x``'s value
    for our purposes only when it is a subscript (a Tensor ``__setitem__`` replaces its data)."""
    if isinstance(target, ast.Name):
        out.append(target.id)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for elt in target.elts:
            _target_names(elt, out)
    elif isinstance(target, ast.Starred):
        _target_names(target.value, out)
    elif isinstance(target, ast.Subscript):
        base = target.value
        while isinstance(base, ast.Subscript):
            base = base.value
        if isinstance(base, ast.Name):
            out.append(base.id)


class _Assigned(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Assign(self, node):
        for t in node.targets:
            _target_names(t, self.names)
        self.visit(node.value)

    def visit_AugAssign(self, node):
        _target_names(node.target, self.names)
        self.visit(node.value)

    def visit_AnnAssign(self, node):
        _target_names(node.target, self.names)
        if node.value is not None:
            self.visit(node.value)

    def visit_For(self, node):
        _target_names(node.target, self.names)
        self.visit(node.iter)
        for s in node.body + node.orelse:
            self.visit(s)

    def visit_With(self, node):
        for item in node.items:
            self.visit(item.context_expr)
            if item.optional_vars is not None:
                _target_names(item.optional_vars, self.names)
        for s in node.body:
            self.visit(s)

    def visit_NamedExpr(self, node):
        _target_names(node.target, self.names)
        self.visit(node.value)

    def visit_Import(self, node):
        for a in node.names:
            self.names.append((a.asname or a.name).split(".")[0])

    visit_ImportFrom = visit_Import

    def visit_FunctionDef(self, node):
        self.names.append(node.name)  # the def binds its name; its body is another scope

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_ClassDef = visit_FunctionDef

    def visit_Lambda(self, node):
        return

    def _comp(self, node):
        return

    visit_ListComp = visit_SetComp = visit_DictComp = visit_GeneratorExp = _comp


def assigned_names(nodes) -> list:
    """Names assigned by ``nodes`` (a statement, expression or a list), in first-seen order."""
    v = _Assigned()
    for n in nodes if isinstance(nodes, list) else [nodes]:
        v.visit(n)
    seen, out = set(), []
    for name in v.names:
        if name not in seen:
            seen.add(name)
            out.append(name)
    return out


def loaded_names(nodes) -> set:
    """Every name read anywhere in ``nodes``, nested scopes included."""
    out = set()
    for n in nodes if isinstance(nodes, list) else [nodes]:
        for sub in ast.walk(n):
            if isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Load):
                out.add(sub.id)
            elif isinstance(sub, ast.AugAssign) and isinstance(sub.target, ast.Name):
                out.add(sub.target.id)
    return out


def contains(nodes, kinds, stop_at_loops=False) -> bool:
    """Whether ``nodes`` contain a node of ``kinds`` in the same function scope (and, with
    ``stop_at_loops``, outside nested loops: a ``break`` there belongs to the inner loop)."""
    stack = list(nodes) if isinstance(nodes, list) else [nodes]
    while stack:
        n = stack.pop()
        if isinstance(n, kinds):
            return True
        for child in ast.iter_child_nodes(n):
            if isinstance(child, _SCOPES):
                continue
            if stop_at_loops and isinstance(child, (ast.For, ast.While)):
                # only the loop's ``else``-less body is a new break target; its iterator / test
                # expressions cannot hold statements
                continue
            stack.append(child)
    return False
