"""The conformance comparator itself: tolerance, exact text, padding, diff messages.

The strings here are synthetic (not MindSpore output): they exercise the comparison rules.
"""

import os
import sys

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import conformance_harness as H  # noqa: E402

SAME = [
    ("exact", "[1. 2.]\n", "[1. 2.]\n"),
    ("float within rtol", "0.33333334\n", "0.33333333\n"),
    ("sci within rtol", "[ 1.00000000e+00,  3.33333343e-01]\n", "[ 1.00000000e+00,  3.33333340e-01]\n"),
    ("near zero within atol", "[ 0.00000000e+00]\n", "[ 1.00000000e-07]\n"),
    ("nan equals nan", "[nan  1.]\n", "[nan  1.]\n"),
    ("padding moves with a changed value",
     "[[0.         0.14285715]\n [0.2857143  0.42857143]]\n",
     "[[0.         0.14285714]\n [0.2857143  0.42857143]]\n"),
    ("wrap moves with a changed value", "[0.1 0.2\n 0.3]\n", "[0.1000001 0.2 0.3]\n"),
]

DIFFERENT = [
    ("text", "Float32\n", "Float64\n", "text differs"),
    ("int exact", "Parameter#2\n", "Parameter#3\n", "Parameter#2"),
    ("int token", "shape=[3]\n", "shape=[4]\n", "integers must match exactly"),
    ("float beyond rtol", "1.5\n", "1.6\n", "number #0"),
    ("int vs float", "[2 4]\n", "[2. 4.]\n", "int vs float"),
    ("nan vs number", "nan\n", "1.0\n", "nan mismatch"),
    ("inf sign", "inf\n", "-inf\n", "inf mismatch"),
    ("padding with equal values", "[ 1.  2.]\n", "[1. 2.]\n", "text differs"),
    ("missing line", "a\nb\n", "a\n", "record count"),
    ("extra number", "[1. 2.]\n", "[1. 2. 3.]\n", "numbers"),
]


@pytest.mark.parametrize("golden,actual", [c[1:] for c in SAME], ids=[c[0] for c in SAME])
def test_accepts(golden, actual):
    result = H.compare_output(golden, actual)
    assert result.ok, result.message


@pytest.mark.parametrize("golden,actual,needle", [c[1:] for c in DIFFERENT], ids=[c[0] for c in DIFFERENT])
def test_rejects_with_readable_diff(golden, actual, needle):
    result = H.compare_output(golden, actual)
    assert not result.ok
    assert needle in result.message
    assert "--- golden (MindSpore)" in result.message and "+++ actual (ms_compat)" in result.message


def test_tolerance_header(tmp_path):
    case = tmp_path / "c.py"
    case.write_text("# conformance: rtol=1e-3 atol=1e-4\nprint(1)\n")
    opts = H.case_options(str(case))
    assert opts == {"rtol": 1e-3, "atol": 1e-4}
    assert H.compare_output("1.5\n", "1.501\n", **opts).ok
    assert not H.compare_output("1.5\n", "1.501\n").ok


def test_unknown_header_option_rejected(tmp_path):
    case = tmp_path / "c.py"
    case.write_text("# conformance: rtoll=1e-3\n")
    with pytest.raises(ValueError, match="rtoll"):
        H.case_options(str(case))


def test_records_follow_brackets():
    assert H.split_records("a\n[[1 2]\n [3 4]]\nb\n") == ["a\n", "[[1 2]\n [3 4]]\n", "b\n"]


def test_words_with_digits_are_text():
    texts, nums = H.tokenize("Float32 fc1.weight x=-1.5e+00, 3")
    assert nums == ["-1.5e+00", "3"]
    assert texts[0] == "Float32 fc1.weight x="


def test_diff_hides_lines_equal_within_tolerance():
    golden = "[2.71827984]\nFloat32\n"
    actual = "[2.71828175]\nFloat64\n"
    result = H.compare_output(golden, actual)
    assert not result.ok
    assert "-Float32" in result.message and "+Float64" in result.message
    assert "2.71828175" not in result.message
