"""``python -m ms_compat --check SCRIPT``: a migration report, without running the script.

Parses the script, follows how it imports ``mindspore`` (``import mindspore as ms``,
``from mindspore import nn, ops``, ``import mindspore.nn as nn``, ...), collects every
``mindspore.*`` attribute chain it uses, and says for each whether ms_compat provides it.
"""
from __future__ import annotations

import ast
import importlib
import sys
from collections import Counter

from .api_surface import UnsupportedAPIError, known_names


class _Collector(ast.NodeVisitor):
    def __init__(self):
        self.aliases = {}  # local name -> mindspore dotted path
        self.uses = Counter()

    def visit_Import(self, node):
        for a in node.names:
            if a.name == "mindspore" or a.name.startswith("mindspore."):
                if a.asname:
                    self.aliases[a.asname] = a.name
                else:
                    self.aliases[a.name.split(".")[0]] = "mindspore"
                self.uses[a.name] += 1

    def visit_ImportFrom(self, node):
        mod = node.module or ""
        if node.level == 0 and (mod == "mindspore" or mod.startswith("mindspore.")):
            for a in node.names:
                if a.name == "*":
                    continue
                full = f"{mod}.{a.name}"
                self.aliases[a.asname or a.name] = full
                self.uses[full] += 1

    def visit_Attribute(self, node):
        chain = []
        cur = node
        while isinstance(cur, ast.Attribute):
            chain.append(cur.attr)
            cur = cur.value
        if isinstance(cur, ast.Name) and cur.id in self.aliases:
            full = ".".join([self.aliases[cur.id]] + list(reversed(chain)))
            self.uses[full] += 1
            return  # the whole chain is recorded; don't record its prefixes again
        self.generic_visit(node)


def _resolve(full: str):
    """'ok' if ms_compat provides the dotted mindspore path, else 'missing' / 'not-mindspore'."""
    parts = full.split(".")
    target = "ms_compat"
    obj = importlib.import_module("ms_compat")
    path = "mindspore"
    for part in parts[1:]:
        try:
            obj = getattr(obj, part)
        except UnsupportedAPIError:
            return "missing"
        except AttributeError:
            try:
                obj = importlib.import_module(f"{target}.{part}")
            except ImportError:
                mod_names = known_names().get(path, ())
                if part in mod_names or f"{path}.{part}" in known_names():
                    return "missing"
                if hasattr(obj, "__dict__") and not isinstance(obj, type(sys)):
                    return "ok"  # attribute of an object (method / field): not checkable
                return "not-mindspore"
        target = f"{target}.{part}"
        path = f"{path}.{part}"
        if not isinstance(obj, type(sys)):
            return "ok"
    return "ok"


def report(source: str, filename="<script>"):
    tree = ast.parse(source, filename)
    c = _Collector()
    c.visit(tree)
    rows = []
    for full, n in sorted(c.uses.items()):
        rows.append((full, n, _resolve(full)))
    return rows


def main(argv):
    path = argv[0]
    with open(path, encoding="utf-8") as f:
        src = f.read()
    rows = report(src, path)
    width = max((len(r[0]) for r in rows), default=10)
    print(f"ms_compat migration report for {path}")
    print(f"{'API'.ljust(width)}  uses  status")
    for full, n, status in rows:
        label = {"ok": "supported", "missing": "NOT SUPPORTED yet",
                 "not-mindspore": "not a MindSpore 2.10 API"}[status]
        print(f"{full.ljust(width)}  {n:4d}  {label}")
    missing = [r for r in rows if r[2] == "missing"]
    print(f"{len(rows)} APIs used, {len(rows) - len(missing)} supported, {len(missing)} not "
          f"supported yet")
    return 1 if missing else 0
