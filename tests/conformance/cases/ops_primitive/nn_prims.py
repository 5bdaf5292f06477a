# conformance: rtol=1e-4 atol=1e-6
# (MindSpore's CPU tanh is a fast approximation with relative errors up to ~2e-5)
import numpy as np
from mindspore import ops, Tensor

x = Tensor(np.array([[1.0, -2.0, 3.0], [0.5, 0.0, -1.0]], np.float32))
print(repr(ops.ReLU()(x)), repr(ops.Sigmoid()(x)), repr(ops.Tanh()(x)))
print(repr(ops.Softmax()(x)), repr(ops.Softmax(0)(x)), repr(ops.LogSoftmax()(x)))
print(repr(ops.GeLU()(x)), repr(ops.Elu()(x)), repr(ops.ReLU6()(x * 3)))
print(repr(ops.BiasAdd()(x, Tensor(np.array([1.0, 2.0, 3.0], np.float32)))))
img = Tensor(np.arange(8, dtype=np.float32).reshape(1, 2, 2, 2))
print(repr(ops.BiasAdd()(img, Tensor(np.array([10.0, 20.0], np.float32)))))
print(repr(ops.L2Normalize()(x)), repr(ops.L2Normalize(axis=1)(x)), repr(ops.L2Normalize(1, 100.0)(x)))
print(repr(ops.L2Loss()(x)))
labels = Tensor(np.array([[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]], np.float32))
print(repr(ops.SoftmaxCrossEntropyWithLogits()(x, labels)))
print(repr(ops.SparseSoftmaxCrossEntropyWithLogits()(x, Tensor(np.array([2, 0], np.int32)))))
print(repr(ops.SparseSoftmaxCrossEntropyWithLogits(is_grad=True)(x, Tensor(np.array([2, 0], np.int32)))))
print(repr(ops.SigmoidCrossEntropyWithLogits()(x, labels)))
p = Tensor(np.array([0.2, 0.7, 0.9], np.float32))
t = Tensor(np.array([0.0, 1.0, 1.0], np.float32))
print(repr(ops.BinaryCrossEntropy()(p, t)), repr(ops.BinaryCrossEntropy("none")(p, t)))
print(repr(ops.SmoothL1Loss()(x, labels)), repr(ops.SmoothL1Loss(0.5, "sum")(x, labels)))
