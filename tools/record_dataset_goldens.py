"""Record the dataset goldens from real MindSpore.

Run with an interpreter that has MindSpore 2.10 (never with ms_compat):

    .venv-ms/bin/python tools/record_dataset_goldens.py [--only GROUP] [--show]

It writes the same tiny MNIST / CIFAR-10 / image-folder files the tests write
(``tests/dataset/data_files.py``), runs every case of ``tests/dataset/cases_<group>.py`` with
``mindspore.dataset`` and stores the encoded results in ``tests/goldens/dataset/<group>.json``
(atomically). A case registered with ``match="text"`` must raise an error whose message contains
that text; the recorder checks it here so the tests can rely on it.
"""
import argparse
import importlib
import json
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "tests", "dataset"))

import data_files  # noqa: E402
import golden_io  # noqa: E402

GROUPS = ("sources", "ops", "transforms", "errors")
OUT_DIR = golden_io.GOLDEN_DIR


def _write_json(path, obj):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=False)
        f.write("\n")
    os.replace(tmp, path)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", choices=GROUPS, action="append")
    parser.add_argument("--show", action="store_true", help="print each result's summary")
    args = parser.parse_args()

    import mindspore as ms
    import mindspore.dataset as ds
    import mindspore.dataset.transforms as transforms
    import mindspore.dataset.vision as vision
    if "ms_compat" in ms.__file__:
        raise SystemExit("run this with real MindSpore, not ms_compat")

    os.makedirs(OUT_DIR, exist_ok=True)
    jpeg = os.path.join(OUT_DIR, "decode_input.jpg")
    if not os.path.exists(jpeg):
        data_files.write_jpeg(jpeg)
    with tempfile.TemporaryDirectory() as root:
        dirs = data_files.write_all(root)
        dirs["goldens"] = OUT_DIR
        env = golden_io.Env(ms, ds, vision, transforms, dirs)
        for group in args.only or GROUPS:
            module = importlib.import_module("cases_" + group)
            results = {}
            for name, (fn, match) in module.CASES.items():
                ds.config.set_seed(5489)  # MindSpore's default: "no seed set"
                if args.show:
                    print(f"{group}.{name} ...", flush=True)
                result = golden_io.run_case(fn, env)
                if isinstance(result, dict) and "__error__" in result:
                    # Keep the goldens stable: no temp-dir or checkout paths in messages.
                    result["message"] = (result["message"].replace(root, "<data>")
                                         .replace(ROOT, "<repo>"))
                if match is not None:
                    if not (isinstance(result, dict) and "__error__" in result):
                        raise SystemExit(f"{group}.{name}: expected an error, got {result!r:.300}")
                    if match not in result["message"]:
                        raise SystemExit(f"{group}.{name}: {match!r} not in {result['message']!r}")
                results[name] = result
                if args.show:
                    print(f"{group}.{name}: {json.dumps(result)[:300]}", flush=True)
            _write_json(os.path.join(OUT_DIR, group + ".json"),
                        {"mindspore_version": ms.__version__, "cases": results})
            print(f"{group}: {len(results)} cases")


if __name__ == "__main__":
    main()
