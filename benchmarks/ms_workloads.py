"""The benchmark workloads written as MindSpore code (``import mindspore``).

The same file runs on ms_compat (``benchmarks/run.py`` imports it with ``mindspore`` aliased) and
on real MindSpore (``run.py`` starts it under ``$MS_PYTHON`` with ``--json``). Weights come from
``benchmarks/weights.py`` so every framework starts from identical values.
"""
import json
import sys
import time

import numpy as np

import mindspore as ms
from mindspore import Parameter, Tensor, nn, ops

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import weights as W  # noqa: E402


def _set(net, arrays):
    params = net.trainable_params()
    assert len(params) == len(arrays), (len(params), len(arrays))
    for p, a in zip(params, arrays):
        p.set_data(Tensor(a))


class MLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(28 * 28, 512), nn.ReLU(), nn.Dense(512, 512), nn.ReLU(), nn.Dense(512, 10))

    def construct(self, x):
        return self.dense_relu_sequential(self.flatten(x))


class LeNet5(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, pad_mode="valid")
        self.conv2 = nn.Conv2d(6, 16, 5, pad_mode="valid")
        self.fc1 = nn.Dense(16 * 5 * 5, 120)
        self.fc2 = nn.Dense(120, 84)
        self.fc3 = nn.Dense(84, 10)
        self.relu = nn.ReLU()
        self.max_pool2d = nn.MaxPool2d(kernel_size=2, stride=2)
        self.flatten = nn.Flatten()

    def construct(self, x):
        x = self.max_pool2d(self.relu(self.conv1(x)))
        x = self.max_pool2d(self.relu(self.conv2(x)))
        x = self.flatten(x)
        x = self.relu(self.fc1(x))
        x = self.relu(self.fc2(x))
        return self.fc3(x)


def _train_step(net, loss_fn, optimizer, jit):
    def forward(x, y):
        return loss_fn(net(x), y)

    grad_fn = ms.value_and_grad(forward, None, optimizer.parameters)

    def step(x, y):
        loss, grads = grad_fn(x, y)
        optimizer(grads)
        return loss

    return ms.jit(step) if jit else step


def w1(jit):
    net = MLP()
    _set(net, W.mlp())
    opt = nn.SGD(net.trainable_params(), learning_rate=1e-2)
    step = _train_step(net, nn.CrossEntropyLoss(), opt, jit)
    x, y = W.mlp_batch()
    return step, (Tensor(x), Tensor(y))


def w2(jit):
    net = LeNet5()
    _set(net, W.lenet())
    opt = nn.Momentum(net.trainable_params(), learning_rate=1e-2, momentum=0.9)
    step = _train_step(net, nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"), opt,
                       jit)
    x, y = W.lenet_batch()
    return step, (Tensor(x), Tensor(y))


def w3(jit):
    a, b = W.small()
    wa = Parameter(Tensor(a), name="wa")
    wb = Parameter(Tensor(b), name="wb")

    def f(x):
        return ops.tanh(ops.matmul(x, wa) + wb).sum()

    g = ms.value_and_grad(f, None, [wa, wb])
    x = Tensor(W.small_input())
    return (ms.jit(g) if jit else g), (x,)


def w4(jit):
    wt = Tensor(W.tanh_layer())

    def layer(x):
        return ops.tanh(ops.matmul(wt, x))

    def scalar_fn(z):
        return (ops.sin(z) * z).sum() + (z * z).sum() * 0.5

    jac = ops.jacrev(layer)
    hess = ops.jacfwd(ops.jacrev(scalar_fn))

    def both(x, z):
        return jac(x), hess(z)

    x, z = W.w4_inputs()
    return (ms.jit(both) if jit else both), (Tensor(x), Tensor(z))


WORKLOADS = {"W1": w1, "W2": w2, "W3": w3, "W4": w4}


def _block(out):
    if isinstance(out, (tuple, list)):
        for o in out:
            _block(o)
    elif isinstance(out, Tensor):
        out.asnumpy()


def _first_float(out):
    while isinstance(out, (tuple, list)):
        out = out[0]
    return float(np.asarray(out.asnumpy()).reshape(-1)[0])


def time_workload(name, jit, steps):
    """(first-call seconds, seconds per later call, loss after the first call and after all)."""
    fn, args = WORKLOADS[name](jit)
    t0 = time.perf_counter()
    out = fn(*args)
    _block(out)
    first = time.perf_counter() - t0
    first_loss = _first_float(out)
    fn(*args)  # second call: eager grads compile here (see _src/eager_cache.py)
    t0 = time.perf_counter()
    for _ in range(steps):
        out = fn(*args)
    _block(out)
    per = (time.perf_counter() - t0) / steps
    return {"first_s": first, "per_call_s": per, "first_loss": first_loss,
            "last_loss": _first_float(out)}


def main(argv):
    steps = int(argv[argv.index("--steps") + 1]) if "--steps" in argv else 20
    names = [a for a in argv if a in WORKLOADS] or list(WORKLOADS)
    res = {}
    for name in names:
        for mode, jit in (("jit", True), ("eager", False)):
            if mode == "jit":
                ms.set_context(mode=ms.PYNATIVE_MODE)
            try:
                res[f"{name}/{mode}"] = time_workload(name, jit, steps)
            except Exception as e:  # noqa: BLE001 - reported in the table
                res[f"{name}/{mode}"] = {"error": f"{type(e).__name__}: {e}"[:200]}
    if "--json" in argv:
        print(json.dumps(res))
    return res


if __name__ == "__main__":
    main(sys.argv[1:])
