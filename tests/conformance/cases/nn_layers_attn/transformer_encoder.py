# TransformerEncoderLayer (post/pre norm, relu/gelu, masks) and TransformerEncoder in eval mode:
# forward and gradients; parameter names; activation checks.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

rng = np.random.default_rng(14)


def fill(net):
    for p in net.trainable_params():
        p.set_data(Tensor(rng.uniform(-0.5, 0.5, p.shape).astype(np.float32)))


def err(f):
    try:
        f()
        print("OK")
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


src = Tensor(rng.uniform(-1, 1, (3, 2, 8)).astype(np.float32))
for i, kw in enumerate([{}, {"norm_first": True}, {"activation": "gelu"},
                        {"activation": ops.gelu}, {"batch_first": True, "dropout": 0.0}]):
    layer = nn.TransformerEncoderLayer(8, 2, 16, **kw)
    layer.set_train(False)
    fill(layer)
    out = layer(src)
    print("==", {k: (v if isinstance(v, (str, bool, float)) else "fn") for k, v in kw.items()})
    print(out.asnumpy()[0])
    if i > 1:
        continue

    def f(x):
        return (layer(x) * layer(x)).sum()

    loss, (gx, gw) = ms.value_and_grad(f, 0, layer.trainable_params())(src)
    print("loss", loss, "gx", gx.asnumpy()[1])
    print([float(np.abs(g.asnumpy()).sum()) for g in gw])
layer = nn.TransformerEncoderLayer(8, 2, 16, dropout=0.0)
fill(layer)
mask = Tensor(np.triu(np.ones((3, 3), np.bool_), 1))
kpm = Tensor(np.array([[False, False, True], [False, False, False]]))
print("masked", layer(src, src_mask=mask, src_key_padding_mask=kpm).asnumpy()[2])
print([n for n, _ in layer.parameters_and_names()])
enc = nn.TransformerEncoder(layer, 2, norm=nn.LayerNorm((8,)))
enc.set_train(False)
print([n for n, _ in enc.parameters_and_names()])
fill(enc)
print("encoder", enc(src).asnumpy()[1])
err(lambda: nn.TransformerEncoderLayer(8, 2, 16, activation="tanh"))
err(lambda: nn.TransformerEncoderLayer(8, 2, 16, activation=nn.ReLU()))
err(lambda: nn.TransformerEncoderLayer(8, 2, 16, activation=nn.Tanh()))
err(lambda: nn.TransformerEncoderLayer(8, 2, 16, activation=3))
err(lambda: nn.MultiheadAttention(8, 3))
