# Model.train with dataset_sink_mode=True (whole epochs and sink_size; MindSpore on CPU runs the
# per-step loop but reports batch_num = sink_size), LossMonitor and a user
# Callback in sink mode (steps per callback call, the loss reported), then Model.eval; two sunk
# epochs give the weights of two epochs without sinking.
import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn
from mindspore.train import Model, LossMonitor, Callback, MAE


class Probe(Callback):
    def on_train_step_end(self, run_context):
        cb = run_context.original_args()
        print("step_end", cb.cur_epoch_num, cb.cur_step_num, cb.batch_num, cb.dataset_sink_mode,
              f"{float(cb.net_outputs.asnumpy()):.6e}")

    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        print("epoch_end", cb.cur_epoch_num, cb.cur_step_num)


rng = np.random.default_rng(4)
x = rng.standard_normal((24, 3)).astype(np.float32)
y = (x @ np.array([[0.5], [-1.0], [2.0]], np.float32) + 0.3).astype(np.float32)


def data():
    return ds.NumpySlicesDataset({"x": x, "y": y}, shuffle=False).batch(4)


def build():
    net = nn.Dense(3, 1, weight_init=ms.Tensor(np.array([[0.1, 0.2, -0.3]], np.float32)),
                   bias_init="zeros")
    return net, Model(net, nn.MSELoss(), nn.Momentum(net.trainable_params(), 0.05, 0.9),
                      metrics={"mae": MAE()})


sunk, model = build()
model.train(2, data(), callbacks=[LossMonitor(), Probe()], dataset_sink_mode=True)
print(sunk.weight.asnumpy(), sunk.bias.asnumpy())
after_two_epochs = sunk.weight.asnumpy().copy()
model.train(2, data(), callbacks=[Probe(), LossMonitor()], dataset_sink_mode=True, sink_size=3)
print(sunk.weight.asnumpy(), sunk.bias.asnumpy())
print(model.eval(data(), dataset_sink_mode=True))

plain, model2 = build()
model2.train(2, data(), dataset_sink_mode=False)
print(np.allclose(plain.weight.asnumpy(), after_two_epochs))
