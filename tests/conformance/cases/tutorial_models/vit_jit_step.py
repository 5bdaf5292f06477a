# conformance: rtol=1e-4 atol=1e-5
# The ViT-style block trained with nn.AdamWeightDecay, the whole step (value_and_grad + optimizer)
# wrapped in @ms.jit: must print what the eager vit_block case prints (to rounding).
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


def init_params(net, seed):
    rng = np.random.default_rng(seed)
    for p in net.get_parameters():
        print(p.name, p.shape)
        if "gamma" in p.name:
            p.set_data(Tensor((1.0 + 0.1 * rng.standard_normal(p.shape)).astype(np.float32)))
        else:
            p.set_data(Tensor((rng.standard_normal(p.shape) * 0.2).astype(np.float32)))


class Attention(nn.Cell):
    def __init__(self, dim, heads):
        super().__init__()
        self.heads = heads
        self.head_dim = dim // heads
        self.scale = Tensor(self.head_dim ** -0.5, ms.float32)
        self.qkv = nn.Dense(dim, dim * 3)
        self.proj = nn.Dense(dim, dim)
        self.attn_drop = nn.Dropout(p=0.0)
        self.q_matmul_k = ops.BatchMatMul(transpose_b=True)

    def construct(self, x):
        b, n, c = x.shape
        qkv = self.qkv(x).reshape(b, n, 3, self.heads, self.head_dim)
        qkv = ops.transpose(qkv, (2, 0, 3, 1, 4))
        q, k, v = qkv[0], qkv[1], qkv[2]
        attn = self.q_matmul_k(q, k) * self.scale
        attn = ops.softmax(attn, axis=-1)
        attn = self.attn_drop(attn)
        out = ops.matmul(attn, v)
        out = ops.transpose(out, (0, 2, 1, 3)).reshape(b, n, c)
        return self.proj(out)


class Block(nn.Cell):
    def __init__(self, dim, heads):
        super().__init__()
        self.norm1 = nn.LayerNorm((dim,), epsilon=1e-6)
        self.attn = Attention(dim, heads)
        self.norm2 = nn.LayerNorm((dim,))
        self.mlp = nn.SequentialCell(nn.Dense(dim, dim * 2), nn.GELU(), nn.Dropout(p=0.0),
                                     nn.Dense(dim * 2, dim))
        self.mha = nn.MultiheadAttention(dim, heads, batch_first=True)

    def construct(self, x):
        x = x + self.attn(self.norm1(x))
        x = x + self.mlp(self.norm2(x))
        y, w = self.mha(x, x, x)
        return x + y, w


class TinyViT(nn.Cell):
    def __init__(self, dim=8, heads=2, patches=4, classes=3):
        super().__init__()
        self.embed = nn.Dense(6, dim)
        self.cls_token = Parameter(ops.zeros((1, 1, dim), ms.float32), name="cls_token")
        self.pos = Parameter(ops.zeros((1, patches + 1, dim), ms.float32), name="pos")
        self.block = Block(dim, heads)
        self.norm = nn.LayerNorm((dim,))
        self.head = nn.Dense(dim, classes)

    def construct(self, x):
        x = self.embed(x)
        cls = ops.tile(self.cls_token, (x.shape[0], 1, 1))
        x = ops.concat((cls, x), axis=1) + self.pos
        x, w = self.block(x)
        return self.head(self.norm(x)[:, 0]), w


net = TinyViT()
init_params(net, 0)
loss_fn = nn.CrossEntropyLoss(label_smoothing=0.1)
decay = [p for p in net.trainable_params() if "beta" not in p.name and "bias" not in p.name]
no_decay = [p for p in net.trainable_params() if "beta" in p.name or "bias" in p.name]
opt = nn.AdamWeightDecay([{"params": decay, "weight_decay": 0.05},
                          {"params": no_decay, "weight_decay": 0.0}],
                         learning_rate=0.01, beta1=0.9, beta2=0.98, eps=1e-6)


def forward(x, y):
    logits, w = net(x)
    return loss_fn(logits, y), w


grad_fn = ms.value_and_grad(forward, None, opt.parameters, has_aux=True)


@ms.jit
def train_step(x, y):
    (loss, w), grads = grad_fn(x, y)
    opt(grads)
    return loss, w, grads
rng = np.random.default_rng(4)
x = Tensor(rng.standard_normal((2, 4, 6)).astype(np.float32))
y = Tensor(np.array([2, 0], np.int32))
net.set_train()
for step in range(3):
    loss, w, grads = train_step(x, y)
    print("step", step, "loss", loss)
    print("grad norms", [round(float(np.linalg.norm(g.asnumpy())), 5) for g in grads])
print("attn weights", w.shape)
print(w[0])
print(net.cls_token.value())
print(net.block.mha.in_proj_weight.value()[:2])
net.set_train(False)
print("eval", net(x)[0])
