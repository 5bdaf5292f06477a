"""The drop-in runner: ``python -m ms_compat SCRIPT``, the import alias and ``--check``."""
import os
import subprocess
import sys
import textwrap

import pytest

import ms_compat
from ms_compat._src import alias, check

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _unsupported_ops_name():
    """A ``mindspore.ops`` name MindSpore has and ms_compat does not (yet)."""
    from ms_compat._src.api_surface import UnsupportedAPIError, known_names
    for name in sorted(known_names()["mindspore.ops"]):
        try:
            getattr(ms_compat.ops, name)
        except UnsupportedAPIError:
            return name
    raise AssertionError("every mindspore.ops name is implemented")


MISSING = _unsupported_ops_name()


def _script(tmp_path, body):
    p = tmp_path / "script.py"
    p.write_text(textwrap.dedent(body))
    return str(p)


def test_module_runner_executes_unchanged_script_with_args(tmp_path):
    path = _script(tmp_path, """
        import sys
        import mindspore as ms
        import mindspore.nn as nn
        from mindspore.ops import stop_gradient
        print(ms.__name__, nn.__name__, stop_gradient.__module__.split('.')[0], sys.argv[1:])
    """)
    out = subprocess.run([sys.executable, "-m", "ms_compat", path, "a", "b"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    assert out.split() == ["ms_compat", "ms_compat.nn", "ms_compat", "['a',", "'b']"]


def test_alias_maps_submodules_to_the_same_module_objects():
    alias.install()
    import mindspore
    import mindspore.ops
    assert mindspore is ms_compat
    assert mindspore.ops is ms_compat.ops


@pytest.mark.parametrize("expr,exc,msg", [
    (f"ms.ops.{MISSING}", NotImplementedError,
     f"mindspore.ops.{MISSING} is not supported by ms_compat yet"),
    ("ms.ops.no_such_op_anywhere", AttributeError, "no_such_op_anywhere"),
])
def test_missing_api_errors_name_the_api(expr, exc, msg):
    with pytest.raises(exc, match=msg):
        eval(expr, {"ms": ms_compat})


def test_missing_submodule_import_names_it():
    alias.install()
    with pytest.raises(ModuleNotFoundError, match="mindspore.no_such_module is not supported"):
        __import__("mindspore.no_such_module")


@pytest.mark.parametrize("src,api,status", [
    ("import mindspore as ms\nms.ops.matmul", "mindspore.ops.matmul", "ok"),
    (f"from mindspore import ops\nops.{MISSING}", f"mindspore.ops.{MISSING}", "missing"),
    ("import mindspore.nn as nn\nnn.Dense", "mindspore.nn.Dense", "ok"),
    ("from mindspore.ops import foo_bar_baz", "mindspore.ops.foo_bar_baz", "not-mindspore"),
])
def test_check_report_classifies_apis(src, api, status):
    rows = {r[0]: r[2] for r in check.report(src)}
    assert rows[api] == status


def test_check_cli_exit_code_and_summary(tmp_path):
    path = _script(tmp_path, """
        import mindspore as ms
        from mindspore import ops
        y = ops.MISSING_NAME
        z = ms.grad
    """.replace("MISSING_NAME", MISSING))
    res = subprocess.run([sys.executable, "-m", "ms_compat", "--check", path], cwd=REPO,
                         capture_output=True, text=True)
    assert res.returncode == 1
    assert f"mindspore.ops.{MISSING}" in res.stdout
    assert "NOT SUPPORTED yet" in res.stdout
    assert res.stdout.strip().endswith("1 not supported yet")
