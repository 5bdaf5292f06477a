import numpy as np
from mindspore import nn, ops, Tensor

net = nn.Dense(2, 1)
net.weight.set_data(Tensor(np.array([[1.0, -1.0]], np.float32)))
net.bias.set_data(Tensor(np.array([0.25], np.float32)))
loss_fn = nn.MSELoss()


def forward(inputs, labels):
    logits = net(inputs)
    return loss_fn(logits, labels), logits


inputs = Tensor(np.array([[1.0, 2.0], [3.0, 1.0], [0.0, 0.5]], np.float32))
labels = Tensor(np.array([[0.0], [1.0], [2.0]], np.float32))
grad_fn = ops.value_and_grad(forward, None, net.trainable_params(), has_aux=True)
(loss, logits), grads = grad_fn(inputs, labels)
print(loss)
print(logits)
print(grads)
