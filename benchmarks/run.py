"""ms_compat vs hand-written JAX (and, if ``$MS_PYTHON`` names a MindSpore interpreter, vs real
MindSpore) on the workloads of ``ms_workloads.py`` / ``jax_workloads.py``.

    python benchmarks/run.py [W1 W2 W3 W4] [--steps N]

Prints, per workload: ms_compat ``ms.jit`` ms/step, ms_compat eager ms/call, hand-written JAX
ms/step, the ratio ms_compat-jit / JAX, first-call (compile) times, and whether the losses agree
(first and last step, rtol 1e-4). Times are the median of 41 rounds of 10 steps, measured in this process, the
ms_compat-jit and JAX rounds paired (alternating which goes first) so that outside load affects
both alike; the ratio is the median of the per-round ratios, and ``ratio IQR`` the interquartile
range of those ratios (how noisy the machine was).
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

ROUNDS = 41  # many short paired rounds: on a noisy machine the median ratio settles


def _timed(run, steps, block):
    """Seconds per call of ``steps`` back-to-back calls (one round), and the last output."""
    t0 = time.perf_counter()
    for _ in range(steps):
        out = run()
    block(out)
    return (time.perf_counter() - t0) / steps, out


def _setup_ms(name, jit):
    t0 = time.perf_counter()
    fn, args = M.WORKLOADS[name](jit)
    out = fn(*args)
    M._block(out)
    first = time.perf_counter() - t0
    fn(*args)  # the second call: cached executable from here on
    return (lambda: fn(*args)), M._block, {"first_s": first, "first_loss": M._first_float(out)}


def _jax_float(out):
    return float(np.asarray(out).reshape(-1)[0])


def _setup_jax(name):
    t0 = time.perf_counter()
    run = J.WORKLOADS[name]()
    out = run()
    jax.block_until_ready(out)
    first = time.perf_counter() - t0
    run()  # the same number of steps as the ms_compat side before timing
    return run, jax.block_until_ready, {"first_s": first, "first_loss": _jax_float(out)}


def bench_workload(name, steps):
    """Times ms_compat jit, ms_compat eager and hand-written JAX on one workload.

    The jit and JAX rounds are paired so that load from other processes hits both sides alike;
    each side's time is the median over its rounds. Eager runs its own rounds, with fewer steps,
    after the paired ones."""
    res = {}
    sides = {}
    for key, setup in (("jit", lambda: _setup_ms(name, True)),
                       ("eager", lambda: _setup_ms(name, False)),
                       ("jax", lambda: _setup_jax(name))):
        try:
            sides[key] = setup()
            res[key] = sides[key][2]
            res[key]["times"] = []
        except Exception as e:  # noqa: BLE001
            res[key] = {"error": f"{type(e).__name__}: {e}"[:160]}
    # jit and JAX rounds are paired and alternate which side goes first (jit, JAX, JAX, jit,
    # ...), so neither always runs in the other's wake; eager rounds run after them.
    for i in range(ROUNDS):
        for key in (("jit", "jax") if i % 2 == 0 else ("jax", "jit")):
            _round(res, sides, key, steps)
    for _ in range(ROUNDS):
        _round(res, sides, "eager", max(3, steps // 4))
    for key, r in res.items():
        if "times" in r:
            r["per_call_s"] = statistics.median(r["times"])
    return res


def _round(res, sides, key, steps):
    if key not in sides:
        return
    run, block, _ = sides[key]
    try:
        per, out = _timed(run, steps, block)
    except Exception as e:  # noqa: BLE001
        res[key] = {"error": f"{type(e).__name__}: {e}"[:160]}
        del sides[key]
        return
    res[key]["times"].append(per)
    res[key]["last_loss"] = (_jax_float(out) if key == "jax" else M._first_float(out))


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
    steps = int(argv[argv.index("--steps") + 1]) if "--steps" in argv else 10
    rows = []
    for name in names:
        r = {"name": name, **bench_workload(name, steps)}
        rows.append(r)
    ms_real = bench_mindspore(names, max(3, steps // 4))
    print(f"backend: {jax.default_backend()} ({jax.devices()[0].device_kind}); "
          f"median of {ROUNDS} rounds of {steps} steps; times in ms")
    head = (f"{'work':4} {'msc jit':>9} {'msc eager':>9} {'JAX jit':>9} {'jit/JAX':>8} "
            f"{'ratio IQR':>10} {'1st msc':>9} {'1st JAX':>9} {'loss agree':>10}")
    if ms_real:
        head += f" {'MS PyN':>9} {'MS jit':>9}"
    print(head)
    for r in rows:
        j, e, x = r["jit"], r["eager"], r["jax"]
        if "error" in x:
            print(f"{r['name']:4} JAX side failed: {x['error']}")
            continue
        if "error" in j:
            print(f"{r['name']:4} ms_compat jit failed: {j['error']}")
            continue
        # median of the paired (same round) ratios: slow drifts of the machine cancel out
        ratios = [a / b for a, b in zip(j["times"], x["times"])]
        ratio = statistics.median(ratios)
        q1, _, q3 = statistics.quantiles(ratios, n=4)
        agree = (np.isclose(j["first_loss"], x["first_loss"], rtol=1e-4)
                 and np.isclose(j["last_loss"], x["last_loss"], rtol=1e-4))
        line = (f"{r['name']:4} {_ms(j['per_call_s'])} "
                f"{_ms(e.get('per_call_s')) if 'error' not in e else '    error'} "
                f"{_ms(x['per_call_s'])} {ratio:8.3f} {q1:5.2f}-{q3:4.2f} "
                f"{_ms(j['first_s'])} {_ms(x['first_s'])} {str(bool(agree)):>10}")
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
