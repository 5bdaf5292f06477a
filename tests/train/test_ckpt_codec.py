"""The .ckpt format layer on plain numpy mappings (no Tensors): round trips of every dtype,
splitting at any slice size, byte order, strings, and the reader's all-or-nothing failures.
Byte-level agreement with MindSpore is checked in test_serialization.py."""
import ml_dtypes
import numpy as np
import pytest

from ms_compat._src.checkpoint import ckpt_codec
from ms_compat._src.checkpoint.errors import EntryError, ParseError, ReadError

_R = np.random.RandomState(3)
ARRAYS = {
    "f16": _R.standard_normal((3, 5)).astype(np.float16),
    "f32": _R.standard_normal((4, 1, 3)).astype(np.float32),
    "f64": _R.standard_normal(7),
    "bf16": _R.standard_normal(9).astype(ml_dtypes.bfloat16),
    "i8": _R.randint(-128, 128, 11).astype(np.int8),
    "i16": _R.randint(-2**15, 2**15, 6).astype(np.int16),
    "i32": _R.randint(-2**31, 2**31, (2, 3), dtype=np.int64).astype(np.int32),
    "i64": np.array(-(2**62) - 3, np.int64),
    "u8": np.arange(256, dtype=np.uint8).reshape(16, 16),
    "u16": np.array([0, 65535], np.uint16),
    "u32": np.array([2**32 - 1], np.uint32),
    "u64": np.array([2**64 - 1], np.uint64),
    "b": np.array([[True, False], [False, True]]),
    "scalar": np.float32(1.25),
}


def _roundtrip(mapping, crc=False):
    entries = [ckpt_codec.str_entry(k, v) if isinstance(v, str) else ckpt_codec.array_entry(k, v)
               for k, v in mapping.items()]
    content = b"".join(ckpt_codec.encode(entries, crc))
    return content, ckpt_codec.decode(ckpt_codec.parse(content, crc))


@pytest.mark.parametrize("slice_bytes", [1, 3, 8, 1000, 512 * 1024 * 1024])
@pytest.mark.parametrize("crc", [False, True])
def test_roundtrip_every_dtype(slice_bytes, crc, monkeypatch):
    monkeypatch.setattr(ckpt_codec, "SLICE_BYTES", slice_bytes)
    mapping = dict(ARRAYS, note="héllo ✓", empty="")
    _, got = _roundtrip(mapping, crc)
    assert [k for k, _ in got] == list(mapping)
    for k, v in got:
        ref = mapping[k]
        if isinstance(ref, str):
            assert v == ref
            continue
        ref = np.asarray(ref)
        assert v.dtype == ref.dtype and v.shape == ref.shape
        assert v.tobytes() == ref.tobytes()


def test_big_endian_input_is_written_little_endian():
    native = np.arange(5, dtype="<i4")
    a, _ = _roundtrip({"x": native})
    b, got = _roundtrip({"x": native.astype(">i4")})
    assert a == b and got[0][1].dtype == np.dtype("<i4")


def test_split_pieces_share_tag_and_dims(monkeypatch):
    monkeypatch.setattr(ckpt_codec, "SLICE_BYTES", 16)
    arr = np.arange(10, dtype=np.float32).reshape(2, 5)
    content, got = _roundtrip({"w": arr})
    msg = ckpt_codec.parse(content)
    assert [v.tag for v in msg.value] == ["w", "w", "w"]
    assert all(list(v.tensor.dims) == [2, 5] for v in msg.value)
    assert [len(v.tensor.tensor_content) for v in msg.value] == [16, 16, 8]
    assert np.array_equal(got[0][1], arr)


def test_zero_size_array_writes_nothing():
    content, got = _roundtrip({"z": np.zeros((0, 3), np.float32)})
    assert content == b"" and got == []


@pytest.mark.parametrize("cut", [1, 5, 20, -1])
def test_truncation_is_a_parse_error(cut):
    content, _ = _roundtrip({"a": ARRAYS["f32"], "b": ARRAYS["i16"]})
    with pytest.raises(ParseError):
        ckpt_codec.parse(content[:cut])


def test_crc_mismatch_only_when_checked():
    content, _ = _roundtrip({"a": ARRAYS["f32"]}, crc=True)
    bad = bytearray(content)
    bad[-20] ^= 1  # inside the tensor bytes
    with pytest.raises(ReadError):
        ckpt_codec.parse(bytes(bad), crc_check=True)
    assert len(ckpt_codec.parse(bytes(bad)).value) == 1


def test_non_adjacent_duplicate_keeps_both_in_order():
    entries = [ckpt_codec.array_entry("a", np.int32(1)), ckpt_codec.array_entry("b", np.int32(2)),
               ckpt_codec.array_entry("a", np.int32(3))]
    got = ckpt_codec.decode(ckpt_codec.parse(b"".join(ckpt_codec.encode(entries))))
    assert [(k, int(v)) for k, v in got] == [("a", 1), ("b", 2), ("a", 3)]


def test_keep_failure_becomes_entry_error():
    content, _ = _roundtrip({"a": ARRAYS["f32"]})

    def keep(name):
        raise RuntimeError("nope")
    with pytest.raises(EntryError, match="nope"):
        ckpt_codec.decode(ckpt_codec.parse(content), keep)


def test_int4_is_not_implemented():
    entry = ckpt_codec.Entry("q", (2,), "Int4", b"\x12")
    with pytest.raises(NotImplementedError, match="Int4"):
        ckpt_codec.decode(ckpt_codec.parse(b"".join(ckpt_codec.encode([entry]))))
