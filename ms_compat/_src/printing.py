"""MindSpore's text for Tensors: ``repr`` (C++ printer) and ``str`` (numpy's).

Rules measured on MindSpore 2.10:
  * ``repr``: ``Tensor(shape=[2, 3], dtype=Float32, value=`` then, for ndim <= 1, a space and the
    values on the same line, for ndim >= 2 a newline; empty tensors print nothing after ``value=``
    (``value= )`` for 1-d, ``value=\\n)`` otherwise).
  * 0-d values print with C++ ostream defaults (6 significant digits, ``%g``), ints as ints,
    bools as ``True``/``False``.
  * n-d floats: ``% .8e`` (Float16 and BFloat16 ``% .4e``), ints ``%d``, bools ``True``/``False``,
    every element right-justified to the widest shown one, separated by ``, ``; rows end with
    ``,`` and a newline and are indented one space per nesting level.
  * Tensors over 1000 elements show the first and last 3 entries of every axis, with `` ... ``
    inside a row and a `` ...`` line between rows.
  * ``str``: numpy's ``str`` of the value (bfloat16 goes through float32).
"""
from __future__ import annotations

import math

import numpy as np

_THRESHOLD = 1000
_EDGE = 3


def _fmt_scalar0d(v, dtype):
    if dtype.is_float or dtype._kind == "f":
        f = float(v)
        if math.isnan(f):
            return "nan"
        if math.isinf(f):
            return "inf" if f > 0 else "-inf"
        return "%g" % f
    if dtype._kind == "b":
        return "True" if bool(v) else "False"
    if dtype._kind == "c":
        c = complex(v)
        return "(%g,%g)" % (c.real, c.imag)
    return str(int(v))


def _elem_formatter(dtype):
    name = dtype._name
    if dtype._kind == "f":
        if name == "BFloat16":
            return lambda v: "%g" % float(v)
        spec = "% .4e" if name == "Float16" else "% .8e"

        def ffmt(v):
            f = float(v)
            if math.isnan(f):
                return "nan"
            if math.isinf(f):
                return "inf" if f > 0 else "-inf"
            return spec % f
        return ffmt
    if dtype._kind == "b":
        return lambda v: "True" if bool(v) else "False"
    if dtype._kind == "c":
        def cfmt(v):
            c = complex(v)
            return "%g%+gj" % (c.real, c.imag)
        return cfmt
    return lambda v: str(int(v))


def _collect(arr, summarize, fmt, out):
    """Format every shown element (in order) into ``out`` to find the column width."""
    if arr.ndim == 0:
        out.append(fmt(arr[()]))
        return
    n = arr.shape[0]
    idx = list(range(_EDGE)) + list(range(n - _EDGE, n)) if summarize and n > 2 * _EDGE else range(n)
    for i in idx:
        _collect(arr[i], summarize, fmt, out)


def _render(arr, summarize, fmt, width, depth, sep=", "):
    n = arr.shape[0]
    cut = summarize and n > 2 * _EDGE
    if arr.ndim == 1:
        items = [fmt(v).rjust(width) for v in (list(arr[:_EDGE]) + list(arr[n - _EDGE:]) if cut else arr)]
        if cut:
            return "[" + sep.join(items[:_EDGE]) + " ... " + sep.join(items[_EDGE:]) + "]"
        return "[" + sep.join(items) + "]"
    rows_idx = list(range(_EDGE)) + [None] + list(range(n - _EDGE, n)) if cut else list(range(n))
    pad = " " * (depth + 1)
    parts = []
    for i in rows_idx:
        parts.append("..." if i is None else _render(arr[i], summarize, fmt, width, depth + 1, sep))
    row_sep = sep.rstrip() + "\n" + pad
    body = ""
    for k, p in enumerate(parts):
        if k:
            body += ("\n" + pad) if parts[k - 1] == "..." else row_sep
        body += p
    return "[" + body + "]"


def format_values(arr: np.ndarray, dtype, sep=", ") -> str:
    if arr.ndim == 0:
        return _fmt_scalar0d(arr[()], dtype)
    if arr.size == 0:
        return ""
    fmt = _elem_formatter(dtype)
    summarize = arr.size > _THRESHOLD
    shown = []
    _collect(arr, summarize, fmt, shown)
    width = max(len(s) for s in shown)
    return _render(arr, summarize, fmt, width, 0, sep)


def tensor_repr(arr: np.ndarray, dtype) -> str:
    shape = "[" + ", ".join(str(s) for s in arr.shape) + "]"
    head = f"Tensor(shape={shape}, dtype={dtype}, value="
    body = format_values(arr, dtype)
    if arr.ndim >= 2:
        return head + "\n" + body + ")"
    return head + " " + body + ")"


def tensor_str(arr: np.ndarray, dtype) -> str:
    if dtype._name == "BFloat16":
        arr = arr.astype(np.float32)
    return str(arr)


def graph_print_text(arr: np.ndarray, dtype) -> str:
    """What ``print(tensor)`` shows inside a GRAPH_MODE / ``ms.jit`` function: 0-d values bare,
    others like ``repr`` with spaces instead of commas and no space after ``value=``."""
    if arr.ndim == 0:
        return _fmt_scalar0d(arr[()], dtype)
    shape = "[" + ", ".join(str(s) for s in arr.shape) + "]"
    head = f"Tensor(shape={shape}, dtype={dtype}, value="
    body = format_values(arr, dtype, sep=" ")
    return head + ("\n" if arr.ndim >= 2 else "") + body + ")"
