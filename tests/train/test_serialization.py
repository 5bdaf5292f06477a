"""``save_checkpoint`` / ``load_checkpoint`` / ``load_param_into_net`` against MindSpore 2.10.

Expected outcomes come from real MindSpore: the fixture files and their .npz (shared/), and the
goldens of ``tools/record_ckpt_goldens.py`` (tests/goldens/checkpoint/). Cases that ms_compat
deliberately handles differently are tested at the end, each against its stated behaviour.
"""
import hashlib
import os

import ml_dtypes
import numpy as np
import pytest

import ckpt_cases
import ckpt_cases_save
import ckpt_fixtures
import ckpt_golden_io as gio
import ckpt_models
import ms_compat as ms
from ms_compat._src.checkpoint import ckpt_codec

MANIFEST = ckpt_fixtures.manifest()
_DEFAULT_SLICE = ckpt_codec.SLICE_BYTES


def _set_slice(n):
    ckpt_codec.SLICE_BYTES = _DEFAULT_SLICE if n is None else n


def _golden_params():
    out = []
    for group in ckpt_cases.GROUPS:
        for name, c in ckpt_cases.CASES[group].items():
            if c.deviation is None:
                out.append(pytest.param(group, name, id=f"{group}.{name}"))
    return out


_GOLDENS = {}


def _golden(group, name):
    if group not in _GOLDENS:
        _GOLDENS[group] = gio.load_goldens(group)["cases"]
    return _GOLDENS[group][name]


@pytest.mark.parametrize("group,name", _golden_params())
def test_matches_mindspore(group, name):
    c = ckpt_cases.CASES[group][name]
    if (group, name) in ckpt_cases_save.CASES_NEEDING_UNWRITABLE and \
            not ckpt_cases_save.unwritable_folder_available():
        pytest.skip(f"{ckpt_cases_save.UNWRITABLE} accepts new files or is read-only here")
    expected = _golden(group, name)
    got = gio.run_case(c.fn, ms, _set_slice)
    if "error" in expected:
        assert got.get("error") == expected["error"], got
        assert gio.message_view(got["message"], c.compare) == \
            gio.message_view(expected["message"], c.compare)
    else:
        assert "error" not in got, got
        assert got["result"] == expected["result"]
    assert got["listing"] == expected["listing"]  # no partial or temporary files left


# ----------------------------------------------------------------------------- fixture files
def _fixture_params():
    out = []
    for name, entry in MANIFEST.items():
        for fmt in ("ckpt", "safetensors"):
            if fmt in entry["files"]:
                out.append(pytest.param(name, fmt, id=f"{name}.{fmt}"))
    return out


def _as_reference(value, is_bf16):
    arr = value.asnumpy()
    if is_bf16:
        assert arr.dtype == ml_dtypes.bfloat16
        return arr.view(np.uint16)
    return arr


@pytest.mark.parametrize("name,fmt", _fixture_params())
def test_fixture_loads_bit_exact(name, fmt):
    entry = MANIFEST[name]
    path = os.path.join(gio.FIXTURES, entry["files"][fmt]["file"])
    loaded = ms.load_checkpoint(path, format=fmt, crc_check=fmt == "ckpt")
    ref = ckpt_fixtures.arrays(name)
    expected_order = list(ref) if fmt == "ckpt" else sorted(ref)
    assert list(loaded) == expected_order
    dtypes = {p["name"]: p["mindspore_dtype"] for p in entry["params"]}
    for k, v in entry.get("append_dict", {}).items():
        dtypes[k] = v.get("mindspore_dtype", "str")
    bf16 = ckpt_fixtures.bf16_names(name)
    for key, arr in ref.items():
        value = loaded[key]
        if dtypes[key] == "str":
            assert isinstance(value, str) and value == str(arr)
            continue
        assert isinstance(value, ms.Parameter)
        assert str(value.dtype) == dtypes[key]
        if fmt == "ckpt":
            assert value.name == key
        got = _as_reference(value, key in bf16)
        assert got.dtype == arr.dtype and got.shape == arr.shape
        assert np.array_equal(got, arr)


