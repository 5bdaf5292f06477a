"""Run every conformance case under ms_compat and compare its stdout with the MindSpore golden.

Cases run in this process (JAX import is paid once) through
``ms_compat._src.runner.run_script`` after ``reset_global_state()``; see
``conformance_harness`` for the comparison rules and README.md for adding cases.
"""

import contextlib
import io
import os
import sys
import traceback

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import conformance_harness as H  # noqa: E402

CASES = H.discover_cases()
CASE_IDS = [H.case_id(c) for c in CASES]


def test_cases_exist():
    assert CASES, f"no conformance cases found under {H.CASES_DIR}"


@pytest.mark.parametrize("case_path", CASES, ids=CASE_IDS)
def test_case_has_current_golden(case_path):
    gpath = H.golden_path(case_path)
    assert os.path.exists(gpath), (
        f"no golden for {H.case_id(case_path)}: run "
        f"`python tools/record_goldens.py {os.path.relpath(case_path, H.REPO_ROOT)}`")
    golden = H.load_golden(case_path)
    assert golden["case_sha256"] == H.file_sha256(case_path), (
        f"golden of {H.case_id(case_path)} is stale (case file changed): re-record with "
        f"`python tools/record_goldens.py {os.path.relpath(case_path, H.REPO_ROOT)}`")
    assert golden["returncode"] == 0


def test_no_orphan_goldens():
    orphans = sorted(set(H.discover_goldens()) - set(CASE_IDS))
    assert not orphans, f"goldens without a case file (delete them): {orphans}"


def _run_under_ms_compat(case_path):
    from ms_compat._src import runner

    runner.reset_global_state()
    buf = io.StringIO()
    error = None
    with contextlib.redirect_stdout(buf):
        try:
            runner.run_script(case_path, argv=None)
        except SystemExit as e:
            if e.code not in (None, 0):
                error = f"SystemExit({e.code!r})"
        except Exception:  # the case crashed under ms_compat: report it with the output diff
            error = traceback.format_exc()
    return buf.getvalue(), error


@pytest.mark.parametrize("case_path", CASES, ids=CASE_IDS)
def test_case_matches_mindspore(case_path):
    if not os.path.exists(H.golden_path(case_path)):
        pytest.fail(f"no golden for {H.case_id(case_path)} (see test_case_has_current_golden)")
    golden = H.load_golden(case_path)
    if golden["case_sha256"] != H.file_sha256(case_path):
        pytest.fail(f"golden of {H.case_id(case_path)} is stale: re-record it with tools/record_goldens.py")
    opts = H.case_options(case_path)
    actual, error = _run_under_ms_compat(case_path)
    result = H.compare_output(golden["stdout"], actual, rtol=opts["rtol"], atol=opts["atol"])
    if error is not None:
        pytest.fail(f"case raised under ms_compat (MindSpore ran it to completion):\n{error}\n"
                    + (result.message or "output so far matches the golden's start"), pytrace=False)
    if not result.ok:
        pytest.fail(result.message, pytrace=False)
