"""ms_compat vs hand-written JAX (and, if ``$MS_PYTHON`` names a MindSpore interpreter, vs real
MindSpore) on the workloads of ``ms_workloads.py`` / ``jax_workloads.py``.

    python benchmarks/run.py [W1 W2 W3 W4] [--steps N]

Prints, per workload: ms_compat ``ms.jit`` ms/step, ms_compat eager ms/call, hand-written JAX
ms/step, the ratio ms_compat-jit / JAX, first-call (compile) times, and whether the losses agree
(first and last step, rtol 1e-4). Times are the median of 5 rounds, measured in this process.
"""
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))

from ms_compat._src import alias  # noqa: E402

alias.install()
import jax  # noqa: E402

import jax_workloads as J  # noqa: E402
import ms_workloads as M  # noqa: E402

ROUNDS = 5


def _median_time(run, steps, block):
    times = []
    for _ in range(ROUNDS):
        t0 = time.perf_counter()
        for _ in range(steps):
            out = run()
        block(out)
        times.append((time.perf_counter() - t0) / steps)
    return statistics.median(times), out


def bench_ms(name, jit, steps):
    t0 = time.perf_counter()
    fn, args = M.WORKLOADS[name](jit)
    out = fn(*args)
    M._block(out)
    first = time.perf_counter() - t0
    first_loss = M._first_float(out)
    fn(*args)
    per, out = _median_time(lambda: fn(*args), steps, M._block)
    return {"first_s": first, "per_call_s": per, "first_loss": first_loss,
            "last_loss": M._first_float(out)}


def bench_jax(name, steps):
    t0 = time.perf_counter()
    run = J.WORKLOADS[name]()
    out = run()
    jax.block_until_ready(out)
    first = time.perf_counter() - t0
    first_loss = float(np.asarray(out).reshape(-1)[0])
    run()  # the same number of steps as the ms_compat side before timing
    per, out = _median_time(run, steps, jax.block_until_ready)
    return {"first_s": first, "per_call_s": per, "first_loss": first_loss,
            "last_loss": float(np.asarray(out).reshape(-1)[0])}


def bench_mindspore(names, steps):
    py = os.environ.get("MS_PYTHON")
    if not py:
        return None
    cmd = [py, os.path.join(HERE, "ms_workloads.py"), "--json", "--steps", str(steps)] + names
    env = dict(os.environ, GLOG_v="3")
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=1200)
        return json.loads(out.stdout.strip().splitlines()[-1])
    except Exception as e:  # noqa: BLE001
        print(f"(MindSpore run failed: {e})")
        return None


def _ms(v):
    return f"{v * 1e3:9.3f}" if v is not None else "      n/a"


def main(argv):
    names = [a for a in argv if a in J.WORKLOADS] or list(J.WORKLOADS)
    steps = int(argv[argv.index("--steps") + 1]) if "--steps" in argv else 20
    rows = []
    for name in names:
        r = {"name": name}
        for mode, jit in (("jit", True), ("eager", False)):
            try:
                r[mode] = bench_ms(name, jit, steps if jit else max(3, steps // 4))
            except Exception as e:  # noqa: BLE001
                r[mode] = {"error": f"{type(e).__name__}: {e}"[:160]}
        r["jax"] = bench_jax(name, steps)
        rows.append(r)
    ms_real = bench_mindspore(names, max(3, steps // 4))
    print(f"backend: {jax.default_backend()} ({jax.devices()[0].device_kind}); "
          f"median of {ROUNDS} rounds; times in ms")
    head = (f"{'work':4} {'msc jit':>9} {'msc eager':>9} {'JAX jit':>9} {'jit/JAX':>8} "
            f"{'1st msc':>9} {'1st JAX':>9} {'loss agree':>10}")
    if ms_real:
        head += f" {'MS PyN':>9} {'MS jit':>9}"
    print(head)
    for r in rows:
        j, e, x = r["jit"], r["eager"], r["jax"]
        if "error" in j:
            print(f"{r['name']:4} ms_compat jit failed: {j['error']}")
            continue
        ratio = j["per_call_s"] / x["per_call_s"]
        agree = (np.isclose(j["first_loss"], x["first_loss"], rtol=1e-4)
                 and np.isclose(j["last_loss"], x["last_loss"], rtol=1e-4))
        line = (f"{r['name']:4} {_ms(j['per_call_s'])} "
                f"{_ms(e.get('per_call_s')) if 'error' not in e else '    error'} "
                f"{_ms(x['per_call_s'])} {ratio:8.3f} {_ms(j['first_s'])} {_ms(x['first_s'])} "
                f"{str(bool(agree)):>10}")
        if ms_real:
            pyn = ms_real.get(f"{r['name']}/eager", {})
            mj = ms_real.get(f"{r['name']}/jit", {})
            line += f" {_ms(pyn.get('per_call_s'))} {_ms(mj.get('per_call_s'))}"
        print(line)
        if "error" in e:
            print(f"     eager error: {e['error']}")
    return rows


if __name__ == "__main__":
    main(sys.argv[1:])
