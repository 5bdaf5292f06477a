# Dropout: identity in eval mode, with p=0 or keep_prob=1; training-mode statistics (mask
# values are 0 or 1/keep_prob; the kept fraction); repr; argument errors.
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def err(f):
    try:
        print("OK", f())
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


x = Tensor(np.ones((4, 5), np.float32))
for d in [nn.Dropout(), nn.Dropout(p=0.2), nn.Dropout(keep_prob=0.7), nn.Dropout(p=0.0),
          nn.Dropout(keep_prob=1.0), nn.Dropout(p=0)]:
    print(repr(d), d.training, (d(x).asnumpy() == 1).all())
d = nn.Dropout(p=0.0)
d.set_train()
print("p=0 train", (d(x).asnumpy() == 1).all())
d = nn.Dropout(keep_prob=1.0)
d.set_train()
print("keep 1 train", (d(x).asnumpy() == 1).all())
big = Tensor(np.ones((200, 500), np.float32))
d = nn.Dropout(p=0.25)
d.set_train()
y = d(big).asnumpy()
print("values", sorted(set(np.round(y.ravel(), 5).tolist())))
print("kept fraction ~0.75", abs((y != 0).mean() - 0.75) < 0.01)
d.set_train(False)
print("eval again", (d(big).asnumpy() == 1).all())
err(lambda: nn.Dropout(keep_prob=0.0))
err(lambda: nn.Dropout(keep_prob=1))
err(lambda: nn.Dropout(p=1.0))
err(lambda: nn.Dropout(p=-0.1))
err(lambda: nn.Dropout(p="a"))
