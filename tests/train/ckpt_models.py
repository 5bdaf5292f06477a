"""Networks and tensors the checkpoint cases save and load, built with either framework
(``ms`` is ``mindspore`` or ``ms_compat``)."""
import numpy as np


def rs(seed):
    return np.random.RandomState(seed)


def all_dtype_tensors(ms):
    """name -> Tensor, one per dtype both checkpoint formats can hold, incl. 0-d and bfloat16."""
    r = rs(11)
    out = {
        "f16": ms.Tensor((r.standard_normal((2, 3)) * 4).astype(np.float16)),
        "f32": ms.Tensor(r.standard_normal((3, 1, 2)).astype(np.float32)),
        "f64": ms.Tensor(np.array([1.0 / 3.0, -2.5e-300, np.inf], np.float64)),
        "bf16": ms.Tensor(np.array([1.5, -2.25, 3.0e4, 1.0 / 3.0, 1e-30], np.float32),
                          ms.bfloat16),
        "i8": ms.Tensor(np.array([-128, 0, 127], np.int8)),
        "i16": ms.Tensor(np.array([[-32768, 5], [7, 32767]], np.int16)),
        "i32": ms.Tensor(r.randint(-2**31, 2**31 - 1, size=(4,)).astype(np.int32)),
        "i64": ms.Tensor(np.array(123456789012, np.int64)),
        "u8": ms.Tensor(np.array([[0, 7], [128, 255]], np.uint8)),
        "u16": ms.Tensor(np.array([0, 65535], np.uint16)),
        "u32": ms.Tensor(np.array([4000000000], np.uint32)),
        "u64": ms.Tensor(np.array([2**63 + 5], np.uint64)),
        "flag": ms.Tensor(np.array([True, False, True])),
        "scalar": ms.Tensor(np.float32(0.3125)),
        "rank5": ms.Tensor(np.arange(32, dtype=np.float32).reshape(2, 2, 2, 2, 2)),
    }
    return out


def nested_cell(ms):
    """A Cell tree with explicit, implicit and frozen Parameters (MindSpore's naming rules)."""
    nn = ms.nn

    class Inner(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = ms.Parameter(ms.Tensor(np.arange(6, dtype=np.float32).reshape(2, 3)))
            self.b = ms.Parameter(ms.Tensor(np.array([0.5, -0.5], np.float32)), name="bias")

    class Outer(nn.Cell):
        def __init__(self):
            super().__init__()
            self.head = ms.Parameter(ms.Tensor(np.float32(2.0)), name="head")
            self.inner = Inner()
            self.stats = ms.Parameter(ms.Tensor(np.array([1, 2, 3], np.int32)), name="stats",
                                      requires_grad=False)
            self.half = ms.Parameter(ms.Tensor(np.array([1.5, 2.5], np.float16)), name="half")

    return Outer()


def list_of_dicts(ms):
    return [{"name": k, "data": v} for k, v in all_dtype_tensors(ms).items()]


def params(ms):
    return [ms.Parameter(v, name=k) for k, v in all_dtype_tensors(ms).items()]


def typed_net(ms):
    class Net(ms.nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = ms.Parameter(ms.Tensor(np.ones((2, 2), np.float32)), name="w")
            self.b = ms.Parameter(ms.Tensor(np.zeros((2,), np.float16)), name="b")
            self.i = ms.Parameter(ms.Tensor(np.zeros((2,), np.int32)), name="i")
            self.s = ms.Parameter(ms.Tensor(np.float32(1)), name="s")
            self.h = ms.Parameter(ms.Tensor(np.zeros((3,), np.float32), ms.bfloat16), name="h")
    return Net()


def prefixed_net(ms):
    class Outer(ms.nn.Cell):
        def __init__(self):
            super().__init__()
            self.inner = typed_net(ms)
            self.accu_grads_w = ms.Parameter(ms.Tensor(np.zeros((1,), np.float32)),
                                             name="accu_grads.w")
    return Outer()
