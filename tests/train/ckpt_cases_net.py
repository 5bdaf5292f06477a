"""load_param_into_net cases (and load_checkpoint with a net): matching, conversion, prefixes."""
import numpy as np

from ckpt_cases import case
from ckpt_models import nested_cell, prefixed_net, typed_net

# ----------------------------------------------------------------------------- load_param_into_net
def _p(ms, arr, dtype=None):
    return ms.Parameter(ms.Tensor(arr, dtype) if dtype is not None else ms.Tensor(arr))


def _state(cell):
    return {p.name: p for _, p in cell.parameters_and_names()}


def _lpin(name, make_net, make_dict, compare="exact", **kw):
    def fn(env):
        ms = env.ms
        net = make_net(ms)
        out = ms.load_param_into_net(net, make_dict(ms), **kw)
        return {"returned": [list(out[0]), list(out[1])], "net": _state(net)}
    case("load_net", compare=compare, name=name)(fn)


_F4 = np.full((2, 2), 3.0, np.float32)
_lpin("convert_within_families", typed_net, lambda ms: {
    "w": _p(ms, _F4), "b": _p(ms, np.array([1.0, 70000.0], np.float32)),
    "i": _p(ms, np.array([1, 2**40 + 7], np.int64)), "zzz": _p(ms, np.float32(1)),
    "h": _p(ms, np.array([1.0 / 3.0, 1e-40, -7.5], np.float64))})
_lpin("strict_type_mismatch", typed_net, lambda ms: {"w": _p(ms, _F4),
                                                "b": _p(ms, np.ones(2, np.float32))},
      strict_load=True)
_lpin("strict_exact_types", typed_net, lambda ms: {"w": _p(ms, _F4), "nothere": _p(ms, _F4)},
      strict_load=True)
_lpin("strict_load_int", typed_net, lambda ms: {"w": _p(ms, _F4)}, strict_load=1)
_lpin("shape_mismatch", typed_net, lambda ms: {"w": _p(ms, np.ones((3,), np.float32))})
_lpin("trailing_one_dims_accepted", typed_net, lambda ms: {"w": _p(ms, np.full((2, 2, 1), 7.0,
                                                                          np.float32))})
_lpin("scalar_from_shape_1", typed_net, lambda ms: {"s": _p(ms, np.array([5.0], np.float32))})
_lpin("float_into_int", typed_net, lambda ms: {"i": _p(ms, np.ones((2,), np.float32))})
_lpin("bool_into_int", typed_net, lambda ms: {"i": _p(ms, np.ones((2,), np.bool_))})
_lpin("uint_into_int", typed_net, lambda ms: {"i": _p(ms, np.ones((2,), np.uint32))})
_lpin("str_and_list_values_skipped", typed_net, lambda ms: {"w": "hello", "note": "x", "m": []})
_lpin("empty_dict", typed_net, lambda ms: {})
_lpin("net_not_a_cell", lambda ms: 3, lambda ms: {})
_lpin("dict_is_list", typed_net, lambda ms: [1])
_lpin("value_is_tensor", typed_net, lambda ms: {"w": ms.Tensor(np.float32(1))}, compare="type")
_lpin("value_is_ndarray", typed_net, lambda ms: {"w": np.ones((2, 2))})
_lpin("key_not_str", typed_net, lambda ms: {1: _p(ms, _F4)}, compare="before:and <class")
_lpin("remove_redundancy_true", typed_net, lambda ms: {"w": _p(ms, _F4)}, remove_redundancy=True)
_lpin("remove_redundancy_int", typed_net, lambda ms: {"w": _p(ms, _F4)}, remove_redundancy=1)
_lpin("prefix_missing_in_dict", prefixed_net, lambda ms: {"w": _p(ms, _F4), "zzz": _p(ms, _F4)})
_lpin("extra_prefix_in_dict", prefixed_net, lambda ms: {
    "model.inner.w": _p(ms, _F4), "model.inner.b": _p(ms, np.ones(2, np.float32)),
    "zzz": _p(ms, _F4)})
_lpin("extra_prefix_strict", prefixed_net, lambda ms: {"model.inner.w": _p(ms, _F4)},
      strict_load=True)
_lpin("two_prefixes", prefixed_net, lambda ms: {
    "a.inner.w": _p(ms, _F4), "bb.inner.b": _p(ms, np.ones(2, np.float16))})


@case("load_net")
def load_checkpoint_into_net(env):
    ms = env.ms
    net = nested_cell(ms)
    ms.save_checkpoint([{"name": "head", "data": ms.Tensor(np.float32(-1))},
                        {"name": "inner.w", "data": ms.Tensor(np.full((2, 3), 9, np.float32))},
                        {"name": "unused", "data": ms.Tensor(np.float32(0))}],
                       env.path("x.ckpt"), append_dict={"note": "n"})
    got = ms.load_checkpoint(env.path("x.ckpt"), net=net)
    return {"returned": got, "net": _state(net)}


@case("load_net")
def load_checkpoint_into_net_strict_int(env):
    ms = env.ms
    ms.save_checkpoint(nested_cell(ms), env.path("x.ckpt"))
    return ms.load_checkpoint(env.path("x.ckpt"), net=nested_cell(ms), strict_load=1)


@case("load_net")
def load_checkpoint_into_net_remove_redundancy(env):
    ms = env.ms
    ms.save_checkpoint(nested_cell(ms), env.path("x.ckpt"))
    return ms.load_checkpoint(env.path("x.ckpt"), net=nested_cell(ms), remove_redundancy=True)


@case("load_net")
def nested_cell_names(env):
    return {"names": [[n, p.name] for n, p in nested_cell(env.ms).parameters_and_names()]}