@pytest.mark.parametrize("name,fmt", _fixture_params())
def test_fixture_rewritten_byte_identical(name, fmt, tmp_path):
    obj, kwargs = ckpt_fixtures.save_args(ms, name)
    if fmt == "safetensors":
        kwargs = {"format": "safetensors"}
    out = str(tmp_path / f"out.{fmt}")
    ms.save_checkpoint(obj, out, **kwargs)
    with open(os.path.join(gio.FIXTURES, MANIFEST[name]["files"][fmt]["file"]), "rb") as f:
        expected = f.read()
    with open(out, "rb") as f:
        assert f.read() == expected


def test_crc_fixture_loads_with_and_without_check():
    path = os.path.join(gio.FIXTURES, "dense_10_1_crc.ckpt")
    a = ms.load_checkpoint(path)
    b = ms.load_checkpoint(path, crc_check=True)
    assert list(a) == list(b) == ["weight", "bias"]
    assert all(np.array_equal(a[k].asnumpy(), b[k].asnumpy()) for k in a)


# ----------------------------------------------------------------------------- interop record
def _interop():
    return gio.load_goldens("interop")["files"]


def _ms_compat_file(case_name, rel, tmp):
    if case_name.startswith("fixture."):
        name = case_name[len("fixture."):]
        obj, kwargs = ckpt_fixtures.save_args(ms, name)
        if rel.endswith(".safetensors"):
            kwargs = {"format": "safetensors"}
        path = os.path.join(tmp, rel)
        ms.save_checkpoint(obj, path, **kwargs)
        return path
    gio.run_case(ckpt_cases.CASES["save_files"][case_name].fn, ms, _set_slice, keep_dir=tmp)
    return os.path.join(tmp, rel)


@pytest.mark.parametrize("key", sorted(_interop()))
def test_ms_compat_files_load_in_mindspore(key, tmp_path):
    """The recorder loaded this ms_compat-written file in real MindSpore; the record must say it
    loaded with the same values, and must still describe the bytes ms_compat writes today."""
    record = _interop()[key]
    assert record["values_equal"], record
    assert record["loads_in_mindspore"] == record["mindspore_loads_own_file"], record
    case_name, rel = key.split("/", 1)
    path = _ms_compat_file(case_name, rel, str(tmp_path))
    with open(path, "rb") as f:
        data = gio.canonical_file_bytes(path, f.read())
    assert hashlib.sha256(data).hexdigest() == record["ms_compat_sha256"]


def test_interop_covers_every_case():
    recorded = {k.split("/", 1)[0] for k in _interop()}
    expected = {n for n, c in ckpt_cases.CASES["save_files"].items()
                if c.deviation is None and "error" not in _golden("save_files", n)}
    expected |= {"fixture." + n for n in MANIFEST}
    assert expected <= recorded


# ----------------------------------------------------------------------------- deviations
def _deviation(group, name):
    c = ckpt_cases.CASES[group][name]
    assert c.deviation
    return _golden(group, name), gio.run_case(c.fn, ms, _set_slice)


@pytest.mark.parametrize("name", ["dims_larger_than_content", "dims_smaller_than_content"])
def test_size_mismatch_is_an_error(name):
    mindspore, ours = _deviation("load_files", name)
    assert "result" in mindspore  # MindSpore builds a tensor from the wrong number of bytes
    assert ours["error"] == "ValueError"
    assert ours["message"].endswith("\nFor 'load_checkpoint', failed to load the checkpoint "
                                    "file {tmp}/d.ckpt.")
    assert "bytes" in ours["message"].split("\n")[0]


@pytest.mark.parametrize("name,arg", [("async_save_true", "async_save"),
                                      ("enc_key_ckpt", "enc_key")])
def test_unsupported_save_arguments(name, arg):
    mindspore, ours = _deviation("save_files", name)
    assert "result" in mindspore and mindspore["listing"] == ["out.ckpt"]
    assert ours["error"] == "NotImplementedError" and f"'{arg}'" in ours["message"]
    assert ours["listing"] == []


