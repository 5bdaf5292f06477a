"""Read and write MindSpore's safetensors checkpoints with the ``safetensors`` package.

Writer, as MindSpore 2.10: ``safetensors.numpy.save_file`` of the entries (name order) with
metadata ``{"format": "ms"}``, plus ``"remove_redundancy": "True"/"False"`` when given and
``"crc_num": str(crc)`` with ``crc_check``, where crc chains ``crc32(name utf-8)`` and
``crc32(bytes(array))`` over the names in sorted order (with Python's ``bytes()`` quirks, see
``_crc_update``); no metadata at all for an empty mapping.
String entries cannot be stored (the package raises ``SafetensorError``, as in MindSpore).

Reader: MindSpore does not use the package's reader but its own, which accepts and rejects
slightly different files; the header is therefore validated here by MindSpore's rules first
(header length, JSON, contiguous ``data_offsets`` in header order, sizes, only MindSpore's dtype
codes), then the tensors are read with the package. Entries come back sorted by name.
"""
from __future__ import annotations

import json
import mmap
import struct
import zlib
from collections import OrderedDict
from typing import Callable

import numpy as np
import safetensors
import safetensors.numpy

from . import dtypes
from .errors import ParseError

__all__ = ["write", "read", "CRC_FAILED"]

_HEADER = 8
_MAX_HEADER = 100 * 1000 * 1000
CRC_FAILED = ("For 'load_checkpoint', the crc check has failed. Please check whether the ckpt "
              "file is damaged.")


def _c_order(arr):
    """C-contiguous array of the same shape (``np.ascontiguousarray`` would make 0-d 1-d)."""
    arr = np.asarray(arr)
    return arr if arr.flags.c_contiguous else arr.copy(order="C")


_ZERO_CHUNK = bytes(1 << 20)
_MAX_ZERO_CRC = 1 << 28


def _crc_update(crc: int, arr) -> int:
    """MindSpore chains ``crc32(bytes(array))``. ``bytes()`` of a numpy array is its raw bytes,
    except for a 0-d integer array, which Python treats as a count: ``value`` zero bytes
    (``ValueError: negative count`` below zero; MindSpore runs out of memory on large values, so
    counts above 2**28 raise ``MemoryError`` here). ``bytes()`` of a bfloat16 array fails
    (``ValueError: cannot include dtype 'E' in a buffer``) in MindSpore and here alike."""
    if arr.ndim == 0 and arr.dtype.kind in "iu":
        n = int(arr)
        if n < 0:
            raise ValueError("negative count")
        if n > _MAX_ZERO_CRC:
            raise MemoryError(f"MindSpore's safetensors CRC hashes a 0-d integer entry as "
                              f"bytes({n}) ({n} zero bytes), which does not fit in memory.")
        while n:
            take = min(n, len(_ZERO_CHUNK))
            crc = zlib.crc32(_ZERO_CHUNK[:take], crc)
            n -= take
        return crc
    return zlib.crc32(bytes(arr), crc)


def _crc(items) -> int:
    crc = 0
    for name, arr in items:
        crc = zlib.crc32(name.encode("utf-8"), crc)
        crc = _crc_update(crc, arr)
    return crc


def write(path: str, tensors: dict, crc_check: bool = False, remove_redundancy=None) -> None:
    """Write ``tensors`` (name -> numpy array) to ``path`` as MindSpore does."""
    data = {name: _c_order(tensors[name]) for name in sorted(tensors)}
    if not data:
        safetensors.numpy.save_file(data, path)
        return
    meta = {"format": "ms"}
    if isinstance(remove_redundancy, bool):
        meta["remove_redundancy"] = str(remove_redundancy)
    if crc_check:
        meta["crc_num"] = str(_crc(data.items()))
    safetensors.numpy.save_file(data, path, metadata=meta)


