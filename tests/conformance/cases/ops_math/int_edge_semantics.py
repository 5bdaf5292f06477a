"""Integer and index edge cases where XLA is undefined or silent and MindSpore (CPU) is not: division
and modulo by zero, negative integer powers, float->int overflow/NaN casts, out-of-range indices in
index_select / scatter_nd / tensor_scatter_* / gather_elements / Embedding."""
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor
def run(name, f):
    try:
        r = str(f())  # MindSpore reports some kernel errors only when the value is read
        print(name, r)
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0][:150])
a = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
i = Tensor([5, 0, 7])
run("intdiv0", lambda: Tensor([5, -5, 0]) // Tensor([0, 0, 0]))
run("intmod0", lambda: Tensor([5, -5, 0]) % Tensor([0, 0, 0]))
run("floatdiv0", lambda: Tensor([1.0, -1.0, 0.0]) / Tensor([0.0, 0.0, 0.0]))
run("one_hot bad", lambda: ops.one_hot(Tensor([0, 5, -1]), 3, Tensor(1.0), Tensor(0.0)))
run("index_select", lambda: ops.index_select(a, 1, Tensor([0, 3], ms.int32)))
run("scatter_nd", lambda: ops.scatter_nd(Tensor([[1], [7]], ms.int32), Tensor([1.0, 2.0]), (4,)))
run("tensor_scatter_update", lambda: ops.tensor_scatter_update(Tensor(np.zeros(3, np.float32)), Tensor([[4]], ms.int32), Tensor([1.0])))
run("cast overflow", lambda: ops.cast(Tensor([3e9, -3e9, np.nan, np.inf]), ms.int32))
run("uint8 wrap", lambda: Tensor([250], ms.uint8) + Tensor([10], ms.uint8))
run("int mean", lambda: ops.mean(Tensor([1, 2])))
run("argmax tie", lambda: ops.argmax(Tensor([1.0, 3.0, 3.0])))
run("unique", lambda: ops.unique(Tensor([3, 1, 3, 2])))
run("empty sum", lambda: ops.sum(Tensor(np.zeros((0, 3), np.float32)), 0))
run("sqrt neg", lambda: ops.sqrt(Tensor([-1.0])))
run("log0", lambda: ops.log(Tensor([0.0, -1.0])))
run("int pow neg", lambda: Tensor([2]) ** Tensor([-1]))
run("gather_elements", lambda: ops.gather_elements(a, 1, Tensor([[0, 5], [1, 2]])))
run("embedding idx", lambda: ms.nn.Embedding(3, 2, embedding_table="ones")(Tensor([[0, 4]], ms.int32)))
run("round half", lambda: ops.round(Tensor([0.5, 1.5, 2.5, -0.5])))
run("topk", lambda: ops.topk(Tensor([1.0, 3.0, 3.0, 2.0]), 2))
run("sort", lambda: ops.sort(Tensor([2.0, 1.0, 2.0, 1.0])))
for dt in (ms.int32, ms.int64):
    x = Tensor([5, -5, 0], dt); z = Tensor([0, 0, 0], dt)
    print(dt, ops.floor_divide(x, z), ops.floor_mod(x, z), ops.remainder(x, z), x // z, x % z, ops.div(x, z, rounding_mode="floor"), ops.div(x, z, rounding_mode="trunc"), ops.fmod(x, z))
