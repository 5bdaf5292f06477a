"""save_checkpoint cases: the bytes MindSpore writes for Cells, lists, dicts, append_dict, CRC,
splitting, file names; argument checks."""
import numpy as np

from ckpt_cases import case
from ckpt_models import list_of_dicts, nested_cell, params

# ----------------------------------------------------------------------------- save: files
def _listing_bytes(env, *names):
    """The written files (safetensors in canonical form, see ``canonical_file_bytes``)."""
    from ckpt_golden_io import canonical_file_bytes
    return {n: canonical_file_bytes(n, env.read(n)) for n in names}


def _save_case(name, fn_obj, file_name="out.ckpt", out_names=None, compare="exact", **kw):
    """Save ``fn_obj(ms)`` with ``kw``; result: the written files' bytes."""
    def fn(env):
        env.ms.save_checkpoint(fn_obj(env.ms), env.path(file_name), **kw)
        names = out_names or [file_name]
        return _listing_bytes(env, *names)
    case("save_files", name=name, compare=compare)(fn)


_save_case("cell_nested", nested_cell)
_save_case("cell_nested_crc", nested_cell, crc_check=True)
_save_case("cell_nested_safetensors", nested_cell, file_name="out.safetensors",
           format="safetensors")
_save_case("cell_nested_safetensors_crc", nested_cell, file_name="out.safetensors",
           format="safetensors", crc_check=True)
_save_case("cell_choice_func", nested_cell, choice_func=lambda n: n.startswith("inner"))
_save_case("list_of_dicts_all_dtypes", list_of_dicts)
_save_case("list_of_dicts_all_dtypes_crc", list_of_dicts, crc_check=True)
_save_case("list_of_dicts_all_dtypes_safetensors", list_of_dicts, file_name="out.safetensors",
           format="safetensors")
_save_case("list_of_dicts_all_dtypes_safetensors_crc", list_of_dicts,  # bf16: bytes() fails
           file_name="out.safetensors", format="safetensors", crc_check=True)
_save_case("list_of_dicts_no_bf16_safetensors_crc",
           lambda ms: [d for d in list_of_dicts(ms) if d["name"] != "bf16"],
           file_name="out.safetensors", format="safetensors", crc_check=True,
           compare="type")  # the 0-d Int64 entry: MemoryError
_save_case("safetensors_crc_small_scalars",
           lambda ms: [d for d in list_of_dicts(ms) if d["name"] not in ("bf16", "i64")],
           file_name="out.safetensors", format="safetensors", crc_check=True,
           append_dict={"epoch": 3, "flag": True, "lr": 0.5, "zero": 0})
_save_case("safetensors_crc_negative_scalar", lambda ms: [],
           file_name="out.safetensors", format="safetensors", crc_check=True,
           append_dict={"step": -2})
_save_case("list_of_parameters", params)
_save_case("list_of_parameters_choice", params, choice_func=lambda n: n[0] in "fb")
_save_case("list_empty", lambda ms: [])
_save_case("list_empty_crc", lambda ms: [], crc_check=True)
_save_case("dict_empty_safetensors", lambda ms: {}, file_name="out.safetensors",
           format="safetensors")
_save_case("dict_of_parameters", lambda ms: {p.name: p for p in params(ms)[:4]})
_save_case("dict_numpy_and_str", lambda ms: {"a": np.arange(3, dtype=np.int16),
                                             "s": "txt", "b": np.float64(2.5) * np.ones(2)})
_save_case("dict_choice_func", lambda ms: {p.name: p for p in params(ms)[:4]},
           choice_func=lambda n: n != "f32")
_save_case("duplicate_names", lambda ms: [{"name": "a", "data": ms.Tensor(np.int64(1))},
                                          {"name": "b", "data": ms.Tensor(np.int64(2))},
                                          {"name": "a", "data": ms.Tensor(np.float32(3.0))}])
_save_case("zero_size_dropped", lambda ms: [
    {"name": "z", "data": ms.Tensor(np.zeros((0,), np.float32))},
    {"name": "x", "data": ms.Tensor(np.ones((2,), np.float32))},
    {"name": "z2", "data": ms.Tensor(np.zeros((2, 0), np.int32))}])
_save_case("zero_size_safetensors", lambda ms: [
    {"name": "z", "data": ms.Tensor(np.zeros((0,), np.float32))},
    {"name": "x", "data": ms.Tensor(np.ones((2,), np.float32))}],
    file_name="out.safetensors", format="safetensors")
_APPEND = {"epoch_num": 2, "lr": 0.01, "flag": True, "note": "héllo ✓", "empty": "",
           "f64": np.float64(0.1)}
_save_case("append_dict_scalars_and_strings", nested_cell, append_dict=dict(_APPEND))
_save_case("append_dict_crc", nested_cell, append_dict=dict(_APPEND), crc_check=True)
_save_case("append_dict_safetensors", nested_cell, file_name="out.safetensors",
           format="safetensors", append_dict={"epoch_num": 3, "lr": 0.5})
