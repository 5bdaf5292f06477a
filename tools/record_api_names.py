"""Record MindSpore's public names per module (run with a real-MindSpore interpreter).

    .venv-ms/bin/python tools/record_api_names.py

Writes ``ms_compat/_src/mindspore_api.json``: {module: [public names]}, plus "Tensor" (methods).
ms_compat uses it to tell "a MindSpore API ms_compat lacks" (NotImplementedError naming it) from
"not a MindSpore API at all" (AttributeError), and for ``python -m ms_compat --check``.
"""
import importlib
import json
import os
import sys

MODULES = ["mindspore", "mindspore.ops", "mindspore.nn", "mindspore.train", "mindspore.common",
           "mindspore.common.initializer", "mindspore.common.dtype", "mindspore.dataset",
           "mindspore.dataset.vision", "mindspore.dataset.transforms", "mindspore.amp",
           "mindspore.communication", "mindspore.context", "mindspore.nn.probability",
           "mindspore.ops.operations", "mindspore.ops.composite", "mindspore.ops.functional",
           "mindspore.mint", "mindspore.mint.nn", "mindspore.mint.nn.functional",
           "mindspore.numpy", "mindspore.experimental.optim", "mindspore.train.callback",
           "mindspore.nn.optim", "mindspore.nn.learning_rate_schedule", "mindspore.nn.dynamic_lr",
           "mindspore.train.serialization", "mindspore.dataset.config"]


def main():
    import mindspore
    out = {"__version__": mindspore.__version__}
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except Exception as e:  # pragma: no cover - recorded for information
            print(f"skip {name}: {e}", file=sys.stderr)
            continue
        out[name] = sorted(n for n in dir(mod) if not n.startswith("_"))
    out["Tensor"] = sorted(n for n in dir(mindspore.Tensor) if not n.startswith("_"))
    out["nn.Cell"] = sorted(n for n in dir(mindspore.nn.Cell) if not n.startswith("_"))
    path = os.path.join(os.path.dirname(__file__), "..", "ms_compat", "_src", "mindspore_api.json")
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(out, f, indent=0, sort_keys=True)
    os.replace(tmp, path)
    print(f"wrote {path}: {sum(len(v) for v in out.values() if isinstance(v, list))} names")


if __name__ == "__main__":
    main()
