"""``mindspore.set_context`` / ``get_context`` and the execution mode.

``GRAPH_MODE`` (0) makes ``Cell.__call__`` compile the Cell with ``ms.jit``; ``PYNATIVE_MODE``
(1, MindSpore 2.x's default) runs eagerly. ``device_target`` selects the JAX backend: "CPU" ->
cpu, "GPU" -> cuda/rocm, "Ascend"/"TPU" -> tpu; asking for a backend JAX does not have raises
``ValueError`` naming it. Other MindSpore context keys are stored and returned by
``get_context`` but have no effect on JAX (they tune MindSpore's own runtime).
"""
from __future__ import annotations

import threading

GRAPH_MODE = 0
PYNATIVE_MODE = 1

_VALID_TARGETS = ("CPU", "GPU", "Ascend", "Davinci")
_JAX_PLATFORM = {"CPU": "cpu", "GPU": "gpu", "TPU": "tpu"}
_ctx = {"mode": PYNATIVE_MODE, "device_target": "CPU", "device_id": 0, "save_graphs": False,
        "jit_level": "", "max_call_depth": 1000, "pynative_synchronize": False,
        "deterministic": "OFF"}
_tls = threading.local()


def _available_targets():
    import jax
    out = []
    for target, platform in _JAX_PLATFORM.items():
        try:
            if jax.devices(platform):
                out.append(target)
        except RuntimeError:
            pass
    return out


def _select_device(target, device_id=0):
    """Point JAX's default device at ``target`` (MindSpore's errors for bad/absent targets).

    "TPU" is accepted in addition to MindSpore's names; "Ascend" has no JAX backend.
    """
    import jax
    if target not in _VALID_TARGETS and target not in _JAX_PLATFORM:
        raise ValueError(f"For 'context.set_context', the argument 'device_target' must be one "
                         f"of {list(_VALID_TARGETS)}, but got {target}.")
    available = _available_targets()
    if target not in available:
        raise RuntimeError(f"Unsupported device target {target}. This process only supports one "
                           f"of the {available}. Please check whether the {target} environment "
                           f"is installed and configured correctly (ms_compat runs on JAX's "
                           f"backends: {list(_JAX_PLATFORM)}).")
    devices = jax.devices(_JAX_PLATFORM[target])
    if not 0 <= device_id < len(devices):
        raise ValueError(f"For 'context.set_context', the argument 'device_id' must be in range "
                         f"[0, {len(devices) - 1}], but got {device_id}.")
    jax.config.update("jax_default_device", devices[device_id])


def set_context(**kwargs):
    """Set MindSpore context keys (mode, device_target, device_id, ...)."""
    if "mode" in kwargs:
        mode = kwargs["mode"]
        if not isinstance(mode, int) or isinstance(mode, bool):
            raise TypeError(f"The parameter 'mode' must be <class 'int'>, but got {type(mode)}")
        if mode not in (GRAPH_MODE, PYNATIVE_MODE):
            raise ValueError(f"For 'context.set_context', the argument 'mode' should be "
                             f"context.GRAPH_MODE (0) or context.PYNATIVE_MODE (1), but got {mode}.")
    if "device_target" in kwargs or "device_id" in kwargs:
        target = kwargs.get("device_target", _ctx["device_target"])
        _select_device(target, kwargs.get("device_id", _ctx["device_id"]))
    _ctx.update(kwargs)


def get_context(attr_key):
    if attr_key not in _ctx:
        raise ValueError(f"For 'context.get_context', the argument {attr_key} is not recognized! "
                         f"For detailed usage of 'get_context', please refer to the Mindspore "
                         f"official website.")
    return _ctx[attr_key]


def set_device(device_target, device_id=None):
    """``mindspore.set_device``."""
    set_context(device_target=device_target, device_id=0 if device_id is None else device_id)


def set_deterministic(deterministic):
    """``mindspore.set_deterministic(bool)``: recorded (``get_context("deterministic")`` gives
    "ON"/"OFF"); a second call raises, as in MindSpore. XLA's CPU kernels are deterministic already; on GPU ms_compat does not change
    XLA's flags (set ``XLA_FLAGS=--xla_gpu_deterministic_ops=true`` before starting Python)."""
    if deterministic is not None and not isinstance(deterministic, bool):
        raise TypeError(f"The parameter 'deterministic' must be {bool}, but got "
                        f"{type(deterministic)}")
    if getattr(set_deterministic, "_done", False):
        raise RuntimeError("The 'mindspore.set_deterministic' can not be set repeatedly.")
    set_deterministic._done = True
    _ctx["deterministic"] = "ON" if deterministic else "OFF"


def is_graph_mode() -> bool:
    return _ctx["mode"] == GRAPH_MODE


def in_graph_call() -> bool:
    return getattr(_tls, "graph_depth", 0) > 0


class graph_call:
    """Marks that a compiled (jit) call is tracing, so nested Cells run their construct inline."""

    def __enter__(self):
        _tls.graph_depth = getattr(_tls, "graph_depth", 0) + 1

    def __exit__(self, *exc):
        _tls.graph_depth -= 1
