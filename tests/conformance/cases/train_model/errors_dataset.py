# Model.train / eval given mindspore.dataset pipelines of the wrong structure (too many or too few
# columns, wrong column shapes or dtypes) or objects that are not datasets; the weights stay as
# they were when the first step fails.
import re
import numpy as np
import mindspore as ms
import mindspore.dataset as ds
from mindspore import nn
from mindspore.train import Model, Accuracy


def attempt(label, fn):
    try:
        out = fn()
        print(label, "OK", out)
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        print(label, "ERR", type(e).__name__, re.sub(r"<class '[\w.]*?(\w+)'>", r"<\1>", first))


net = nn.Dense(3, 2, weight_init="ones", bias_init="zeros")
model = Model(net, nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean"),
              nn.SGD(net.trainable_params(), 0.1), metrics={"acc": Accuracy()})
x = np.ones((4, 3), np.float32)
y = np.array([0, 1, 1, 0], np.int32)


def pipeline(columns, names):
    return ds.NumpySlicesDataset(dict(zip(names, columns)), shuffle=False).batch(2)


attempt("three_columns", lambda: model.train(1, pipeline([x, y, y], ["x", "y", "z"])))
attempt("one_column", lambda: model.train(1, pipeline([x], ["x"])))
print(net.weight.asnumpy().ravel(), net.bias.asnumpy())
attempt("eval_one_column", lambda: model.eval(pipeline([x], ["x"])))
try:  # the message comes from the matmul op: only its type is compared here
    model.train(1, pipeline([np.ones((4, 5), np.float32), y], ["x", "y"]))
except Exception as e:
    print("wrong_feature_size ERR", type(e).__name__)
print(net.weight.asnumpy().ravel(), net.bias.asnumpy())
attempt("not_a_dataset", lambda: model.train(1, [(x, y)]))
attempt("none_dataset", lambda: model.train(1, None))
attempt("ok", lambda: model.train(1, pipeline([x, y], ["x", "y"])))
print(net.weight.asnumpy().ravel(), net.bias.asnumpy())
print(model.eval(pipeline([x, y], ["x", "y"])))
