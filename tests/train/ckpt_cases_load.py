"""load_checkpoint cases: damaged, truncated, foreign and odd files; argument checks."""
import io

from ckpt_cases import case
from ckpt_models import rs

DENSE = "dense_10_1.ckpt"
DENSE_ST = "dense_10_1.safetensors"
DENSE_CRC = "dense_10_1_crc.ckpt"


def _load(env, name, data, **kw):
    return env.ms.load_checkpoint(env.write(name, data), **kw)


def _load_st(env, name, data, **kw):
    return env.ms.load_checkpoint(env.write(name, data), format="safetensors", **kw)


# ----------------------------------------------------------------------------- load: bad files
@case("load_files")
def missing_ckpt(env):
    return env.ms.load_checkpoint(env.path("nope.ckpt"))


@case("load_files")
def missing_safetensors(env):
    return env.ms.load_checkpoint(env.path("nope.safetensors"), format="safetensors")


@case("load_files")
def empty_ckpt(env):
    return _load(env, "empty.ckpt", b"")


@case("load_files")
def empty_safetensors(env):
    return _load_st(env, "empty.safetensors", b"")


def _truncated(cut):
    def fn(env):
        data = env.fixture_bytes(DENSE)
        return _load(env, "cut.ckpt", data[:cut] if cut >= 0 else data[:len(data) + cut])
    return fn


# 67 ends exactly after the first entry: a valid stream holding only "weight" (MindSpore too)
for _cut in (1, 2, 10, 47, 65, 66, 67, 68, -1):
    case("load_files", name=f"truncated_ckpt_{_cut}")(_truncated(_cut))


