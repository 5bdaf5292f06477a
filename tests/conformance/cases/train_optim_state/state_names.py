# The Parameters every optimizer holds (names are checkpoint keys), in order, its sub-Cells,
# and the type of its learning_rate attribute, for all learning-rate forms and groups.
import numpy as np
from mindspore import nn, ops, Tensor, Parameter


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Dense(3, 2, weight_init="ones", bias_init="zeros")
        self.gamma = Parameter(Tensor(np.ones(2, np.float32)))
        self.beta = Parameter(Tensor(np.zeros(2, np.float32)), requires_grad=False)

    def construct(self, x):
        return self.fc1(x) * self.gamma + self.beta


net = Net()
ps = net.trainable_params()
OPTIMIZERS = [
    ("SGD", lambda: nn.SGD(ps)),
    ("SGD_momentum", lambda: nn.SGD(ps, 0.1, momentum=0.9)),
    ("Momentum", lambda: nn.Momentum(ps, 0.1, 0.9)),
    ("Adam", lambda: nn.Adam(ps)),
    ("Adam_amsgrad", lambda: nn.Adam(ps, use_amsgrad=True)),
    ("AdamWeightDecay", lambda: nn.AdamWeightDecay(ps)),
    ("RMSProp", lambda: nn.RMSProp(ps)),
    ("RMSProp_centered", lambda: nn.RMSProp(ps, centered=True)),
    ("Adagrad", lambda: nn.Adagrad(ps)),
    ("Lamb", lambda: nn.Lamb(ps, 0.1)),
    ("SGD_list_lr", lambda: nn.SGD(ps, [0.1, 0.2])),
    ("SGD_tensor_lr", lambda: nn.SGD(ps, Tensor(np.array([0.1, 0.2], np.float32)))),
    ("SGD_schedule", lambda: nn.SGD(ps, nn.ExponentialDecayLR(0.1, 0.9, 2))),
    ("SGD_group_lr", lambda: nn.SGD([{"params": [ps[0]], "lr": 0.5}, {"params": ps[1:]}], 0.1)),
    ("SGD_group_wd", lambda: nn.SGD([{"params": [ps[0]], "weight_decay": 0.5},
                                     {"params": ps[1:]}], 0.1)),
    ("SGD_group_dynamic", lambda: nn.SGD([{"params": [ps[0]], "lr": [0.5, 0.4]},
                                          {"params": ps[1:]}], 0.1)),
    ("Adam_group_schedule", lambda: nn.Adam([{"params": ps[:2], "lr": nn.WarmUpLR(0.1, 3)},
                                             {"params": ps[2:], "lr": 0.01}], 0.1)),
    ("Adam_wd_schedule", lambda: nn.Adam(ps, weight_decay=nn.WarmUpLR(0.1, 3))),
]
for name, make in OPTIMIZERS:
    opt = make()
    print(name, [p.name for p in opt.get_parameters()])
    print("  names", [n for n, _ in opt.parameters_and_names()])
    print("  cells", [(n, type(c).__name__) for n, c in opt.cells_and_names()])
    print("  lr", type(opt.learning_rate).__name__, [p.name for p in opt.parameters])
    print("  trainable", [p.name for p in opt.trainable_params()])
    print("  flags", opt.is_group, opt.is_group_lr, opt.dynamic_lr, opt.dynamic_weight_decay,
          opt.decay_flags, opt.exec_weight_decay)
