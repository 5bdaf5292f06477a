# Model.eval with metrics (Accuracy, Loss, MAE, MSE; names as a set), predict, eval_network,
# training mode switches, Model.fit with validation and LossMonitor's eval line.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.train import Model, LossMonitor, Accuracy, MAE, MSE, Loss, Callback


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


class Classifier(nn.Cell):
    def __init__(self):
        super().__init__()
        rng = np.random.default_rng(1)
        self.w = Parameter(Tensor(rng.standard_normal((4, 3)).astype(np.float32)))
        self.b = Parameter(Tensor(np.zeros(3, np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


class ModeProbe(Callback):
    def on_eval_begin(self, run_context):
        cb = run_context.original_args()
        print("eval_begin", cb.mode, cb.batch_num, cb.cur_step_num)

    def on_eval_step_end(self, run_context):
        cb = run_context.original_args()
        print("eval_step", cb.cur_step_num, [type(o).__name__ for o in cb.net_outputs])

    def on_eval_end(self, run_context):
        cb = run_context.original_args()
        print("eval_end", sorted(cb.metrics), sorted(cb.get("eval_results", {})))


rng = np.random.default_rng(2)
x = rng.standard_normal((12, 4)).astype(np.float32)
labels = (x[:, 0] > 0).astype(np.int32) + (x[:, 1] > 0).astype(np.int32)
net = Classifier()
loss_fn = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
model = Model(net, loss_fn, nn.Momentum(net.trainable_params(), 0.1, 0.9),
              metrics={"acc": Accuracy(), "loss": Loss()})
data = ArrayDataset([x, labels], 4)
print(model.eval(data, callbacks=ModeProbe()))
model.train(3, data, callbacks=LossMonitor(3))
print(model.eval(data))
print(type(model.eval_network).__name__, net.training)
logits = model.predict(Tensor(x[:3]))
print(logits, net.training)
model.fit(2, data, data, callbacks=[LossMonitor(3), ModeProbe()])
print(model.eval(data))

reg_net = Classifier()
reg = Model(reg_net, nn.MSELoss(), nn.SGD(reg_net.trainable_params(), 0.01),
            metrics={"mae", "mse", "loss"})
target = rng.standard_normal((12, 3)).astype(np.float32)
print(sorted(reg.eval(ArrayDataset([x, target], 6)).items()))
accuracy = Accuracy()
accuracy.update(Tensor(np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]], np.float32)),
                Tensor(np.array([1, 1, 1], np.int32)))
print(accuracy.eval())
m = MSE()
print(m(np.array([1.0, 2.0]), np.array([0.0, 4.0])), MAE()([1.0, 2.0], [0.0, 4.0]))
print(ms.train.names())