def test_dec_key_not_implemented():
    with pytest.raises(NotImplementedError, match="dec_key"):
        ms.load_checkpoint(os.path.join(gio.FIXTURES, "dense_10_1.ckpt"),
                           dec_key=b"0123456789abcdef")


def test_dict_with_tensor_value_is_saved(tmp_path):
    mindspore, ours = _deviation("save_files", "dict_with_tensor_value")
    assert mindspore["error"] == "UnboundLocalError"
    assert "result" in ours
    path = str(tmp_path / "a.ckpt")
    ms.save_checkpoint({"a": ms.Tensor(np.float32(1.0))}, path)
    loaded = ms.load_checkpoint(path)
    assert list(loaded) == ["a"] and str(loaded["a"].dtype) == "Float32"
    assert loaded["a"].asnumpy() == np.float32(1.0)


def test_dict_with_other_value_raises(tmp_path):
    with pytest.raises(TypeError, match="value should be Parameter"):
        ms.save_checkpoint({"a": 3}, str(tmp_path / "a.ckpt"))
    assert os.listdir(tmp_path) == []


def test_failed_load_param_into_net_leaves_net_unchanged():
    """MindSpore has already assigned 'w' when 'b' fails; ms_compat assigns nothing."""
    net = ckpt_models.typed_net(ms)
    before = {p.name: p.asnumpy().copy() for p in net.get_parameters()}
    params = {"w": ms.Parameter(ms.Tensor(np.full((2, 2), 3.0, np.float32))),
              "b": ms.Parameter(ms.Tensor(np.ones(2, np.float32)))}
    with pytest.raises(RuntimeError, match="should have the same type"):
        ms.load_param_into_net(net, params, strict_load=True)
    for p in net.get_parameters():
        assert np.array_equal(p.asnumpy(), before[p.name])


# ----------------------------------------------------------------------------- atomic writes
class _Boom(Exception):
    pass


def _failing_encode(exc):
    real = ckpt_codec.encode

    def encode(entries, crc_check=False):
        for i, piece in enumerate(real(entries, crc_check)):
            if i == 1:
                raise exc
            yield piece
    return encode


@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk_full", "interrupt"])
def test_failed_write_keeps_old_file_and_leaves_no_temp(exc, tmp_path, monkeypatch):
    net = ckpt_models.nested_cell(ms)
    path = str(tmp_path / "m.ckpt")
    ms.save_checkpoint(net, path)
    with open(path, "rb") as f:
        old = f.read()
    monkeypatch.setattr(ckpt_codec, "encode", _failing_encode(exc))
    with pytest.raises(type(exc)):
        ms.save_checkpoint(ckpt_models.params(ms), path)
    assert os.listdir(tmp_path) == ["m.ckpt"]
    with open(path, "rb") as f:
        assert f.read() == old
    monkeypatch.undo()
    ms.save_checkpoint(net, str(tmp_path / "new.ckpt"))
    monkeypatch.setattr(ckpt_codec, "encode", _failing_encode(exc))
    with pytest.raises(type(exc)):
        ms.save_checkpoint(net, str(tmp_path / "fresh.ckpt"))
    assert sorted(os.listdir(tmp_path)) == ["m.ckpt", "new.ckpt"]


def test_safetensors_failure_leaves_no_file(tmp_path):
    with pytest.raises(Exception, match="str"):
        ms.save_checkpoint([], str(tmp_path / "x.safetensors"), format="safetensors",
                           append_dict={"s": "text"})
    assert os.listdir(tmp_path) == []


def test_slice_size_is_mindspores():
    assert ckpt_codec.SLICE_BYTES == 512 * 1024 * 1024


def test_load_is_all_or_nothing_on_bad_entry(tmp_path):
    """An undecodable entry after good ones raises; nothing is returned."""
    data = open(os.path.join(gio.FIXTURES, "dense_10_1.ckpt"), "rb").read()
    bad = data[:67] + data[67:].replace(b"Float32", b"Float99")
    path = tmp_path / "bad.ckpt"
    path.write_bytes(bad)
    with pytest.raises(ValueError, match="Float99"):
        ms.load_checkpoint(str(path))
