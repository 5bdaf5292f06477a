# ops.MultitypeFuncGraph dispatch by type signature, ops.HyperMap / ops.Map over nested
# sequences, registration and dispatch errors, and the model-zoo gradient-clipping pattern
# (hyper_map(F.partial(clip_grad, ...), grads)) eagerly, under ms.jit and in a train-step Cell.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.ops import composite as C
from mindspore.ops import functional as F
from mindspore.common import dtype as mstype


def err(fn, n=None):
    try:
        print(fn())
    except Exception as e:  # noqa: BLE001
        line = str(e).splitlines()[0]
        print("ERR", type(e).__name__, line if n is None else line[:n])


add = C.MultitypeFuncGraph("add")


@add.register("Number", "Number")
def _add_num(x, y):
    return x + y


@add.register("Tensor", "Tensor")
def _add_tensor(x, y):
    return ops.add(x, y)


@add.register("Tensor", "Number")
def _add_tn(x, y):
    return x * y


print(add(1, 2), add(1.5, True), add(Tensor([1.0, 2.0]), Tensor([2.0, 3.0])), add(Tensor([1.0]), 3))
print(type(add(1, 2)).__name__, ops.MultitypeFuncGraph is C.MultitypeFuncGraph)
for args in [("a", "b"), (1,), (Tensor([1.0]), (1, 2)), (None, 1), ([1], [2])]:
    err(lambda: add(*args), 120)
err(lambda: add(np.ones(2), np.ones(2)))

# first registered match wins; dtype-specific signatures
kind = ops.MultitypeFuncGraph("kind")
kind.register("Tensor[Float32]")(lambda x: "tensor f32")
kind.register("Tensor")(lambda x: "tensor other")
kind.register("Int")(lambda x: "int")
kind.register("Float")(lambda x: "float")
kind.register("Bool")(lambda x: "bool")
kind.register("Tuple")(lambda x: "tuple")
kind.register("List")(lambda x: "list")
kind.register("String")(lambda x: "string")
kind.register("None")(lambda x: "none")
kind.register("Function")(lambda x: "function")
kind.register(mstype.float32)(lambda x: "never")
for v in [Tensor([1.0]), Tensor([1], ms.int32), Tensor([1.0], ms.float16),
          Parameter(Tensor([1.0]), name="p"), 3, 2.5, True, (1,), [1], "s", None,
          ops.relu, nn.ReLU(), lambda x: x]:
    print(kind(v))
err(lambda: kind(ms.float32), 40)

num = ops.MultitypeFuncGraph("num")
num.register("Int64")(lambda x: "int64")
num.register("Float64")(lambda x: "float64")
num.register("Number")(lambda x: "number")
print(num(1), num(1.0), num(False))

single = ops.MultitypeFuncGraph("single")
single.register("Tensor")(lambda x: ("single", x))
print(single("anything"), single(1))

bad = ops.MultitypeFuncGraph("bad")
err(lambda: bad.register("Foo")(lambda x: x))
err(lambda: bad.register(3)(lambda x: x))
err(lambda: bad(1), 70)

# HyperMap / Map
hm = C.HyperMap()
print(hm(add, (Tensor([1.0]), Tensor([2.0])), (Tensor([3.0]), Tensor([4.0]))))
print(hm(add, [Tensor([1.0]), 2], [Tensor([3.0]), 4]))
print(hm(add, 1, 2), hm(add, ((1, 2), [3, (4,)]), ((10, 20), [30, (40,)])))
hm2 = ops.HyperMap(add)
print(hm2((1, (2, 3)), (4, (5, 6))), hm2((1, 2), (4, 5, 6)), hm2((1, 2), [4, 5]))
print(type(hm2([1, 2], [3, 4])).__name__, ops.HyperMap is C.HyperMap)
err(lambda: ops.HyperMap(F.partial(add, 1)))
err(lambda: ops.HyperMap(ops.relu))
mp = ops.Map()
print(mp(add, (1, 2), (3, 4)), ops.Map(add)([1, 2], (3, 4)))
err(lambda: ops.Map(lambda x: x))

# F.partial / ops.Partial with a MultitypeFuncGraph
print(F.partial(add, 10)(5), ops.Partial()(add, Tensor([2.0]))(Tensor([3.0])))

# gradient clipping as in the model zoo
GRADIENT_CLIP_TYPE = 1
GRADIENT_CLIP_VALUE = 1.0
clip_grad = C.MultitypeFuncGraph("clip_grad")


@clip_grad.register("Number", "Number", "Tensor")
def _clip_grad(clip_type, clip_value, grad):
    if clip_type not in (0, 1):
        return grad
    dt = F.dtype(grad)
    if clip_type == 0:
        new_grad = C.clip_by_value(grad, F.cast(F.tuple_to_array((-clip_value,)), dt),
                                   F.cast(F.tuple_to_array((clip_value,)), dt))
    else:
        new_grad = nn.ClipByNorm()(grad, F.cast(F.tuple_to_array((clip_value,)), dt))
    return new_grad


grads = (Tensor(np.array([0.5, -3.0, 2.0], np.float32)),
         Tensor(np.array([[10.0, -0.1]], np.float32)))
hyper_map = C.HyperMap()
print(hyper_map(F.partial(clip_grad, 0, 1.0), grads))
print(hyper_map(F.partial(clip_grad, 1, 1.0), grads))
print(hyper_map(F.partial(clip_grad, 2, 1.0), grads))


@ms.jit
def jit_clip(g0, g1):
    return hyper_map(F.partial(clip_grad, GRADIENT_CLIP_TYPE, GRADIENT_CLIP_VALUE), (g0, g1))


print(jit_clip(*grads))
print(C.clip_by_value(grads[0], -1.0, 1.0), C.clip_by_value is ops.clip_by_value)
print(C.clip_by_global_norm(grads, 1.0))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[0.5, -0.2], [0.1, 0.3], [-0.4, 0.2]], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.05, -0.05], np.float32)), name="b")

    def construct(self, x):
        return ops.matmul(x, self.w) + self.b


class ClipTrainOneStep(nn.TrainOneStepCell):
    def __init__(self, network, optimizer, clip_type=0):
        super().__init__(network, optimizer)
        self.hyper_map = C.HyperMap()
        self.clip_type = clip_type

    def construct(self, *inputs):
        loss = self.network(*inputs)
        grads = self.grad(self.network, self.weights)(*inputs, F.fill(loss.dtype, loss.shape, 1.0))
        grads = self.hyper_map(F.partial(clip_grad, self.clip_type, GRADIENT_CLIP_VALUE), grads)
        grads = self.grad_reducer(grads)
        return F.depend(loss, self.optimizer(grads))


rng = np.random.default_rng(3)
x = Tensor(rng.standard_normal((4, 3)).astype(np.float32) * 4)
y = Tensor(rng.standard_normal((4, 2)).astype(np.float32))
for mode, clip_type in [(ms.PYNATIVE_MODE, 0), (ms.PYNATIVE_MODE, 1), (ms.GRAPH_MODE, 0)]:
    ms.set_context(mode=mode)
    net = Net()
    step = ClipTrainOneStep(nn.WithLossCell(net, nn.MSELoss()), nn.SGD(net.trainable_params(), 0.1), clip_type)
    losses = [float(step(x, y).asnumpy()) for _ in range(3)]
    print(mode, clip_type, np.round(losses, 5), np.round(net.w.asnumpy(), 5), np.round(net.b.asnumpy(), 5))
ms.set_context(mode=ms.PYNATIVE_MODE)
