"""Checkpoint cases, run on real MindSpore by ``tools/record_ckpt_goldens.py`` and on ms_compat by
``test_serialization.py``; every expected outcome is what MindSpore 2.10 did.

A case is ``fn(env)`` (see ``ckpt_golden_io.Env``): ``env.ms`` is ``mindspore`` or ``ms_compat``.
``compare`` says how much of an error message must match ("exact", "type", "before:<marker>").
Cases with ``deviation`` are recorded but ms_compat intentionally differs; the tests check the
ms_compat behaviour named there. The cases live in ``ckpt_cases_load`` (bad files, arguments),
``ckpt_cases_save`` (written bytes, arguments) and ``ckpt_cases_net`` (load_param_into_net).
"""
GROUPS = ("load_files", "load_args", "save_files", "save_args", "load_net")
CASES = {g: {} for g in GROUPS}


class Case:
    def __init__(self, group, name, fn, compare, deviation):
        self.group, self.name, self.fn = group, name, fn
        self.compare, self.deviation = compare, deviation


def case(group, compare="exact", deviation=None, name=None):
    def deco(fn):
        n = name or fn.__name__
        assert n not in CASES[group], n
        CASES[group][n] = Case(group, n, fn, compare, deviation)
        return fn
    return deco


# the case modules register themselves on import
import ckpt_cases_load  # noqa: E402,F401
import ckpt_cases_net  # noqa: E402,F401
import ckpt_cases_save  # noqa: E402,F401
