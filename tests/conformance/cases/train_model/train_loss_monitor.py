# Model.train with LossMonitor (per step and per_print_times) and a user Callback reading
# cb_params, on a user-defined dataset object (create_tuple_iterator / get_dataset_size).
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.train import Model, LossMonitor, Callback


class EpochIterator:
    def __init__(self, arrays, batch_size):
        self.arrays = arrays
        self.batch_size = batch_size
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.arrays[0]) // self.batch_size:
            self.pos = 0
            raise StopIteration
        s = slice(self.pos * self.batch_size, (self.pos + 1) * self.batch_size)
        self.pos += 1
        return [Tensor(a[s]) for a in self.arrays]


class ArrayDataset:
    def __init__(self, arrays, batch_size):
        self.arrays = arrays
        self.batch_size = batch_size

    def get_dataset_size(self):
        return len(self.arrays[0]) // self.batch_size

    def reset(self):
        pass

    def create_tuple_iterator(self, num_epochs=-1, do_copy=True):
        return EpochIterator(self.arrays, self.batch_size)


class Recorder(Callback):
    def on_train_begin(self, run_context):
        cb = run_context.original_args()
        print("begin", cb.epoch_num, cb.batch_num, cb.mode, cb.dataset_sink_mode,
              type(cb.train_network).__name__, type(cb.optimizer).__name__)

    def on_train_epoch_begin(self, run_context):
        print("epoch_begin", run_context.original_args().cur_epoch_num)

    def on_train_step_begin(self, run_context):
        cb = run_context.original_args()
        print("step_begin", cb.cur_step_num, [t.shape for t in cb.train_dataset_element])

    def on_train_step_end(self, run_context):
        cb = run_context.original_args()
        print("step_end", cb.cur_step_num, cb.net_outputs)

    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        print("epoch_end", cb.cur_epoch_num, cb.cur_step_num, type(cb.net_outputs).__name__)

    def on_train_end(self, run_context):
        cb = run_context.original_args()
        print("end", sorted(k for k in cb.keys() if k != "list_callback"))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.1], [0.2], [0.3]], np.float32)))
        self.b = Parameter(Tensor(np.zeros(1, np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


rng = np.random.default_rng(0)
x = rng.standard_normal((12, 3)).astype(np.float32)
y = (x @ np.array([[1.0], [-2.0], [0.5]], np.float32)).astype(np.float32)
net = Net()
model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.05))
model.train(2, ArrayDataset([x, y], 4), callbacks=[LossMonitor(), Recorder()])
print(net.w.asnumpy().ravel(), net.b.asnumpy())
model.train(3, ArrayDataset([x, y], 3), callbacks=LossMonitor(3))
model.train(1, ArrayDataset([x, y], 6), callbacks=[LossMonitor(per_print_times=0)])
print(net.w.asnumpy().ravel(), net.b.asnumpy())
print(model.train_network.training, net.training)


class StopAfter(Callback):
    def on_train_step_end(self, run_context):
        if run_context.original_args().cur_step_num == 3:
            run_context.request_stop()


model.train(5, ArrayDataset([x, y], 4), callbacks=[LossMonitor(), StopAfter()])
model.train(3, ArrayDataset([x, y], 4), callbacks=[LossMonitor()], initial_epoch=1)