_save_case("remove_redundancy_safetensors", nested_cell, file_name="out.safetensors",
           format="safetensors", remove_redundancy=False)
_save_case("remove_redundancy_ckpt_ignored", nested_cell, remove_redundancy=True)
_save_case("unknown_kwarg_ignored", nested_cell, foo=3)
_save_case("name_without_extension", nested_cell, file_name="noext",
           out_names=["noext.ckpt"])
_save_case("name_other_extension", nested_cell, file_name="w.bin", out_names=["w.bin.ckpt"])
_save_case("name_ending_in_ckpt", nested_cell, file_name="wckpt", out_names=["wckpt"])
_save_case("safetensors_name_without_extension", nested_cell, file_name="s1",
           out_names=["s1.safetensors"], format="safetensors")
_save_case("safetensors_name_ckpt_extension", nested_cell, file_name="s2.ckpt",
           out_names=["s2.ckpt.safetensors"], format="safetensors")


@case("save_files")
def append_dict_tensor_values(env):
    ms = env.ms
    p = ms.Parameter(ms.Tensor(np.float32(2.5)), name="pp")
    ms.save_checkpoint([], env.path("out.ckpt"),
                       append_dict={"t": ms.Tensor(np.arange(3)), "p": p})
    return _listing_bytes(env, "out.ckpt")


@case("save_files")
def overwrite_existing_readonly(env):
    ms = env.ms
    ms.save_checkpoint(params(ms), env.path("out.ckpt"))
    ms.save_checkpoint(nested_cell(ms), env.path("out.ckpt"))
    import os
    import stat
    return {"bytes": env.read("out.ckpt"),
            "mode": oct(stat.S_IMODE(os.stat(env.path("out.ckpt")).st_mode))}


@case("save_files")
def split_large_tensor(env):
    """A tensor above the slice size is written as same-tag pieces (slice lowered to 1 KiB)."""
    ms = env.ms
    env.set_slice_bytes(1024)
    try:
        big = ms.Tensor(np.arange(700, dtype=np.float32).reshape(7, 100))
        exact = ms.Tensor(np.arange(512, dtype=np.float16).reshape(2, 256))  # 1024 B: one piece
        ms.save_checkpoint([{"name": "small", "data": ms.Tensor(np.int64(1))},
                            {"name": "big", "data": big},
                            {"name": "exact", "data": exact},
                            {"name": "bf", "data": ms.Tensor(np.ones(600, np.float32),
                                                              ms.bfloat16)}],
                           env.path("out.ckpt"), crc_check=True)
    finally:
        env.set_slice_bytes(None)
    return {"file": env.read("out.ckpt"),
            "loaded": ms.load_checkpoint(env.path("out.ckpt"), crc_check=True)}


@case("save_files")
def complex_saved_not_loadable(env):
    ms = env.ms
    ms.save_checkpoint([{"name": "c", "data": ms.Tensor(np.array([1 + 2j], np.complex64))}],
                       env.path("out.ckpt"))
    data = env.read("out.ckpt")
    try:
        ms.load_checkpoint(env.path("out.ckpt"))
    except ValueError as e:
        return {"file": data, "load_error": str(e).replace(env.tmp, "{tmp}")}
    return {"file": data, "load_error": None}


@case("save_files")
def roundtrip_all_dtypes(env):
    ms = env.ms
    ms.save_checkpoint(list_of_dicts(ms), env.path("out.ckpt"), append_dict=dict(_APPEND))
    return ms.load_checkpoint(env.path("out.ckpt"))


@case("save_files")
def roundtrip_all_dtypes_safetensors(env):
    ms = env.ms
    ms.save_checkpoint(list_of_dicts(ms), env.path("out.safetensors"), format="safetensors")
    return ms.load_checkpoint(env.path("out.safetensors"), format="safetensors")


@case("save_files", deviation="MindSpore writes the file asynchronously; ms_compat raises "
                              "NotImplementedError naming async_save")
def async_save_true(env):
    env.ms.save_checkpoint(nested_cell(env.ms), env.path("out.ckpt"), async_save=True)
    import time
    time.sleep(1.0)
    return {}


@case("save_files", deviation="MindSpore encrypts; ms_compat raises NotImplementedError naming "
                              "enc_key")
def enc_key_ckpt(env):
    env.ms.save_checkpoint(nested_cell(env.ms), env.path("out.ckpt"),
                           enc_key=b"0123456789abcdef")
    return {}


@case("save_files", deviation="MindSpore raises UnboundLocalError for a plain Tensor value (a "
                              "bug); ms_compat saves it")
def dict_with_tensor_value(env):
    env.ms.save_checkpoint({"a": env.ms.Tensor(np.float32(1.0))}, env.path("out.ckpt"))
    return _listing_bytes(env, "out.ckpt")


