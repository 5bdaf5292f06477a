"""Shared machinery of the conformance suite: case discovery, goldens, output comparison.

Used by ``tools/record_goldens.py`` (which writes goldens from real MindSpore) and by
``tests/conformance/test_conformance.py`` (which runs the cases under ms_compat and compares).
No MindSpore, JAX or ms_compat import happens here.

Layout::

    tests/conformance/cases/<group>/<name>.py      a MindSpore-style script that prints
    tests/goldens/conformance/<group>/<name>.json  what real MindSpore printed for it

Comparison rules (documented for users in tests/conformance/README.md):

* Output is split into *records*: runs of lines kept together while brackets ``[({`` are open,
  so one printed multi-line Tensor is one record.
* Number tokens (ints, floats, scientific, ``inf``/``nan``) not glued to a word are compared by
  value; everything else is text and must match exactly.
* Integer tokens (no ``.``/exponent) compare exactly; float tokens with
  ``|a - g| <= atol + rtol * |g|`` (nan equals nan, infinities need the same sign); an integer
  token never matches a float token (that is a dtype/format difference).
* Whitespace must match exactly, except inside a record where some number is printed
  differently from the golden: numpy-style printing pads columns to the widest value, so a
  value that differs within tolerance may legitimately change the padding of its neighbours.
  There, whitespace is ignored when comparing the non-number text.
"""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import json
import math
import os
import re
import tempfile

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CASES_DIR = os.path.join(REPO_ROOT, "tests", "conformance", "cases")
GOLDENS_DIR = os.path.join(REPO_ROOT, "tests", "goldens", "conformance")

DEFAULT_RTOL = 1e-5
DEFAULT_ATOL = 1e-6

_HEADER_RE = re.compile(r"^#\s*conformance:(.*)$")
_OPTION_RE = re.compile(r"(\w+)\s*=\s*(\S+)")
_NUMBER_RE = re.compile(
    r"(?<![\w.])[-+]?(?:(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|inf|nan)(?!\w)"
)
_INT_RE = re.compile(r"^[-+]?\d+$")
_WS_RE = re.compile(r"\s+")
_OPEN = "[({"
_CLOSE = "])}"


# ----------------------------------------------------------------------------- discovery


def case_id(path: str) -> str:
    """``<group>/<name>`` of a case file."""
    rel = os.path.relpath(os.path.abspath(path), CASES_DIR)
    return os.path.splitext(rel)[0].replace(os.sep, "/")


def discover_cases(groups=None) -> list[str]:
    """Absolute paths of all case files (``cases/<group>/<name>.py``), sorted."""
    found = []
    if not os.path.isdir(CASES_DIR):
        return found
    for group in sorted(os.listdir(CASES_DIR)):
        gdir = os.path.join(CASES_DIR, group)
        if group.startswith(("_", ".")) or not os.path.isdir(gdir):
            continue
        if groups and group not in groups:
            continue
        for name in sorted(os.listdir(gdir)):
            if name.endswith(".py") and not name.startswith(("_", ".")):
                found.append(os.path.join(gdir, name))
    return found


def golden_path(case_path: str) -> str:
    return os.path.join(GOLDENS_DIR, case_id(case_path) + ".json")


def discover_goldens() -> list[str]:
    """``<group>/<name>`` ids of every golden file on disk."""
    ids = []
    if not os.path.isdir(GOLDENS_DIR):
        return ids
    for group in sorted(os.listdir(GOLDENS_DIR)):
        gdir = os.path.join(GOLDENS_DIR, group)
        if not os.path.isdir(gdir):
            continue
        for name in sorted(os.listdir(gdir)):
            if name.endswith(".json"):
                ids.append(f"{group}/{name[:-5]}")
    return ids


def file_sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def case_options(path: str) -> dict:
    """Options from ``# conformance: rtol=1e-3 atol=1e-5`` header comments."""
    opts = {"rtol": DEFAULT_RTOL, "atol": DEFAULT_ATOL}
    with open(path, encoding="utf-8") as f:
        for line in f:
            m = _HEADER_RE.match(line.strip())
            if not m:
                continue
            for key, value in _OPTION_RE.findall(m.group(1)):
                if key not in ("rtol", "atol"):
                    raise ValueError(f"{path}: unknown conformance option {key!r}")
                opts[key] = float(value)
    return opts


def load_golden(case_path: str) -> dict:
    with open(golden_path(case_path), encoding="utf-8") as f:
        return json.load(f)


def write_json_atomic(path: str, data: dict) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=1, ensure_ascii=False, sort_keys=True)
            f.write("\n")
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


