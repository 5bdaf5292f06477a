"""MindSpore's text for Tensors: ``repr`` (C++ printer) and ``str`` (numpy's).

Rules measured on MindSpore 2.10:
  * ``repr``: ``Tensor(shape=[2, 3], dtype=Float32, value=`` then, for ndim <= 1, a space and the
    values on the same line, for ndim >= 2 a newline; empty tensors print nothing after ``value=``
    (``value= )`` for 1-d, ``value=\\n)`` otherwise).
  * 0-d values print with C++ ostream defaults (6 significant digits, ``%g``), ints as ints,
    bools as ``True``/``False``.
  * n-d floats: ``% .8e`` (Float16 ``% .4e``, BFloat16 ``%g``), ints ``%d``, bools
    ``True``/``False``, every element right-justified to the widest shown one, separated by
    ``, ``; rows end with ``,`` and a newline and are indented one space per nesting level.
    Complex elements are ``%g%+gj`` and not padded (0-d too: ``1+2j``).
  * 1-D tensors of at most 1000 elements wrap after every 12th float/bool (24th int) element,
    including the last one: exactly 12 floats print ``...e+01\n ])``. Complex and BFloat16
    rows wrap like ints, after every 24th element.
  * Tensors over 1000 elements show the first and last 3 entries of every axis, with `` ... ``
    inside a row and a `` ...`` line between rows.
  * ``str``: numpy's ``str`` of the value. MindSpore's own numpy bfloat16 type prints each
    element as ``%f`` (``1.500000``) unpadded, with numpy's line width and summarisation;
    we format the float32 values that way.
"""
from __future__ import annotations

import math

import numpy as np

_THRESHOLD = 1000   # a 1-D tensor over this many elements is summarised
_EDGE = 3           # shown at each end of a summarised axis
_AXIS_MAX = 6       # for ndim >= 2, every axis longer than this is summarised
_LINE_FLOAT = 12    # 1-D rows wrap after this many items (Float16/32/64, bools)
_LINE_INT = 24      # ... and after this many ints, complex and BFloat16 values


def _fmt_scalar0d(v, dtype):
    if dtype._kind == "f":
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
        return "%g%+gj" % (c.real, c.imag)
    return str(int(v))


def _elem_formatter(dtype):
    """(formatter, minimum width) for the elements of an n-d tensor."""
    name = dtype._name
    if dtype._kind == "f":
        if name == "BFloat16":
            return (lambda v: "%g" % float(v)), 0
        spec = "% .4e" if name == "Float16" else "% .8e"

        def ffmt(v):
            f = float(v)
            if math.isnan(f):
                return "nan"
            if math.isinf(f):
                return "inf" if f > 0 else "-inf"
            return spec % f
        return ffmt, len(spec % 1.0)
    if dtype._kind == "b":
        return (lambda v: "True" if bool(v) else "False"), 5
    if dtype._kind == "c":
        def cfmt(v):
            c = complex(v)
            return "%g%+gj" % (c.real, c.imag)
        return cfmt, 0
    return (lambda v: str(int(v))), 0


def _shown(n, cut):
    return list(range(_EDGE)) + [None] + list(range(n - _EDGE, n)) if cut else list(range(n))


def _collect(arr, cut_axis, fmt, out):
    """Format every shown element (in order) into ``out`` to find the column width."""
    if arr.ndim == 0:
        out.append(fmt(arr[()]))
        return
    for i in _shown(arr.shape[0], cut_axis(arr.shape[0], arr.ndim)):
        if i is not None:
            _collect(arr[i], cut_axis, fmt, out)


def _render(arr, cut_axis, fmt, width, depth, sep, per_line):
    n = arr.shape[0]
    idx = _shown(n, cut_axis(n, arr.ndim))
    pad = " " * (depth + 1)
    if arr.ndim == 1:
        out = "["
        count = 0
        for k, i in enumerate(idx):
            if i is None:
                out = out[: -len(sep)] + " ... "
                continue
            if k and idx[k - 1] is not None:
                if per_line and count % per_line == 0:
                    out = out + "\n" + pad
            out += fmt(arr[i]).rjust(width) + sep
            count += 1
        if per_line and count and count % per_line == 0:
            # MindSpore breaks the line after the last element of a full row too
            return out[: -len(sep)] + "\n" + pad + "]"
        return out[: -len(sep)] + "]"
    parts = ["..." if i is None else _render(arr[i], cut_axis, fmt, width, depth + 1, sep, per_line)
             for i in idx]
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
    fmt, min_width = _elem_formatter(dtype)
    if arr.ndim == 1:
        big = arr.size > _THRESHOLD

        def cut_axis(n, ndim):
            return big
        if big:
            per_line = 0
        elif dtype._kind in "iuc" or dtype._name == "BFloat16":
            per_line = _LINE_INT
        else:
            per_line = _LINE_FLOAT
    else:
        def cut_axis(n, ndim):
            return n > _AXIS_MAX
        per_line = 0
    shown = []
    _collect(arr, cut_axis, fmt, shown)
    width = 0 if dtype._kind == "c" else max(min_width, max(len(s) for s in shown))
    return _render(arr, cut_axis, fmt, width, 0, sep, per_line)


def tensor_repr(arr: np.ndarray, dtype, host=False) -> str:
    shape = "[" + ", ".join(str(s) for s in arr.shape) + "]"
    head = f"Tensor(shape={shape}, dtype={dtype}, value="
    if host and arr.ndim:
        body = np.array2string(arr.astype(np.float32) if dtype._name == "BFloat16" else arr,
                               separator=", ")
    else:
        body = format_values(arr, dtype)
    if arr.ndim >= 2:
        return head + "\n" + body + ")"
    return head + " " + body + ")"


def _bf16_elem(v):
    return "%f" % float(v)


def tensor_str(arr: np.ndarray, dtype) -> str:
    if dtype._name == "BFloat16":
        arr = arr.astype(np.float32)
        if arr.ndim == 0:
            return _bf16_elem(arr[()])
        return np.array2string(arr, separator=" ", formatter={"float_kind": _bf16_elem})
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
