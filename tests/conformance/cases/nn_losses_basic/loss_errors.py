# Losses: bad arguments, wrong label shapes and dtypes.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def err(f):
    try:
        out = f()
        if isinstance(out, Tensor):
            out = out.asnumpy()
        print("OK", out)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


logits = Tensor(np.array([[1.0, 2.0, 0.5], [0.1, -1.0, 3.0]], np.float32))
lab32 = Tensor(np.array([1, 2], np.int32))
lab64 = Tensor(np.array([1, 2], np.int64))
labf = Tensor(np.array([[0.2, 0.7, 0.1], [0.0, 0.0, 1.0]], np.float32))
err(lambda: nn.CrossEntropyLoss()(logits, lab64))
err(lambda: nn.CrossEntropyLoss()(logits, Tensor(np.array([1, 2, 0], np.int32))))
err(lambda: nn.CrossEntropyLoss()(logits, Tensor(np.array([[1], [2]], np.int32))))
err(lambda: nn.CrossEntropyLoss()(logits, Tensor(np.ones((2, 4), np.float32))))
err(lambda: nn.CrossEntropyLoss()(logits, Tensor(np.array([1, 2], np.float32))))
err(lambda: nn.CrossEntropyLoss()(logits, Tensor(np.ones((2, 3, 1, 1), np.float32))))
err(lambda: nn.CrossEntropyLoss()(logits.astype(ms.int32), lab32))
err(lambda: nn.CrossEntropyLoss()(logits, [1, 2]))
err(lambda: nn.CrossEntropyLoss(reduction="foo"))
err(lambda: nn.CrossEntropyLoss(label_smoothing=1))
err(lambda: nn.CrossEntropyLoss(label_smoothing=1.5))
err(lambda: nn.CrossEntropyLoss(ignore_index=1.0))
err(lambda: nn.CrossEntropyLoss(weight=[1.0]))
err(lambda: nn.CrossEntropyLoss(weight=Tensor(np.array([1, 2]), ms.int32)))
err(lambda: nn.NLLLoss()(logits, Tensor(np.array([1, 2], np.float32))))
err(lambda: nn.NLLLoss()(logits, Tensor(np.array([1, 2, 0], np.int32))))
err(lambda: nn.NLLLoss(weight=Tensor(np.array([1, 2]), ms.int32)))
err(lambda: nn.NLLLoss(ignore_index=None))
err(lambda: nn.SoftmaxCrossEntropyWithLogits(sparse=1))
err(lambda: nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")(
    logits, Tensor(np.array([1.0, 2.0], np.float32))))
err(lambda: nn.SoftmaxCrossEntropyWithLogits(sparse=False)(logits, lab32))
err(lambda: nn.SoftmaxCrossEntropyWithLogits(sparse=False)(logits, Tensor(np.ones((2, 4),
                                                                                  np.float32))))
err(lambda: nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")(
    logits, Tensor(np.array([1, 2, 0], np.int32))))
err(lambda: nn.SoftmaxCrossEntropyWithLogits(sparse=True)(
    logits, Tensor(np.array([1, 2, 0], np.int32))))
err(lambda: nn.SoftmaxCrossEntropyWithLogits()(logits, np.ones((2, 3), np.float32)))
p = Tensor(np.array([[0.2, 0.7], [0.9, 0.4]], np.float32))
err(lambda: nn.BCELoss()(p, Tensor(np.array([[0.0, 1.0]], np.float32))))
err(lambda: nn.BCELoss()(p, Tensor(np.array([[0, 1], [1, 0]], np.int32))))
err(lambda: nn.BCEWithLogitsLoss()(p, Tensor(np.array([[0.0, 1.0]], np.float32))))
err(lambda: nn.BCEWithLogitsLoss()(p, Tensor(np.array([0.0, 1.0, 1.0], np.float32))))
err(lambda: nn.BCEWithLogitsLoss()(p, Tensor(np.array([[0, 1], [1, 0]], np.int32))))
err(lambda: nn.BCEWithLogitsLoss(weight=ms.Parameter(Tensor(np.ones(2, np.float32)), name="w")))
err(lambda: nn.BCEWithLogitsLoss(pos_weight=ms.Parameter(Tensor(np.ones(2, np.float32)),
                                                         name="pw")))
err(lambda: nn.BCEWithLogitsLoss(reduction="avg"))
err(lambda: nn.MSELoss(reduction="avg"))
err(lambda: nn.MSELoss()(p, Tensor(np.array([0.0, 1.0, 1.0], np.float32))))
err(lambda: nn.MSELoss()(p, 1.0))
err(lambda: nn.MSELoss()(np.ones((2, 2), np.float32), p))
err(lambda: nn.L1Loss()(p, Tensor(np.array([0.0, 1.0, 1.0], np.float32))))
err(lambda: nn.L1Loss()(p, 1.0))
err(lambda: nn.SmoothL1Loss()(p, Tensor(np.array([0.0, 1.0, 1.0], np.float32))))
err(lambda: nn.SmoothL1Loss()(p, Tensor(np.array([[0, 1], [1, 0]], np.int32))))
err(lambda: nn.SmoothL1Loss(beta=1))
err(lambda: nn.SmoothL1Loss(reduction="x"))