# ----------------------------------------------------------------------------- comparison


def split_records(text: str) -> list[str]:
    """Group lines into records: a record continues while a bracket opened in it is still open."""
    records, current, depth = [], [], 0
    for line in text.splitlines(keepends=True):
        current.append(line)
        for ch in line:
            if ch in _OPEN:
                depth += 1
            elif ch in _CLOSE:
                depth -= 1
        if depth <= 0:
            records.append("".join(current))
            current, depth = [], 0
    if current:
        records.append("".join(current))
    return records


def tokenize(record: str) -> tuple[list[str], list[str]]:
    """Split into text parts and number tokens: ``texts[0] num[0] texts[1] ... texts[-1]``."""
    texts, nums, pos = [], [], 0
    for m in _NUMBER_RE.finditer(record):
        texts.append(record[pos:m.start()])
        nums.append(m.group(0))
        pos = m.end()
    texts.append(record[pos:])
    return texts, nums


def _number_mismatch(golden: str, actual: str, rtol: float, atol: float):
    """None when the tokens agree, else a reason."""
    g_int, a_int = bool(_INT_RE.match(golden)), bool(_INT_RE.match(actual))
    if g_int or a_int:
        if g_int and a_int and int(golden) == int(actual):
            return None
        return "integers must match exactly" if g_int and a_int else "int vs float format"
    g, a = float(golden), float(actual)
    if math.isnan(g) or math.isnan(a):
        return None if math.isnan(g) and math.isnan(a) else "nan mismatch"
    if math.isinf(g) or math.isinf(a):
        return None if g == a else "inf mismatch"
    if abs(a - g) <= atol + rtol * abs(g):
        return None
    return f"|diff| {abs(a - g):.3g} > atol {atol:g} + rtol {rtol:g} * |golden|"


@dataclasses.dataclass
class Comparison:
    ok: bool
    message: str = ""


def compare_output(golden: str, actual: str, rtol: float = DEFAULT_RTOL,
                   atol: float = DEFAULT_ATOL) -> Comparison:
    """Compare stdout of a case with its golden under the rules in the module docstring."""
    if golden == actual:
        return Comparison(True)
    g_recs, a_recs = split_records(golden), split_records(actual)
    problems = []
    shown = actual  # for the diff: records that match within tolerance show the golden's text
    if len(g_recs) != len(a_recs):
        problems.append(f"record count differs: golden {len(g_recs)}, actual {len(a_recs)}")
    else:
        shown_recs = []
        for i, (g_rec, a_rec) in enumerate(zip(g_recs, a_recs)):
            rec_problems = [] if g_rec == a_rec else _compare_record(i, g_rec, a_rec, rtol, atol)
            shown_recs.append(a_rec if rec_problems else g_rec)
            problems.extend(rec_problems)
        shown = "".join(shown_recs)
    if not problems:
        return Comparison(True)
    diff = "".join(difflib.unified_diff(
        golden.splitlines(keepends=True), shown.splitlines(keepends=True),
        fromfile="golden (MindSpore)", tofile="actual (ms_compat)", n=2))
    if diff and not diff.endswith("\n"):
        diff += "\n"
    more = f"\n  ... and {len(problems) - 10} more" if len(problems) > 10 else ""
    msg = ("output differs from the MindSpore golden (diff shows lines equal within tolerance "
           "as the golden's):\n" + "\n".join("  - " + p for p in problems[:10]) + more + "\n" + diff)
    return Comparison(False, msg)


def _compare_record(index, g_rec, a_rec, rtol, atol) -> list[str]:
    g_texts, g_nums = tokenize(g_rec)
    a_texts, a_nums = tokenize(a_rec)
    where = f"record {index} ({g_rec.strip().splitlines()[0][:60] if g_rec.strip() else ''!r})"
    if len(g_nums) != len(a_nums):
        return [f"{where}: golden has {len(g_nums)} numbers, actual {len(a_nums)}"]
    loose = g_nums != a_nums  # some value printed differently: padding may legitimately move
    problems = []
    for j, (gt, at) in enumerate(zip(g_texts, a_texts)):
        same = (_WS_RE.sub("", gt) == _WS_RE.sub("", at)) if loose else gt == at
        if not same:
            problems.append(f"{where}: text differs: golden {gt!r}, actual {at!r}")
            break
    for j, (gn, an) in enumerate(zip(g_nums, a_nums)):
        if gn == an:
            continue
        reason = _number_mismatch(gn, an, rtol, atol)
        if reason:
            problems.append(f"{where}: number #{j}: golden {gn}, actual {an} ({reason})")
            if len(problems) >= 5:
                break
    return problems
