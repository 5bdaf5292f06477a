"""Atomic file writes: a unique temporary file beside the target, then ``os.replace``.

The target is either the complete new file or untouched (an existing checkpoint survives a failed
save, unlike MindSpore, which deletes it first); the temporary file is removed on any failure,
including KeyboardInterrupt. Like MindSpore, the result is made owner-read-only (0o400).

When the temporary file cannot even be created (missing folder, folder is a file...), the OSError
names the temporary file MindSpore would have used (``<target minus extension>.tmp``), so the
message equals MindSpore's.
"""
from __future__ import annotations

import os
import stat
import tempfile
from contextlib import contextmanager

__all__ = ["atomic_path", "mindspore_tmp_name"]


def mindspore_tmp_name(path: str, fmt: str) -> str:
    """MindSpore's temporary name: the extension with ``.<fmt>`` replaced by ``.tmp``."""
    root, ext = os.path.splitext(path)
    return root + ext.replace(f".{fmt}", ".tmp")


@contextmanager
def atomic_path(path: str, fmt: str):
    """Yield the path of a fresh empty temporary file in ``path``'s folder; on a clean exit it
    replaces ``path``, on any exception it is removed."""
    folder, base = os.path.split(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix="." + base + ".", suffix=".tmp", dir=folder or ".")
    except OSError as e:
        raise type(e)(e.errno, e.strerror, mindspore_tmp_name(path, fmt)) from None
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, stat.S_IRUSR)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
