# ModelCheckpoint + CheckpointConfig (file names, keep_checkpoint_max, prefix clash, append_info,
# the saved keys and values), TimeMonitor's text (times masked) and LambdaCallback.
import contextlib
import io
import os
import re
import tempfile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.train import (Model, ModelCheckpoint, CheckpointConfig, TimeMonitor,
                             LambdaCallback, LossMonitor)


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
        self.w = Parameter(Tensor(np.array([[0.2], [-0.1]], np.float32)))
        self.b = Parameter(Tensor(np.zeros(1, np.float32)))

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


rng = np.random.default_rng(8)
x = rng.standard_normal((8, 2)).astype(np.float32)
y = rng.standard_normal((8, 1)).astype(np.float32)


def ckpt_files(directory):
    return sorted(f for f in os.listdir(directory) if f.endswith(".ckpt"))


with tempfile.TemporaryDirectory() as d:
    net = Net()
    model = Model(net, nn.MSELoss(), nn.Momentum(net.trainable_params(), 0.1, 0.9))
    config = CheckpointConfig(save_checkpoint_steps=3, keep_checkpoint_max=2,
                              append_info=["epoch_num", "step_num", {"lr": 0.1}])
    cb = ModelCheckpoint(prefix="net", directory=d, config=config)
    model.train(3, ArrayDataset([x, y], 2), callbacks=[cb])
    print(ckpt_files(d))
    print(os.path.basename(cb.latest_ckpt_file_name))
    params = ms.load_checkpoint(os.path.join(d, ckpt_files(d)[-1]))
    print(list(params))
    print(params["w"].asnumpy().ravel(), params["epoch_num"], params["step_num"])
    print(np.allclose(params["w"].asnumpy(), net.w.asnumpy()), params["global_step"].asnumpy())
    cb2 = ModelCheckpoint(prefix="net", directory=d,
                          config=CheckpointConfig(save_checkpoint_steps=4))
    model.train(1, ArrayDataset([x, y], 2), callbacks=[cb2])
    print(ckpt_files(d))
print(config.save_checkpoint_steps, config.keep_checkpoint_max, config.append_dict,
      config.get_checkpoint_policy())

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    model.train(2, ArrayDataset([x, y], 4), callbacks=[TimeMonitor(), LossMonitor()])
print(re.sub(r"\d+\.\d+ ms", "T ms", buf.getvalue()))
events = []
lam = LambdaCallback(on_train_epoch_end=lambda rc: events.append(rc.original_args().cur_epoch_num),
                     on_train_end=lambda rc: events.append("end"))
model.train(2, ArrayDataset([x, y], 4), callbacks=lam)
print(events)
for bad in [lambda: CheckpointConfig(0, 0, 0, 0), lambda: CheckpointConfig(save_checkpoint_steps=-1),
            lambda: CheckpointConfig(append_info="epoch_num"),
            lambda: CheckpointConfig(append_info=["epochs"]),
            lambda: ModelCheckpoint(prefix="a/b"), lambda: ModelCheckpoint(config={}),
            lambda: TimeMonitor(data_time=1)]:
    try:
        bad()
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