@case("load_files")
def truncated_lenet_half(env):
    data = env.fixture_bytes("lenet5_bn.ckpt")
    return _load(env, "half.ckpt", data[:len(data) // 2])


def _truncated_st(cut):
    def fn(env):
        return _load_st(env, "cut.safetensors", env.fixture_bytes(DENSE_ST)[:cut])
    return fn


for _cut in (4, 8, 50, 150, 203):
    case("load_files", name=f"truncated_safetensors_{_cut}")(_truncated_st(_cut))


def _random(seed, n):
    def fn(env):
        return _load(env, "random.ckpt", rs(seed).bytes(n))
    return fn


for _seed in range(4):
    case("load_files", name=f"random_bytes_ckpt_{_seed}")(_random(_seed, 200 + 50 * _seed))


@case("load_files")
def random_bytes_safetensors(env):
    return _load_st(env, "random.safetensors", rs(7).bytes(300))


@case("load_files")
def safetensors_named_ckpt(env):
    return _load(env, "st.ckpt", env.fixture_bytes(DENSE_ST))


@case("load_files")
def npz_named_ckpt(env):
    return _load(env, "npz.ckpt", env.fixture_bytes("dense_10_1.npz"))


@case("load_files")
def text_named_ckpt(env):
    return _load(env, "text.ckpt", b"hello world\n")


@case("load_files")
def ckpt_named_safetensors(env):
    return _load_st(env, "c.safetensors", env.fixture_bytes(DENSE))


@case("load_files")
def wrong_extension(env):
    return _load(env, "c.bin", env.fixture_bytes(DENSE))


@case("load_files")
def ckpt_with_format_safetensors(env):
    return env.ms.load_checkpoint(env.fixture(DENSE), format="safetensors")


@case("load_files")
def bad_format_name(env):
    return env.ms.load_checkpoint(env.fixture(DENSE), format="npz")


@case("load_files")
def directory_ckpt(env):
    import os
    os.mkdir(env.path("d.ckpt"))
    return env.ms.load_checkpoint(env.path("d.ckpt"))


@case("load_files")
def directory_safetensors(env):
    import os
    os.mkdir(env.path("d.safetensors"))
    return env.ms.load_checkpoint(env.path("d.safetensors"), format="safetensors")


@case("load_files")
def crc_trailer_corrupt_checked(env):
    data = bytearray(env.fixture_bytes(DENSE_CRC))
    data[-1] ^= 1
    return _load(env, "c.ckpt", bytes(data), crc_check=True)


@case("load_files")
def crc_trailer_corrupt_unchecked(env):
    data = bytearray(env.fixture_bytes(DENSE_CRC))
    data[-1] ^= 1
    return _load(env, "c.ckpt", bytes(data))


@case("load_files")
def crc_body_corrupt_checked(env):
    data = bytearray(env.fixture_bytes(DENSE_CRC))
    data[40] ^= 1
    return _load(env, "c.ckpt", bytes(data), crc_check=True)


@case("load_files")
def crc_body_corrupt_unchecked(env):
    data = bytearray(env.fixture_bytes(DENSE_CRC))
    data[40] ^= 1
    return _load(env, "c.ckpt", bytes(data))


@case("load_files")
def crc_ok_checked(env):
    return env.ms.load_checkpoint(env.fixture(DENSE_CRC), crc_check=True)


@case("load_files")
def crc_absent_checked(env):
    return env.ms.load_checkpoint(env.fixture(DENSE), crc_check=True)


@case("load_files")
def unknown_tensor_type(env):
    return _load(env, "t.ckpt", env.fixture_bytes(DENSE).replace(b"Float32", b"Float33", 1))


@case("load_files", deviation="dims need more bytes than stored: MindSpore returns a (2, 10) "
                              "Parameter from 40 bytes; ms_compat raises ValueError")
def dims_larger_than_content(env):
    return _load(env, "d.ckpt", env.fixture_bytes(DENSE).replace(b"\x08\x01\x08\x0a",
                                                                 b"\x08\x02\x08\x0a", 1))


@case("load_files", deviation="dims need fewer bytes than stored: MindSpore drops the extra "
                              "bytes; ms_compat raises ValueError")
def dims_smaller_than_content(env):
    return _load(env, "d.ckpt", env.fixture_bytes(DENSE).replace(b"\x08\x01\x08\x0a",
                                                                 b"\x08\x01\x08\x09", 1))


@case("load_files")
def flipped_value_byte_loads(env):
    data = bytearray(env.fixture_bytes(DENSE))
    data[30] ^= 0x40
    return _load(env, "f.ckpt", bytes(data))


def _st(env, name, header, data):
    import json
    import struct
    h = json.dumps(header, separators=(",", ":")).encode()
    return env.write(name, struct.pack("<Q", len(h)) + h + data)


def _st_case(name, header, data, compare="exact", **kw):
    def fn(env):
        return env.ms.load_checkpoint(_st(env, "x.safetensors", header, data),
                                      format="safetensors", **kw)
    case("load_files", compare=compare, name=name)(fn)


_F32_ONE = b"\x00\x00\x80\x3f"
_st_case("st_unknown_dtype", {"x": {"dtype": "F8", "shape": [2], "data_offsets": [0, 2]}},
         b"\0\0", compare="type")
_st_case("st_complex_dtype", {"x": {"dtype": "C64", "shape": [1], "data_offsets": [0, 8]}},
         b"\0" * 8, compare="type")
_st_case("st_size_mismatch", {"x": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}},
         b"\0" * 8)
_st_case("st_offsets_not_in_header_order",
         {"y": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]},
          "x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}, b"\0" * 8)
_st_case("st_extra_data", {"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}},
         b"\0" * 8)
_st_case("st_header_is_list", [1, 2], b"", compare="type")
_st_case("st_missing_offsets", {"x": {"dtype": "F32", "shape": [1]}}, b"\0" * 4,
         compare="type")
_st_case("st_metadata_only", {"__metadata__": {"format": "ms"}}, b"")
_st_case("st_no_metadata", {"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}},
         _F32_ONE)
_st_case("st_negative_shape", {"x": {"dtype": "F32", "shape": [-1], "data_offsets": [0, 0]}},
         b"")
_st_case("st_zero_size", {"x": {"dtype": "F32", "shape": [0], "data_offsets": [0, 0]},
                          "y": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}, _F32_ONE)
_st_case("st_crc_absent_checked",
         {"x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}}, _F32_ONE, crc_check=True)
_st_case("st_crc_wrong", {"__metadata__": {"crc_num": "123"},
                          "x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}},
         _F32_ONE, crc_check=True)
_st_case("st_crc_not_a_number", {"__metadata__": {"crc_num": "abc"},
                                 "x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}},
         _F32_ONE, crc_check=True)
_st_case("st_crc_wrong_unchecked", {"__metadata__": {"crc_num": "123"},
                                    "x": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}},
         _F32_ONE)


def _raw_st_case(name, raw):
    def fn(env):
        return env.ms.load_checkpoint(env.write("x.safetensors", raw), format="safetensors")
    case("load_files", name=name)(fn)


_raw_st_case("st_bad_json", b"\x05\0\0\0\0\0\0\0{abc}")
_raw_st_case("st_header_too_large", b"\x00\xca\x9a\x3b\0\0\0\0{}")
_raw_st_case("st_header_not_utf8", b"\x04\0\0\0\0\0\0\0\xff\xfe{}")
_raw_st_case("st_header_unpadded_empty", b"\x02\0\0\0\0\0\0\0{}")


# ----------------------------------------------------------------------------- load: arguments
def _arg_case(name, compare="exact", fixture=DENSE, **kw):
    def fn(env):
        return env.ms.load_checkpoint(env.fixture(fixture), **kw)
    case("load_args", compare=compare, name=name)(fn)


_arg_case("crc_check_int", crc_check=1)
_arg_case("dec_key_str", dec_key="k")
_arg_case("dec_mode_int", dec_mode=1)
_arg_case("specify_prefix_int", specify_prefix=1)
_arg_case("specify_prefix_empty_list", specify_prefix=[])
_arg_case("filter_prefix_empty_str", filter_prefix=[""])
_arg_case("filter_prefix_list_with_int", filter_prefix=["a", 1])
_arg_case("filter_prefix_w", filter_prefix="w")
_arg_case("specify_prefix_w", specify_prefix="w")
_arg_case("specify_and_filter_everything", specify_prefix="w", filter_prefix="we")
_arg_case("specify_prefix_tuple", specify_prefix=("b", "zz"))
_arg_case("choice_func_bias", choice_func=lambda n: n == "bias")
_arg_case("choice_func_overridden_by_prefix", choice_func=lambda n: n == "bias",
          specify_prefix="w")
_arg_case("choice_func_not_callable", choice_func=3)
_arg_case("choice_func_rejects_all", choice_func=lambda n: False)
_arg_case("strict_load_int_without_net", strict_load=1)
_arg_case("net_not_a_cell", net=3)
_arg_case("remove_redundancy_int", remove_redundancy=1)
_arg_case("remove_redundancy_without_net", remove_redundancy=True)
_arg_case("st_dec_key", fixture=DENSE_ST, format="safetensors", dec_key=b"0123456789abcdef")
_arg_case("st_dec_mode", fixture=DENSE_ST, format="safetensors", dec_mode="AES-CBC")
_arg_case("st_prefix_ignored", fixture=DENSE_ST, format="safetensors", specify_prefix="zz")
_arg_case("st_choice_func", fixture=DENSE_ST, format="safetensors",
          choice_func=lambda n: n == "bias")
_arg_case("st_choice_func_not_callable", fixture=DENSE_ST, format="safetensors", choice_func=3,
          compare="type")
_arg_case("st_crc_ok_checked", fixture=DENSE_ST, format="safetensors", crc_check=True)
_arg_case("st_crc_checked_bfloat16", fixture="mixed_dtypes.safetensors", format="safetensors",
          crc_check=True)
_arg_case("append_fixture", fixture="dense_10_1_append.ckpt")
_arg_case("mixed_dtypes_filtered", fixture="mixed_dtypes.ckpt", filter_prefix=("w16", "u8"))


@case("load_args")
def name_not_a_string(env):
    return env.ms.load_checkpoint(3)


@case("load_args")
def bytesio_ckpt(env):
    return env.ms.load_checkpoint(io.BytesIO(env.fixture_bytes(DENSE)))


@case("load_args")
def bytesio_safetensors(env):
    return env.ms.load_checkpoint(io.BytesIO(env.fixture_bytes("mixed_dtypes.safetensors")),
                                  format="safetensors")


@case("load_args")
def bytesio_safetensors_garbage(env):
    return env.ms.load_checkpoint(io.BytesIO(b"\x02\0\0\0\0\0\0\0{]"), format="safetensors")
