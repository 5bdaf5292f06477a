# conformance: rtol=1e-4 atol=1e-5
# Text classifier: Embedding + 2-layer bidirectional LSTM (batch_first) + Dense, 3 Adam steps.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def init_params(net, seed):
    rng = np.random.default_rng(seed)
    for p in net.get_parameters():
        print(p.name, p.shape)
        p.set_data(Tensor((rng.standard_normal(p.shape) * 0.2).astype(np.float32)))


class TextClassifier(nn.Cell):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, num_layers=2, has_bias=True, batch_first=True,
                            bidirectional=True)
        self.fc = nn.Dense(hidden * 2, classes)

    def construct(self, x):
        e = self.embedding(x)
        out, (h, c) = self.lstm(e)
        feat = ops.concat((h[-2], h[-1]), axis=1)
        return self.fc(feat), out


net = TextClassifier(20, 6, 5, 3)
init_params(net, 0)
loss_fn = nn.CrossEntropyLoss()
opt = nn.Adam(net.trainable_params(), learning_rate=0.01)


def forward(x, y):
    logits, _ = net(x)
    return loss_fn(logits, y), logits


grad_fn = ms.value_and_grad(forward, None, opt.parameters, has_aux=True)
rng = np.random.default_rng(1)
x = Tensor(rng.integers(0, 20, size=(4, 7)).astype(np.int32))
y = Tensor(np.array([0, 2, 1, 2], np.int32))
for step in range(3):
    (loss, logits), grads = grad_fn(x, y)
    opt(grads)
    print("step", step, "loss", loss)
    print("logits", logits)
    print("grad norms", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in grads])
logits, out = net(x)
print("out shape", out.shape, out.dtype)
print(out[1, :3])
GRU = nn.GRU(6, 4, num_layers=2, batch_first=True, bidirectional=True)
init_params(GRU, 3)
e = net.embedding(x)
o, h = GRU(e)
print("gru", o.shape, h.shape)
print(h)
