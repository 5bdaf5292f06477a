"""Test-suite wide configuration.

``tests/known_failures.txt`` lists tests that compare ms_compat with MindSpore where ms_compat
does not match yet, one ``<node id or fnmatch pattern> | <reason>`` per line. They run as non-strict xfails so the
suite stays green while the gap is tracked in one reviewed file; when one starts passing it is
reported as XPASS and its line should be removed.
"""
import fnmatch
import os

import pytest

_HERE = os.path.dirname(os.path.abspath(__file__))


def _known_failures():
    path = os.path.join(_HERE, "known_failures.txt")
    out = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    node, _, reason = line.partition("|")
                    out[node.strip()] = reason.strip() or "known gap"
    return out


_KNOWN = _known_failures()


def pytest_collection_modifyitems(config, items):
    if not _KNOWN:
        return
    patterns = [(k, v) for k, v in _KNOWN.items() if any(c in k for c in "*?[")]
    for item in items:
        reason = _KNOWN.get(item.nodeid)
        if reason is None:
            for pat, why in patterns:
                if fnmatch.fnmatchcase(item.nodeid, pat):
                    reason = why
                    break
        if reason is not None:
            item.add_marker(pytest.mark.xfail(reason=reason, strict=False))
