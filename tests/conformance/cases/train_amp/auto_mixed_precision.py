# conformance: rtol=2e-3 atol=1e-3
# amp.auto_mixed_precision O0/O1/O2/O3: output dtypes and values, wrapper types, Parameter
# names and dtypes, repeated calls; bad levels and dtypes.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, amp


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        rng = np.random.default_rng(4)
        self.fc1 = nn.Dense(4, 3, weight_init=Tensor(rng.uniform(-1, 1, (3, 4)).astype(np.float32)),
                            bias_init="zeros")
        self.act = nn.ReLU()
        self.fc2 = nn.Dense(3, 2, weight_init=Tensor(rng.uniform(-1, 1, (2, 3)).astype(np.float32)),
                            bias_init="ones")
        self.scale = Parameter(Tensor(np.array([1.5, -0.5], np.float32)))

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x))) * self.scale


x = Tensor(np.array([[0.5, -1.0, 2.0, 0.25], [1.0, 1.0, -1.0, 0.5]], np.float32))
for level in ["O0", "O1", "O2", "O3"]:
    net = amp.auto_mixed_precision(Block(), level)
    out = net(x)
    # O1 rewrites the network into a new class (BlockOpt) in MindSpore: its name is not compared
    print(level, type(net).__name__ if level != "O1" else "-", out.dtype, out)
    print(level, [(p.name, p.dtype) for p in net.get_parameters()])
    print(level, [n for n, _ in net.parameters_and_names()])
    if level != "O0":
        print(level, net._amp_level)
# (bfloat16 is left out: MindSpore 2.10's CPU kernels have no bfloat16 matmul)
for bad in [lambda: amp.auto_mixed_precision(Block(), "O4"),
            lambda: amp.auto_mixed_precision(Block(), "O2", dtype=ms.float32),
            lambda: amp.auto_mixed_precision(lambda a: a, "O2")]:
    try:
        bad()
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
