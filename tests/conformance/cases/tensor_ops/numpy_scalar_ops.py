import numpy as np
from mindspore import Tensor

f = Tensor(np.array([1.0, 2.0], np.float32))
i = Tensor(np.array([1, 2], np.int32))
for name, r in [("f+np.float64", f + np.float64(1.5)), ("f*np.int32", f * np.int32(3)),
                ("i+np.int64", i + np.int64(2)), ("i*np.float32", i * np.float32(0.5)),
                ("f-np.float16", f - np.float16(0.5)), ("i+np.bool_", i + np.bool_(True))]:
    print(name, repr(r))
