# mindspore.amp loss scalers and all_finite in a functional training loop.
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, amp

print(amp.all_finite((Tensor(np.ones(2, np.float32)), Tensor(np.zeros(3, np.float32)))))
print(amp.all_finite((Tensor(np.array([1.0, np.inf], np.float32)),)))
print(amp.all_finite([Tensor(np.array([np.nan], np.float32))]))
static = amp.StaticLossScaler(1024)
print(static.scale_value, static.scale(Tensor(np.array([0.5, 2.0], np.float32))))
print(static.unscale((Tensor(np.array([1024.0], np.float32)), Tensor(np.array([2048.0], np.float16)))))
print(static.adjust(Tensor(True)))
dyn = amp.DynamicLossScaler(scale_value=2 ** 10, scale_factor=2, scale_window=3)
print(dyn.scale_value, dyn.counter, dyn.scale_window, dyn.scale_factor)
for finite in [True, True, True, False, True, False, False, True, True, True, True]:
    print(finite, dyn.adjust(Tensor(finite)), dyn.scale_value.asnumpy(), dyn.counter.asnumpy())

w = Parameter(Tensor(np.array([0.5, -0.25], np.float32)), name="w")
opt = nn.SGD([w], 0.1)
scaler = amp.DynamicLossScaler(2.0 ** 8, 2, 2)


def forward(x, y):
    loss = ((x * w).sum() - y) ** 2
    return scaler.scale(loss)


grad_fn = ms.value_and_grad(forward, None, [w])
data = [(Tensor(np.array([1.0, 2.0], np.float32)), Tensor(1.0, ms.float32)),
        (Tensor(np.array([np.inf, 2.0], np.float32)), Tensor(1.0, ms.float32)),
        (Tensor(np.array([0.5, -1.0], np.float32)), Tensor(0.0, ms.float32))]
for x, y in data * 2:
    loss, grads = grad_fn(x, y)
    loss = scaler.unscale(loss)
    finite = amp.all_finite(grads)
    if finite:
        opt(scaler.unscale(grads))
    scaler.adjust(finite)
    print(loss, finite, scaler.scale_value.asnumpy(), w.asnumpy())
for bad in [lambda: amp.StaticLossScaler(0.5), lambda: amp.StaticLossScaler("2"),
            lambda: amp.DynamicLossScaler(4.0, 0, 2), lambda: amp.DynamicLossScaler(4.0, 2, 1.5)]:
    try:
        bad()
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])
print(sorted(n for n in dir(amp) if n in amp.__all__))
