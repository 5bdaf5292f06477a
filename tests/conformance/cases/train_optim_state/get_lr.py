# Optimizer.get_lr / get_lr_parameter / global_step / learning_rate for every form of learning
# rate, before and after steps; optimizer return values and the state values after one step.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter

w = Parameter(Tensor(np.array([1.0, -2.0], np.float32)), name="w")
b = Parameter(Tensor(np.array([0.5], np.float32)), name="b")
grads = (Tensor(np.array([0.1, 0.2], np.float32)), Tensor(np.array([-0.3], np.float32)))


def show(label, opt):
    print(label, "lr:", opt.get_lr())
    print("  lr_parameter:", opt.get_lr_parameter(w))
    print("  lr_parameter list:", opt.get_lr_parameter([w, b]))
    print("  learning_rate:", opt.learning_rate)
    print("  global_step:", opt.global_step)
    print("  weight_decay:", opt.get_weight_decay())
    result = opt(grads)
    print("  returned:", result)
    print("  after:", opt.get_lr(), opt.global_step.asnumpy(), w.asnumpy(), b.asnumpy())


show("float", nn.SGD([w, b], 0.1))
show("int", nn.SGD([w, b], 1, weight_decay=1))
show("tensor0d", nn.Momentum([w, b], Tensor(0.2, ms.float64), 0.9))
show("list", nn.SGD([w, b], [0.3, 0.2, 0.1]))
show("tensor1d", nn.Adam([w, b], Tensor(np.array([0.3, 0.2], np.float32))))
show("schedule", nn.Adam([w, b], nn.InverseDecayLR(0.1, 0.5, 1)))
show("group", nn.SGD([{"params": [w], "lr": 0.7}, {"params": [b]}], 0.2))
show("group_dynamic", nn.SGD([{"params": [w], "lr": [0.7, 0.6]}, {"params": [b]}], 0.2))
show("group_wd", nn.SGD([{"params": [w], "weight_decay": 0.5}, {"params": [b]}], 0.2))
opt = nn.Adam([w, b], 0.01, weight_decay=0.1, loss_scale=2.0)
print("adam state", opt.beta1_power, opt.beta2_power, opt.moment1[0].asnumpy())
print(opt(grads))
print("adam state", opt.beta1_power.asnumpy(), opt.beta2_power.asnumpy(), opt.moment1[0].asnumpy(),
      opt.moment2[1].asnumpy(), w.asnumpy())
print(opt.get_weight_decay(), opt.loss_scale, opt.reciprocal_scale, opt.need_scale)
print(opt.unique, opt.target, opt.param_length)
