"""nn.InstanceNorm1d/2d/3d: parameters, repr, input-rank and channel checks, constructor errors.
(The forward values are left out: MindSpore 2.10's CPU build has no InstanceNorm kernel and
raises RuntimeError at the call.)"""
import numpy as np
import mindspore as ms
from mindspore import nn, Tensor


def show(fn):
    try:
        r = fn()
        print(r.shape, r.dtype)
    except Exception as e:
        print("ERR", type(e).__name__, (str(e).splitlines() or [""])[0])


rng = np.random.default_rng(9)
for cls, shp in [(nn.InstanceNorm1d, (2, 3, 5)), (nn.InstanceNorm2d, (2, 3, 4, 5)),
                 (nn.InstanceNorm3d, (2, 3, 2, 3, 4))]:
    m = cls(3)
    print(m)
    print([(p.name, p.shape, p.dtype, p.requires_grad) for p in m.get_parameters()])
    print(m.training)
    m2 = cls(3, eps=1e-3, momentum=0.5, affine=False, gamma_init=2.0, beta_init="ones")
    print(m2)
    print([(p.name, p.requires_grad, p.asnumpy().tolist()) for p in m2.get_parameters()])
    show(lambda: m(Tensor(rng.standard_normal(shp[:-1]).astype(np.float32))))
    show(lambda: m(Tensor(rng.standard_normal(shp + (2,)).astype(np.float32))))
    show(lambda: cls(4)(Tensor(rng.standard_normal(shp).astype(np.float32))))

for fn in [lambda: nn.InstanceNorm2d(0),
           lambda: nn.InstanceNorm2d(3.0),
           lambda: nn.InstanceNorm2d(3, eps=0),
           lambda: nn.InstanceNorm2d(3, momentum=1.5),
           lambda: nn.InstanceNorm2d(3, momentum=1),
           lambda: nn.InstanceNorm2d(3, affine=1),
           lambda: nn.InstanceNorm1d(3, gamma_init=[1.0]),
           lambda: nn.InstanceNorm3d(3, beta_init=Tensor(np.zeros(3, np.float16)))]:
    show(fn)