def _header(buf) -> tuple:
    """(data start, tensor infos in header order, metadata) by MindSpore's rules."""
    size = len(buf)
    if size < _HEADER:
        raise ParseError("header too small")
    n = struct.unpack("<Q", bytes(buf[:_HEADER]))[0]
    if n > _MAX_HEADER:
        raise ParseError("header too large")
    if n + _HEADER > size:
        raise ParseError("invalid header length")
    try:
        infos = json.loads(bytes(buf[_HEADER:_HEADER + n]), object_pairs_hook=OrderedDict)
    except ValueError as e:
        raise ParseError(f"invalid header: {e}") from e
    if not isinstance(infos, dict):
        raise TypeError(f"the safetensors header must be a JSON object, got {type(infos).__name__}")
    meta = infos.pop("__metadata__", None)
    end = 0
    for name, info in infos.items():
        try:
            begin, stop = info["data_offsets"]
        except ValueError as e:
            raise ParseError(f"invalid data_offsets of '{name}'") from e
        if begin != end or stop < begin:
            raise ParseError(f"invalid offset of '{name}'")
        end = stop
        itemsize = dtypes.SAFETENSORS[info["dtype"]].itemsize  # KeyError: unknown code, as MS
        if int(np.prod(info["shape"])) * itemsize != stop - begin:
            raise ParseError(f"invalid tensor info of '{name}'")
    if end + _HEADER + n != size:
        raise ParseError("incomplete buffer")
    return _HEADER + n, infos, meta


def _check_supported(name, meta):
    if isinstance(meta, dict) and name in meta and meta[name] in dtypes.UNSUPPORTED_TYPES:
        raise NotImplementedError(
            f"load_checkpoint: safetensors entry '{name}' is {meta[name]} (MindSpore "
            f"{dtypes.UNSUPPORTED_TYPES[meta[name]]}); ms_compat does not support it.")


def _tensors_from_bytes(buf) -> dict:
    try:
        return {name: _as_array(info) for name, info in safetensors.deserialize(bytes(buf))}
    except safetensors.SafetensorError as e:
        raise ParseError(str(e)) from e


def _as_array(info):
    return np.frombuffer(info["data"], dtypes.SAFETENSORS[info["dtype"]]).reshape(info["shape"])


def read(source, crc_check: bool = False, keep: Callable[[str], bool] | None = None):
    """``(entries, metadata)``: entries ``[(name, array)]`` sorted by name. ``source`` is a path
    or a file object (BytesIO). CRC failure raises MindSpore's ``ValueError``."""
    if isinstance(source, str):
        with open(source, "rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as mm:
            _, infos, meta = _header(mm)
        reader = _FileReader(source)
    else:
        buf = source.getvalue() if hasattr(source, "getvalue") else source.read()
        _, infos, meta = _header(memoryview(buf))
        reader = _DictReader(_tensors_from_bytes(buf))
    entries = []
    crc = 0
    with reader:
        for name in sorted(infos):
            if crc_check:
                crc = zlib.crc32(name.encode("utf-8"), crc)
                crc = _crc_update(crc, reader.get(name))
            if keep is not None and not keep(name):
                continue
            _check_supported(name, meta)
            entries.append((name, reader.get(name)))
    if crc_check and isinstance(meta, dict) and meta.get("crc_num") is not None:
        if int(meta["crc_num"]) != crc:
            raise ValueError(CRC_FAILED)
    return entries, meta


class _FileReader:
    """Tensors of a safetensors file through ``safetensors.safe_open`` (memory-mapped)."""

    def __init__(self, path):
        self._path = path
        self._f = None

    def __enter__(self):
        try:
            self._f = safetensors.safe_open(self._path, framework="np").__enter__()
        except safetensors.SafetensorError as e:
            raise ParseError(str(e)) from e
        return self

    def __exit__(self, *exc):
        self._f.__exit__(*exc)

    def get(self, name):
        try:
            return self._f.get_tensor(name)
        except safetensors.SafetensorError as e:
            raise ParseError(str(e)) from e


class _DictReader:
    def __init__(self, tensors):
        self._tensors = tensors

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def get(self, name):
        return self._tensors[name]