# ----------------------------------------------------------------------------- save: arguments
def _save_err(name, obj=nested_cell, file_name="out.ckpt", compare="exact", setup=None, **kw):
    def fn(env):
        if setup is not None:
            setup(env)
        target = file_name if not isinstance(file_name, str) else env.path(file_name)
        env.ms.save_checkpoint(obj(env.ms), target, **kw)
        return {}
    case("save_args", compare=compare, name=name)(fn)


def _mkdir(*names):
    def setup(env):
        import os
        for n in names:
            os.mkdir(env.path(n))
    return setup


def _mkfile(name):
    def setup(env):
        env.write(name, b"x")
    return setup


_save_err("directory_path", file_name="adir.ckpt", setup=_mkdir("adir.ckpt"))
_save_err("directory_path_without_extension", file_name="adir", setup=_mkdir("adir"))
_save_err("missing_parent_folder", file_name="nodir/x.ckpt")
_save_err("parent_is_a_file", file_name="afile/x.ckpt", setup=_mkfile("afile"))
_save_err("missing_parent_folder_safetensors", file_name="nodir/x.safetensors",
          format="safetensors", compare="before: at path")
_save_err("save_obj_int", obj=lambda ms: 3)
_save_err("save_obj_tuple", obj=lambda ms: (1,))
_save_err("file_name_int", file_name=3)
_save_err("format_npz", format="npz")
_save_err("integrated_save_int", integrated_save=1)
_save_err("integrated_save_numpy_bool", integrated_save=np.bool_(True),
          compare="before:but got")  # numpy 2 names the type "bool", numpy 1 "bool_"
_save_err("async_save_int", async_save=1)
_save_err("async_save_bad_str", async_save="x")
_save_err("append_dict_list", append_dict=[1])
_save_err("append_dict_list_value", append_dict={"a": [1]})
_save_err("append_dict_int_key", append_dict={1: 1})
_save_err("append_dict_numpy_int", append_dict={"a": np.int64(3)})
_save_err("enc_key_str", enc_key="k")
_save_err("enc_mode_int", enc_mode=1)
_save_err("crc_check_int", crc_check=1)
_save_err("crc_check_numpy_bool", crc_check=np.bool_(True))
_save_err("remove_redundancy_int", remove_redundancy=1)
_save_err("safetensors_enc_key", file_name="out.safetensors", format="safetensors",
          enc_key=b"0123456789abcdef")
_save_err("safetensors_enc_mode", file_name="out.safetensors", format="safetensors",
          enc_mode="AES-CBC")
_save_err("safetensors_incremental", file_name="out.safetensors", format="safetensors",
          incremental=True)
_save_err("safetensors_global_step_num", file_name="out.safetensors", format="safetensors",
          global_step_num=3)
_save_err("safetensors_string_entry", file_name="out.safetensors", format="safetensors",
          append_dict={"note": "hi"})
_save_err("list_of_ints", obj=lambda ms: [1, 2])
_save_err("list_dict_name_int", obj=lambda ms: [{"name": 1, "data": ms.Tensor(1)}])
_save_err("list_dict_data_int", obj=lambda ms: [{"name": "a", "data": 1}])
_save_err("list_dict_without_data", obj=lambda ms: [{"name": "a"}])
_save_err("list_dict_then_parameter", compare="before: but got",
          obj=lambda ms: [{"name": "a", "data": ms.Tensor(1)},
                          ms.Parameter(ms.Tensor(np.float32(1)), name="w")])
_save_err("dict_int_key", compare="before:the type of value",
          obj=lambda ms: {1: ms.Parameter(ms.Tensor(np.float32(1)), name="w")})


# An unwritable folder. chmod cannot make one for root (this machine and CI containers run as
# root), so these cases write into the root of sysfs, where creating a file is refused with EACCES
# even to root. ``unwritable_folder_available`` tells the tests whether that holds here (a
# read-only /sys would give EROFS instead; the tests then skip these cases).
UNWRITABLE = "/sys"


def unwritable_folder_available():
    import os
    probe = os.path.join(UNWRITABLE, ".ms_compat_ckpt_probe")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except PermissionError:
        return True
    except OSError:
        return False
    os.close(fd)
    os.unlink(probe)
    return False


def _unwritable_case(name, file_name, compare="exact", **kw):
    def fn(env):
        env.ms.save_checkpoint(nested_cell(env.ms), UNWRITABLE + "/" + file_name, **kw)
        return {}
    case("save_args", compare=compare, name=name)(fn)
    CASES_NEEDING_UNWRITABLE.add(("save_args", name))


CASES_NEEDING_UNWRITABLE = set()
_unwritable_case("unwritable_folder", "ms_compat_case.ckpt")
_unwritable_case("unwritable_folder_crc", "ms_compat_case.ckpt", crc_check=True)
_unwritable_case("unwritable_folder_safetensors", "ms_compat_case.safetensors",
                 format="safetensors", compare="before: at path")  # then a random temp name
