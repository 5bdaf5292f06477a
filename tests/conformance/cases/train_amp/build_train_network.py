# conformance: rtol=2e-3 atol=1e-3
# amp.build_train_network at each level on CPU, Model(amp_level=...) with loss-scale managers,
# the loss-scale managers themselves.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, amp
from mindspore.train import Model, LossMonitor


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc = nn.Dense(3, 2, weight_init=Tensor(np.array([[0.1, 0.2, 0.3], [-0.3, 0.2, 0.1]],
                                                             np.float32)), bias_init="zeros")

    def construct(self, x):
        return self.fc(x)


def attempt(label, fn):
    try:
        out = fn()
        print(label, "OK", out)
    except Exception as e:
        print(label, "ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]], np.float32))
y = Tensor(np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
for level in ["O0", "O1", "O2", "O3"]:
    net = Net()
    opt = nn.Momentum(net.trainable_params(), 0.1, 0.9)

    def build():
        train_net = amp.build_train_network(net, opt, nn.MSELoss(), level=level)
        # O1 rewrites the network into new classes (NetOpt) in MindSpore: names not compared
        names = [type(c).__name__ for _, c in train_net.cells_and_names()] if level != "O1" else []
        losses = [train_net(x, y) for _ in range(3)]
        return (type(train_net).__name__, train_net.training, names,
                [(float(v.asnumpy()), v.dtype) for v in losses], net.fc.weight.dtype)

    attempt(level, build)

net = Net()
opt = nn.Momentum(net.trainable_params(), 0.1, 0.9)
attempt("O2_fixed_no_drop", lambda: type(amp.build_train_network(
    net, opt, nn.MSELoss(), level="O2",
    loss_scale_manager=amp.FixedLossScaleManager(64.0, drop_overflow_update=False))).__name__)
attempt("O0_fixed_drop", lambda: amp.build_train_network(
    net, opt, nn.MSELoss(), level="O0", loss_scale_manager=amp.FixedLossScaleManager(64.0)))
attempt("O3_dynamic", lambda: amp.build_train_network(
    net, opt, nn.MSELoss(), level="O3", loss_scale_manager=amp.DynamicLossScaleManager()))
attempt("bad_level", lambda: amp.build_train_network(net, opt, nn.MSELoss(), level="O9"))
attempt("bad_kwarg", lambda: amp.build_train_network(net, opt, level="O0", cast=1))
attempt("bad_optimizer", lambda: amp.build_train_network(net, None, level="O0"))
attempt("model_O2", lambda: Model(Net(), nn.MSELoss(), opt, amp_level="O2"))

net = Net()
opt = nn.SGD(net.trainable_params(), 0.1, loss_scale=128.0)
manager = amp.FixedLossScaleManager(128.0, drop_overflow_update=False)
train_net = amp.build_train_network(net, opt, nn.MSELoss(), level="O0", loss_scale_manager=manager)
print(type(train_net).__name__, train_net.sens)
for _ in range(3):
    print(train_net(x, y), net.fc.weight.asnumpy().ravel())
fixed = amp.FixedLossScaleManager()
print(fixed.get_loss_scale(), fixed.get_drop_overflow_update(), type(fixed.get_update_cell()).__name__)
dyn = amp.DynamicLossScaleManager(init_loss_scale=16, scale_factor=2, scale_window=2)
for overflow in [False, False, True, False, False, False]:
    dyn.update_loss_scale(overflow)
    print(overflow, dyn.get_loss_scale(), dyn.cur_iter, dyn.last_overflow_iter)
print(type(dyn.get_update_cell()).__name__, dyn.get_update_cell().get_loss_scale())
for bad in [lambda: amp.FixedLossScaleManager(0.5), lambda: amp.DynamicLossScaleManager(0.5),
            lambda: amp.DynamicLossScaleManager(4, 0), lambda: amp.DynamicLossScaleManager(4, 2, 0)]:
    attempt("bad_manager", bad)
