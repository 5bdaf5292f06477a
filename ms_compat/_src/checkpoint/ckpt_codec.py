"""Encode and decode MindSpore's ``.ckpt`` byte stream (format layer: numpy arrays and str).

Writer, as MindSpore 2.10's ``save_checkpoint``:
  * one independently serialized ``Checkpoint`` message per entry, concatenated (so the file is
    also one ``Checkpoint`` whose ``value`` list is the entries in order); no header;
  * tensor entries: ``dims`` (none for 0-d), ``tensor_type``, the raw little-endian C-order
    bytes; a tensor over ``SLICE_BYTES`` is written as several consecutive messages with the
    same tag and full dims, each holding the next ``SLICE_BYTES`` of its bytes; a zero-size tensor
    yields no message at all (MindSpore silently drops it);
  * string entries: dims ``[0]``, type ``"str"``, numpy-unicode (UTF-32-LE) bytes, one message;
  * ``crc_check``: a trailer ``b"crc_num"`` + ``crc32(all preceding bytes)`` as 10 bytes
    big-endian.

Reader, as MindSpore's ``load_checkpoint``: strips a trailer whenever ``content[-17:-10] ==
b"crc_num"``, verifies it only when asked, parses the whole stream, concatenates consecutive
messages with the same tag, maps dims ``[0]`` to shape ``()``. Difference: a tensor whose byte
count does not match its dims is an error here (MindSpore builds a tensor from whatever bytes
there are), so a damaged file never yields a wrongly-shaped parameter.
"""
from __future__ import annotations

import zlib
from typing import Callable, Iterable, Iterator, NamedTuple

import numpy as np
from google.protobuf.message import DecodeError

from . import dtypes
from .errors import EntryError, ParseError, ReadError
from .schema import Checkpoint

__all__ = ["SLICE_BYTES", "Entry", "array_entry", "str_entry", "encode", "write",
           "parse", "has_crc", "decode"]

# MindSpore's slice size: SLICE_SIZE (512 * 1024 KiB) * 1024 bytes. Module-level so tests can
# lower it to exercise splitting on small tensors.
SLICE_BYTES = 512 * 1024 * 1024
CRC_TAG = b"crc_num"
_CRC_LEN = 10
_TRAILER_LEN = len(CRC_TAG) + _CRC_LEN


class Entry(NamedTuple):
    """One checkpoint entry: its name, dims, ``tensor_type`` and raw bytes."""
    name: str
    dims: tuple
    tensor_type: str
    data: bytes | memoryview


def array_entry(name: str, arr: np.ndarray, tensor_type: str | None = None) -> Entry:
    """Entry for a numpy array (little-endian C-order bytes); ``tensor_type`` defaults to the one
    MindSpore writes for the array's dtype."""
    arr = np.asarray(arr)
    if arr.dtype.byteorder == ">":
        arr = arr.astype(arr.dtype.newbyteorder("<"))
    if tensor_type is None:
        tensor_type = dtypes.tensor_type_of(arr.dtype)
    data = memoryview(np.ascontiguousarray(arr).reshape(-1).view(np.uint8))
    return Entry(name, tuple(int(d) for d in arr.shape), tensor_type, data)


def str_entry(name: str, text: str) -> Entry:
    """Entry for a Python string: numpy unicode bytes (UTF-32-LE), dims ``[0]``."""
    return Entry(name, (0,), dtypes.STRING_TYPE, np.array(text, dtype="<U").tobytes())


def _messages(entry: Entry) -> Iterator[bytes]:
    if entry.tensor_type == dtypes.STRING_TYPE:
        pieces = [bytes(entry.data)]
    else:
        size = len(entry.data)
        pieces = (bytes(entry.data[i:i + SLICE_BYTES]) for i in range(0, size, SLICE_BYTES))
    for piece in pieces:
        msg = Checkpoint()
        value = msg.value.add()
        value.tag = entry.name
        value.tensor.dims.extend(entry.dims)
        value.tensor.tensor_type = entry.tensor_type
        value.tensor.tensor_content = piece
        yield msg.SerializeToString()


