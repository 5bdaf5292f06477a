"""MindSpore-written fixture checkpoints into real ms_compat networks: ``load_param_into_net``
consumes every entry, the eval-mode outputs match the ones MindSpore computed (io.npz), and
saving the network writes the fixture's bytes again. Needs the nn layers and optimizers."""
import os

import numpy as np
import pytest

import ckpt_fixtures
import ckpt_golden_io as gio
import ms_compat as ms
from ms_compat import nn, ops


class QuickstartMLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(784, 512), nn.ReLU(), nn.Dense(512, 512), nn.ReLU(), nn.Dense(512, 10))

    def construct(self, x):
        return self.dense_relu_sequential(self.flatten(x))


class LeNet5BN(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 6, 5, pad_mode="valid")
        self.bn1 = nn.BatchNorm2d(6)
        self.conv2 = nn.Conv2d(6, 16, 5, pad_mode="valid")
        self.bn2 = nn.BatchNorm2d(16)
        self.relu = nn.ReLU()
        self.pool = nn.MaxPool2d(kernel_size=2, stride=2)
        self.flatten = nn.Flatten()
        self.fc1 = nn.Dense(400, 120)
        self.fc2 = nn.Dense(120, 84)
        self.fc3 = nn.Dense(84, 10)

    def construct(self, x):
        x = self.pool(self.relu(self.bn1(self.conv1(x))))
        x = self.pool(self.relu(self.bn2(self.conv2(x))))
        x = self.relu(self.fc1(self.flatten(x)))
        return self.fc3(self.relu(self.fc2(x)))


class MixedDtypes(nn.Cell):
    def __init__(self):
        super().__init__()
        z = np.zeros
        self.w16 = ms.Parameter(ms.Tensor(z((3, 4), np.float16)), name="w16")
        self.counts = ms.Parameter(ms.Tensor(z((5,), np.int32)), name="counts",
                                   requires_grad=False)
        self.step = ms.Parameter(ms.Tensor(np.int64(0)), name="step", requires_grad=False)
        self.scale = ms.Parameter(ms.Tensor(np.float32(0)), name="scale")
        self.flags = ms.Parameter(ms.Tensor(z((4,), np.bool_)), name="flags", requires_grad=False)
        self.u8 = ms.Parameter(ms.Tensor(z((2, 2), np.uint8)), name="u8", requires_grad=False)
        self.f64 = ms.Parameter(ms.Tensor(z((2,), np.float64)), name="f64")
        self.bf16 = ms.Parameter(ms.Tensor(z((4,), np.float32), ms.bfloat16), name="bf16")

    def construct(self, x):
        return ops.matmul(x.astype(ms.float16), self.w16) * self.scale.astype(ms.float16)


class Small(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(4, 3)
        self.relu = nn.ReLU()
        self.fc2 = nn.Dense(3, 2)

    def construct(self, x):
        return self.fc2(self.relu(self.fc1(x)))


def _train_step(optimizer):
    net = Small()
    opt = {"momentum": lambda p: nn.Momentum(p, learning_rate=0.1, momentum=0.9),
           "adam": lambda p: nn.Adam(p, learning_rate=0.01)}[optimizer](net.trainable_params())
    return nn.TrainOneStepCell(nn.WithLossCell(net, nn.MSELoss()), opt)


NETS = {
    "dense_10_1": (lambda: nn.Dense(10, 1), dict(rtol=1e-5, atol=1e-6)),
    "mlp_784_512_512_10": (QuickstartMLP, dict(rtol=1e-5, atol=1e-6)),
    "lenet5_bn": (LeNet5BN, dict(rtol=1e-4, atol=1e-4)),
    "mixed_dtypes": (MixedDtypes, dict(rtol=1e-3, atol=1e-3)),
    "optim_momentum": (lambda: _train_step("momentum"), None),
    "optim_adam": (lambda: _train_step("adam"), None),
}


def _fixture(name, fmt):
    return os.path.join(gio.FIXTURES, ckpt_fixtures.manifest()[name]["files"][fmt]["file"])


@pytest.mark.parametrize("name", list(NETS))
def test_load_into_network_and_save_back(name, tmp_path):
    make, tol = NETS[name]
    net = make()
    not_loaded = ms.load_param_into_net(net, ms.load_checkpoint(_fixture(name, "ckpt")))
    assert not_loaded == ([], [])
    ref = ckpt_fixtures.arrays(name)
    bf16 = ckpt_fixtures.bf16_names(name)
    for _, p in net.parameters_and_names():
        got = p.asnumpy().view(np.uint16) if p.name in bf16 else p.asnumpy()
        assert got.dtype == ref[p.name].dtype and np.array_equal(got, ref[p.name]), p.name
    if tol is not None:
        io = np.load(os.path.join(gio.FIXTURES, name + ".io.npz"))
        net.set_train(False)
        y = net(ms.Tensor(io["x"])).asnumpy()
        assert y.dtype == io["y"].dtype
        np.testing.assert_allclose(y, io["y"], **tol)
    for fmt in ("ckpt", "safetensors"):
        if fmt not in ckpt_fixtures.manifest()[name]["files"]:
            continue
        out = str(tmp_path / f"saved.{fmt}")
        ms.save_checkpoint(net, out, format=fmt)
        with open(out, "rb") as f, open(_fixture(name, fmt), "rb") as g:
            assert f.read() == g.read(), fmt
