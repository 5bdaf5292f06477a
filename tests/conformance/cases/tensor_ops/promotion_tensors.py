import numpy as np
from mindspore import Tensor

vals = {
    "f16": Tensor(np.array([1.5, 2.0], np.float16)),
    "f32": Tensor(np.array([1.5, 2.0], np.float32)),
    "f64": Tensor(np.array([1.5, 2.0], np.float64)),
    "i8": Tensor(np.array([1, 2], np.int8)),
    "i32": Tensor(np.array([1, 2], np.int32)),
    "i64": Tensor(np.array([1, 2], np.int64)),
    "u8": Tensor(np.array([1, 2], np.uint8)),
    "b": Tensor(np.array([True, False])),
}
names = list(vals)
for a in names:
    print(a, " ".join(f"{b}:{(vals[a] + vals[b]).dtype}" for b in names))
