"""The generated ``ad_*`` conformance cases and the autodiff examples stay in sync.

``tools/gen_ad_cases.py`` writes the case files (and copies ``examples/`` scripts into the group
``ad_examples``); a hand edit of a generated file, or an example changed without regenerating,
would make the recorded goldens describe something else.
"""
import os
import subprocess
import sys

import pytest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(REPO, "tools"))

import gen_ad_cases  # noqa: E402

# the issue-3 examples; each is a conformance case through a symlink in cases/ad_examples
EXAMPLES = ("higher_order", "jacobian_hessian", "per_sample_grads", "custom_bprop", "grad_hooks")


def test_generated_cases_match_the_generator():
    files = gen_ad_cases.all_files()
    assert len(files) >= 150
    stale = []
    for path, text in files.items():
        with open(path, encoding="utf-8") as f:
            if f.read() != text:
                stale.append(os.path.relpath(path, REPO))
    assert not stale, f"regenerate with `python tools/gen_ad_cases.py`: {stale}"


@pytest.mark.parametrize("name", EXAMPLES)
def test_example_is_a_conformance_case(name):
    with open(os.path.join(REPO, "examples", name + ".py"), encoding="utf-8") as f:
        example = f.read()
    case = os.path.join(REPO, "tests", "conformance", "cases", "ad_examples", name + ".py")
    with open(case, encoding="utf-8") as f:
        assert f.read() == example
    golden = os.path.join(REPO, "tests", "goldens", "conformance", "ad_examples", name + ".json")
    assert os.path.exists(golden)


def test_every_case_defines_functions_on_their_own_lines():
    """MindSpore parses lambdas from source: no case passes two lambdas on one line."""
    for path in gen_ad_cases.all_files():
        with open(path, encoding="utf-8") as f:
            for line in f:
                assert line.count("lambda") <= 1, (path, line)


def test_generator_check_mode_is_clean():
    proc = subprocess.run([sys.executable, os.path.join(REPO, "tools", "gen_ad_cases.py"),
                           "--check"], capture_output=True, text=True, cwd=REPO)
    assert proc.returncode == 0, proc.stdout
