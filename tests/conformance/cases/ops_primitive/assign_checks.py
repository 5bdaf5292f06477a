# ops.assign / assign_add / assign_sub: no broadcasting (rank, then shape must match), the value's
# dtype must promote to the variable's, the result is a new Tensor, a plain Tensor variable is
# updated in place.
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor, Parameter, nn


def run(name, f):
    try:
        r = f()
        print(name, type(r).__name__, repr(r))
    except Exception as e:
        print(name, "ERR", type(e).__name__, str(e).splitlines()[0])


for opname in ("assign", "assign_add", "assign_sub"):
    op = getattr(ops, opname)
    p = Parameter(Tensor(np.ones((2, 3), np.float32)), name="p")
    run(opname + " same", lambda: op(p, Tensor(np.full((2, 3), 2.0, np.float32))))
    run(opname + " row", lambda: op(p, Tensor(np.full((3,), 2.0, np.float32))))
    run(opname + " 1x3", lambda: op(p, Tensor(np.full((1, 3), 2.0, np.float32))))
    run(opname + " 0d", lambda: op(p, Tensor(2.0, ms.float32)))
    run(opname + " transposed", lambda: op(p, Tensor(np.full((3, 2), 2.0, np.float32))))
    run(opname + " int32", lambda: op(p, Tensor(np.full((2, 3), 2, np.int32))))
    run(opname + " float64", lambda: op(p, Tensor(np.full((2, 3), 2, np.float64))))
    run(opname + " float16", lambda: op(p, Tensor(np.full((2, 3), 0.5, np.float16))))
    run(opname + " pyfloat", lambda: op(p, 2.0))
    t = Tensor(np.ones((2, 3), np.float32))
    r = op(t, Tensor(np.full((2, 3), 2.0, np.float32)))
    print(opname, "tensor variable", r is t, t.asnumpy().tolist())
    print(opname, "final", p.asnumpy().tolist(), p.dtype)

p = Parameter(Tensor(np.ones((2, 3), np.float32)), name="p")
print(ops.assign(p, Tensor(np.full((2, 3), 2.0, np.float32))) is p)
s = Parameter(Tensor(1.0, ms.float32), name="s")
run("scalar py", lambda: ops.assign(s, 3.0))
run("scalar add py", lambda: ops.assign_add(s, 3))
print(s.asnumpy())
pi = Parameter(Tensor(np.ones((2,), np.int32)), name="pi")
run("int<-float", lambda: ops.assign(pi, Tensor(np.full((2,), 2.5, np.float32))))
run("int<-int64", lambda: ops.assign(pi, Tensor(np.full((2,), 7, np.int64))))
run("int<-bool", lambda: ops.assign(pi, Tensor(np.array([True, False]))))
run("int add float", lambda: ops.assign_add(pi, Tensor(np.full((2,), 2.5, np.float32))))
run("int add pyfloat", lambda: ops.assign_add(s, Tensor(np.full((2,), 2.5, np.float32))))
print(pi.asnumpy())
ph = Parameter(Tensor(np.ones((2,), np.float16)), name="ph")
run("f16<-f32", lambda: ops.assign(ph, Tensor(np.full((2,), 2.5, np.float32))))
run("list", lambda: ops.assign(pi, [1, 2]))
run("ndarray", lambda: ops.assign(pi, np.array([1, 2], np.int32)))
run("int variable", lambda: ops.assign(3, Tensor(np.ones(2))))
run("Assign prim", lambda: ops.Assign()(p, Tensor(np.full((3, 2), 2.0, np.float32))))
run("AssignAdd prim", lambda: ops.AssignAdd()(p, Tensor(np.full((3,), 2.0, np.float32))))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.ones((2, 3), np.float32)), name="w")

    def construct(self, v):
        return ops.assign(self.w, v)


net = Net()
run("jit ok", lambda: ms.jit(net.construct)(Tensor(np.full((2, 3), 2.0, np.float32))))
run("jit shape", lambda: ms.jit(net.construct)(Tensor(np.full((3, 2), 2.0, np.float32))))
run("jit rank", lambda: ms.jit(net.construct)(Tensor(np.full((3,), 2.0, np.float32))))
print(net.w.asnumpy().tolist())