def encode(entries: Iterable[Entry], crc_check: bool = False) -> Iterator[bytes]:
    """The file's bytes, piece by piece (one serialized message per slice, then the trailer)."""
    crc = 0
    for entry in entries:
        for piece in _messages(entry):
            if crc_check:
                crc = zlib.crc32(piece, crc)
            yield piece
    if crc_check:
        yield CRC_TAG + crc.to_bytes(_CRC_LEN, "big")


def write(fileobj, entries: Iterable[Entry], crc_check: bool = False) -> None:
    for piece in encode(entries, crc_check):
        fileobj.write(piece)


def parse(content: bytes, crc_check: bool = False):
    """The ``Checkpoint`` message of a file's bytes (CRC trailer stripped, checked if asked)."""
    if content[-_TRAILER_LEN:-_CRC_LEN] == CRC_TAG:
        stored = int.from_bytes(content[-_CRC_LEN:], "big")
        content = content[:-_TRAILER_LEN]
        if crc_check and zlib.crc32(content) != stored:
            raise ReadError("the crc check failed: the file is damaged.")
    msg = Checkpoint()
    try:
        msg.ParseFromString(content)
    except DecodeError as e:
        raise ParseError(str(e)) from e
    return msg


def has_crc(content: bytes) -> bool:
    return content[-_TRAILER_LEN:-_CRC_LEN] == CRC_TAG


def _tensor_value(tensor_type: str, dims, data: bytes):
    if tensor_type == dtypes.STRING_TYPE:
        if len(data) == 0 or len(data) % 4:
            raise EntryError(f"a 'str' entry holds {len(data)} bytes, not whole UTF-32 code units.")
        return str(np.frombuffer(data, f"<U{len(data) // 4}")[0])
    dt = dtypes.np_dtype_of_tensor_type(tensor_type)
    shape = () if list(dims) == [0] else tuple(int(d) for d in dims)
    if any(d < 0 for d in shape):
        raise EntryError(f"invalid dims {list(dims)}.")
    expected = int(np.prod(shape, dtype=np.int64)) * dt.itemsize
    if expected != len(data):
        raise EntryError(f"the tensor of dims {list(dims)} and type {tensor_type} needs "
                         f"{expected} bytes, but the file holds {len(data)}.")
    return np.frombuffer(data, dt).reshape(shape)


def decode(msg, keep: Callable[[str], bool] | None = None) -> list:
    """``[(name, value)]`` in file order: value is a numpy array (read-only), a ``str`` for string
    entries, or ``[]`` for an entry without a tensor (as MindSpore). ``keep(name)`` is asked
    for every message, before its bytes are used; its failures become ``EntryError``. A name
    seen again later (not adjacent) replaces the earlier value, as in MindSpore's dict."""
    values = msg.value
    out = []
    pending = []
    n = len(values)
    for i, element in enumerate(values):
        tag = element.tag
        try:
            if keep is not None and not keep(tag):
                continue
        except Exception as e:  # MindSpore wraps the choice_func failure, message and all
            raise EntryError(str(e)) from e
        if not element.HasField("tensor"):
            if element.HasField("maptensor") and len(element.maptensor.tensor):
                raise NotImplementedError(
                    f"load_checkpoint: entry '{tag}' is a MapParameter (maptensor); "
                    "ms_compat does not support MapParameter.")
            out.append((tag, []))
            continue
        tensor = element.tensor
        if tensor.tensor_type != dtypes.STRING_TYPE and \
                tensor.tensor_type not in dtypes.CKPT_READ_TYPES and \
                tensor.tensor_type not in dtypes.UNSUPPORTED_TYPES:
            raise EntryError(repr(tensor.tensor_type))  # MindSpore: str(KeyError(type))
        pending.append(tensor.tensor_content)
        if i == n - 1 or tag != values[i + 1].tag:
            data = b"".join(pending)
            pending.clear()
            try:
                value = _tensor_value(tensor.tensor_type, tensor.dims, data)
            except (EntryError, NotImplementedError):
                raise
            except Exception as e:  # e.g. numpy rejecting invalid UTF-32 code points
                raise EntryError(str(e)) from e
            out.append((tag, value))
    return out
