# conformance: rtol=2e-4 atol=1e-5
# Model(amp_level=O0..O3) trained with Model.train (FixedLossScaleManager without overflow
# dropping, as MindSpore allows on CPU, and a loss-scaled optimizer): losses per step through
# LossMonitor, output and weight dtypes, BatchNorm kept in float32 under O2, eval and predict.
# (MindSpore gives O1 = O2 = O3 here; ms_compat's float16 backward reductions are ~1e-5 off.)
import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn, amp
from mindspore.train import Model, LossMonitor, Accuracy


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        rng = np.random.default_rng(12)
        self.fc1 = nn.Dense(4, 8, weight_init=ms.Tensor(rng.uniform(-0.5, 0.5, (8, 4)).astype(
            np.float32)), bias_init="zeros")
        self.bn = nn.BatchNorm1d(8)
        self.relu = nn.ReLU()
        self.fc2 = nn.Dense(8, 3, weight_init=ms.Tensor(rng.uniform(-0.5, 0.5, (3, 8)).astype(
            np.float32)), bias_init="zeros")

    def construct(self, x):
        return self.fc2(self.relu(self.bn(self.fc1(x))))


rng = np.random.default_rng(3)
x = rng.standard_normal((32, 4)).astype(np.float32)
labels = (x[:, 0] > 0).astype(np.int32) + (x[:, 1] > 0.5).astype(np.int32)

for level in ["O0", "O1", "O2", "O3"]:
    net = Net()
    kwargs = {"amp_level": level}
    if level in ("O2", "O3"):
        kwargs["loss_scale_manager"] = amp.FixedLossScaleManager(64.0, drop_overflow_update=False)
        opt = nn.Momentum(net.trainable_params(), 0.05, 0.9, loss_scale=64.0)
    else:
        opt = nn.Momentum(net.trainable_params(), 0.05, 0.9)
    model = Model(net, nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"), opt,
                  metrics={"acc": Accuracy()}, **kwargs)
    print(level, type(model.train_network).__name__)
    data = ds.NumpySlicesDataset({"x": x, "y": labels}, shuffle=False).batch(8)
    model.train(2, data, callbacks=[LossMonitor()])
    print(level, "weights", [(p.name, p.dtype) for p in net.trainable_params()],
          f"{float(np.abs(net.fc2.weight.asnumpy()).sum()):.5e}")
    out = model.predict(ms.Tensor(x[:4]))
    print(level, "predict", out.dtype, out.shape, out.asnumpy().argmax(1))
    print(level, "eval", model.eval(data))
