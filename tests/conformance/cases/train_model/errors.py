# Bad inputs to Model: datasets of the wrong structure, bad epochs, metrics without an eval
# network, unknown kwargs, amp without optimizer, eval without metrics, predict inputs.
import re
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.train import Model, LossMonitor


class ArrayDataset:
    def __init__(self, arrays, batch_size):
        self.arrays = arrays
        self.batch_size = batch_size

    def get_dataset_size(self):
        return len(self.arrays[0]) // self.batch_size

    def reset(self):
        pass

    def create_tuple_iterator(self, num_epochs=-1, do_copy=True):
        n = self.get_dataset_size()
        arrays, bs = self.arrays, self.batch_size

        class It:
            pos = 0

            def __iter__(self):
                return self

            def __next__(self):
                if self.pos >= n:
                    self.pos = 0
                    raise StopIteration
                s = slice(self.pos * bs, (self.pos + 1) * bs)
                self.pos += 1
                return [Tensor(a[s]) for a in arrays]

        return It()


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones((3, 2), np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.w)


def attempt(label, fn):
    try:
        out = fn()
        print(label, "OK", out)
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(label, "ERR", type(e).__name__, re.sub(r"<class '[\w.]*?(\w+)'>", r"<\1>", first))


x = np.ones((4, 3), np.float32)
y = np.zeros((4, 2), np.float32)
net = Net()
opt = nn.SGD(net.trainable_params(), 0.1)
model = Model(net, nn.MSELoss(), opt)
attempt("three_columns", lambda: model.train(1, ArrayDataset([x, y, y], 2)))
attempt("one_column", lambda: model.train(1, ArrayDataset([x], 2)))
print(net.w.asnumpy().ravel())
attempt("epoch_zero", lambda: model.train(0, ArrayDataset([x, y], 2)))
attempt("epoch_float", lambda: model.train(1.0, ArrayDataset([x, y], 2)))
attempt("initial_epoch", lambda: model.train(2, ArrayDataset([x, y], 2), initial_epoch=2))
attempt("empty_dataset", lambda: model.train(1, ArrayDataset([x[:0], y[:0]], 2)))
attempt("sink_size_zero", lambda: model.train(1, ArrayDataset([x, y], 2), sink_size=0))
attempt("sink_mode_int", lambda: model.train(1, ArrayDataset([x, y], 2), dataset_sink_mode=1))
attempt("bad_callback", lambda: model.train(1, ArrayDataset([x, y], 2), callbacks=[print]))
attempt("reused_dataset", lambda: Model(net, nn.MSELoss(), opt).train(
    1, ArrayDataset([x, y], 2)))
try:  # the message comes from the matmul op: only its type is compared here
    model.train(1, ArrayDataset([np.ones((4, 5), np.float32), y], 2))
except Exception as e:
    print("wrong_shape ERR", type(e).__name__)
attempt("eval_no_metrics", lambda: model.eval(ArrayDataset([x, y], 2)))
attempt("metrics_no_loss", lambda: Model(net, metrics={"mae"}))
attempt("metrics_bad_type", lambda: Model(net, nn.MSELoss(), metrics=["mae"]))
attempt("metrics_bad_dict", lambda: Model(net, nn.MSELoss(), metrics={"mae": 1}))
attempt("metric_unknown", lambda: Model(net, nn.MSELoss(), metrics={"nope"}))
attempt("bad_kwarg", lambda: Model(net, nn.MSELoss(), opt, foo=1))
attempt("amp_no_optimizer", lambda: Model(net, nn.MSELoss(), amp_level="O2"))
attempt("bad_amp_level", lambda: Model(net, nn.MSELoss(), opt, amp_level="O5"))
attempt("network_not_cell", lambda: Model(lambda a: a, nn.MSELoss(), opt))
attempt("eval_indexes", lambda: Model(net, eval_network=net, metrics={"mae"}, eval_indexes=[0]))
attempt("loss_scale_no_opt", lambda: Model(
    net, nn.MSELoss(), loss_scale_manager=ms.FixedLossScaleManager()))
attempt("predict_numpy", lambda: model.predict(np.ones((1, 3), np.float32)))
attempt("predict_empty", lambda: model.predict(Tensor(np.ones((0, 3), np.float32))))
attempt("loss_monitor_negative", lambda: LossMonitor(-1))
attempt("loss_monitor_float", lambda: LossMonitor(1.5))
nan_net = Net()
nan_net.w.set_data(Tensor(np.full((3, 2), np.inf, np.float32)))
attempt("nan_loss", lambda: Model(nan_net, nn.MSELoss(), nn.SGD(nan_net.trainable_params())).train(
    1, ArrayDataset([x, y], 2), callbacks=LossMonitor()))
