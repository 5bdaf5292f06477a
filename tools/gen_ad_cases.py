#!/usr/bin/env python3
"""Generate the autodiff conformance cases (groups ``ad_*``) from templates.

Usage::

    python tools/gen_ad_cases.py            # (re)write every generated case file
    python tools/gen_ad_cases.py --check    # exit 1 if a generated file differs from its template

Each case is a small MindSpore script (``import mindspore``) written under
``tests/conformance/cases/<group>/<name>.py``; families are parametrised over dtypes, shapes and
flags. The examples under ``examples/`` that belong to this issue are compared with goldens through
symlinks in the group ``ad_examples`` (not generated here). After generating, record
the goldens with ``python tools/record_goldens.py --missing``. Hand-written cases may live in the
same groups; this script only writes the files it generates (and never deletes any).
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(REPO, "tests", "conformance", "cases")

HEADER = '''import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter, ParameterTuple


def show(label, thunk, cut=None):
    """Print a result, or the error type and the first line (up to ``cut``) of its message."""
    try:
        print(label, thunk())
    except Exception as e:  # noqa: BLE001 - the case records MindSpore's error
        msg = (str(e).splitlines() or [""])[0]
        if cut is not None:
            msg = msg.split(cut)[0]
        print(label, "ERR", type(e).__name__, msg)

'''

F16_TOL = "# conformance: rtol=2e-3 atol=2e-3\n"
DTYPES = ("float16", "float32", "float64")
SHAPES = {"s3": (3,), "s2x3": (2, 3)}


def data(shape, dtype, start=0.5, step=0.25):
    """Source of a deterministic Tensor of ``shape``/``dtype``."""
    n = 1
    for s in shape:
        n *= s
    return (f"Tensor((np.arange({n}) * {step} + {start}).reshape({shape!r}).astype(np.{dtype}))")


def case(body, dtype=None):
    head = F16_TOL if dtype == "float16" else ""
    return head + HEADER + body.strip() + "\n"


# ----------------------------------------------------------------------------- GradOperation
def gradoperation_cases():
    out = {}
    cell_src = '''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))
sens = Tensor(np.array([1.0, 10.0, 100.0], np.float32))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.1], np.float32)), name="b")

    def construct(self, a, c):
        return a * self.w * c + self.b


def f(a, c):
    return a * a * c


net = Net()
params = ParameterTuple(net.trainable_params())
'''
    for target in ("fn", "cell"):
        for ga in (False, True):
            for gl in (False, True):
                for sp in (False, True):
                    name = f"flags_{target}_all{int(ga)}_list{int(gl)}_sens{int(sp)}"
                    fn = "f" if target == "fn" else "net"
                    call = f"grad_op({fn}, params)" if gl else f"grad_op({fn})"
                    args = "x, y, sens" if sp else "x, y"
                    out[name] = case(cell_src + f'''
grad_op = ops.GradOperation(get_all={ga}, get_by_list={gl}, sens_param={sp})
res = {call}({args})
print(type(res).__name__)
print(res)
''')
    for dt in DTYPES:
        for sk, shp in SHAPES.items():
            out[f"get_all_{dt}_{sk}"] = case(f'''
a = {data(shp, dt)}
b = {data(shp, dt, start=-1.0, step=0.5)}


def f(p, q):
    return (p * q + ops.sin(p) * q * q).sum()


ga = ops.GradOperation(get_all=True)(f)(a, b)
for g in ga:
    print(repr(g))
''', dt)
    out["sens_tuple_outputs"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def three(a):
    return a.sum(), a * a, a * 3


sens = (Tensor(2.0), Tensor(np.ones(3, np.float32)), Tensor(np.array([0.0, 1.0, 0.5], np.float32)))
print(ops.GradOperation(sens_param=True)(three)(x, sens))
print(ops.GradOperation(get_all=True, sens_param=True)(three)(x, list(sens)))
''')
    out["sens_scalar_output"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def ssum(a):
    return (a * a).sum()


g = ops.GradOperation(sens_param=True)(ssum)
print(g(x, 2.0))
print(g(x, 3))
print(g(x, Tensor(0.5)))
print(g(x, Tensor(2.0, ms.float64)))
print(g(x, Tensor(np.array([4.0], np.float32))))
''')
    out["sens_list_single_output"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def sq(a):
    return a * a


g = ops.GradOperation(sens_param=True)(sq)
print(g(x, [Tensor(np.array([1.0, 0.0, 2.0], np.float32))]))
print(g(x, (Tensor(np.array([1.0, 0.0, 2.0], np.float32)),)))
''')
    out["auto_weights"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
w1 = Parameter(Tensor(np.array([1.0, -1.0, 0.5], np.float32)), name="w1")
w2 = Parameter(Tensor(np.array([2.0], np.float32)), name="w2")


def order(a):
    return a * w2 * w1


def no_param(a):
    return a * 2


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.1], np.float32)), name="b")

    def construct(self, a):
        return a * self.w + self.b


print(ops.GradOperation(get_by_list=True)(order)(x))
print(ops.GradOperation(get_by_list=True)(no_param)(x))
print(ops.GradOperation(get_by_list=True)(Net())(x))
print(ops.GradOperation(get_all=True, get_by_list=True)(Net())(x))
''')
    out["weights_forms"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
v = Parameter(Tensor(np.array([3.0], np.float32)), name="v")


def f(a):
    return (a * w * v).sum()


g = ops.GradOperation(get_by_list=True)
print(g(f, w)(x))
print(g(f, [w])(x))
print(g(f, (v, w))(x))
print(g(f, ParameterTuple([w, v]))(x))
print(ops.GradOperation()(f, [w])(x))
print(ops.GradOperation(get_all=True)(f, [w])(x))
''')
    out["same_object_inputs"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def mul(a, c):
    return a * c


print(ops.GradOperation(get_all=True)(mul)(x, x))
print(ops.GradOperation(get_all=True)(mul)(x, y))
print(ops.GradOperation()(mul)(x, x))
print(ops.grad(mul, (0, 1))(x, x))
print(ops.grad(mul, 1)(x, x))
''')
    out["param_as_input_and_weight"] = case('''
w = Parameter(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), name="w")
c = Parameter(Tensor(np.array([0.5, 0.5, 0.5], np.float32)), name="c")


def pw(a):
    return a * w


def pc(a):
    return a * c


print(ops.grad(pw, 0, w)(w))
print(ops.grad(pc, 0, c)(w))
''')
    out["python_scalar_inputs"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def f(a, s):
    return a * a * s


print(ops.GradOperation(get_all=True)(f)(x, 2.0))
print(ops.GradOperation()(f)(2.0, x))
print(ops.GradOperation()(f)(x, 3))
''')
    out["kwargs_and_tuple_output"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))


def f(a, c):
    return a * a * c


def three(a):
    return a.sum(), a * a, a * 3


print(ops.GradOperation()(f)(x, c=y))
print(ops.GradOperation()(three)(x))
print(ops.GradOperation(get_all=True)(three)(x))
''')
    out["train_loop_sgd"] = case('''
class Model(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2)
        self.dense.weight.set_data(Tensor(np.array([[0.1, -0.2, 0.3], [0.0, 0.5, -0.5]], np.float32)))
        self.dense.bias.set_data(Tensor(np.array([0.05, -0.05], np.float32)))

    def construct(self, a):
        return self.dense(a)


class WithLoss(nn.Cell):
    def __init__(self, net):
        super().__init__()
        self.net = net
        self.loss = nn.MSELoss()

    def construct(self, a, t):
        return self.loss(self.net(a), t)


net = WithLoss(Model())
weights = ParameterTuple(net.trainable_params())
grad_op = ops.GradOperation(get_by_list=True)
a = Tensor(np.array([[1.0, 2.0, 3.0], [0.5, -1.0, 0.0]], np.float32))
t = Tensor(np.array([[1.0, 0.0], [0.0, 1.0]], np.float32))
for step in range(3):
    grads = grad_op(net, weights)(a, t)
    for p, g in zip(weights, grads):
        p.set_data(p - 0.1 * g)
    print(step, net(a, t))
print(weights[0].value())
print(weights[1].value())
''')
    out["grad_sens_param"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
v = Tensor(np.array([1.0, 0.0, 10.0], np.float32))


def sq(a):
    return a * a


print(ops.grad(sq, sens_param=True)(x, v))
print(ops.value_and_grad(sq, sens_param=True)(x, v))
print(ms.grad(sq, 0, None, False, False, True)(x, v))
''')
    out["repeated_calls"] = case('''
w = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")


def f(a):
    return (a * w * w).sum()


g = ops.GradOperation(get_all=True, get_by_list=True)(f, [w])
for i in range(4):
    a = Tensor(np.array([1.0, float(i)], np.float32))
    print(i, g(a))
    w.set_data(w + 1.0)
''')
    return out


# ----------------------------------------------------------------------------- vjp / jvp
def vjp_jvp_cases():
    out = {}
    for dt in DTYPES:
        for sk, shp in SHAPES.items():
            out[f"vjp_{dt}_{sk}"] = case(f'''
a = {data(shp, dt)}
b = {data(shp, dt, start=-1.0, step=0.5)}
v = {data(shp, dt, start=1.0, step=1.0)}


def f(p, q):
    return p * ops.exp(q) + p * p


out, vjp_fn = ops.vjp(f, a, b)
print(repr(out))
for g in vjp_fn(v):
    print(repr(g))
''', dt)
            out[f"jvp_{dt}_{sk}"] = case(f'''
a = {data(shp, dt)}
b = {data(shp, dt, start=-1.0, step=0.5)}
ta = {data(shp, dt, start=1.0, step=0.0)}
tb = {data(shp, dt, start=0.0, step=0.5)}


def f(p, q):
    return p * ops.cos(q) + p * p * q


out, tangent = ops.jvp(f, (a, b), (ta, tb))
print(repr(out))
print(repr(tangent))
''', dt)
    common = '''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))
v = Tensor(np.array([1.0, 10.0, 100.0], np.float32))
'''
    out["vjp_aux"] = case(common + '''

def aux2(a):
    return a * a, a * 3


def aux3(a):
    return a * a, a * 3, a.sum()


out, fn, aux = ops.vjp(aux2, x, has_aux=True)
print(out, aux)
print(fn(v))
out, fn, aux = ops.vjp(aux3, x, has_aux=True)
print(out, aux)
print(fn(v))
''')
    out["vjp_weights"] = case(common + '''
w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")
b = Parameter(Tensor(np.array([0.25], np.float32)), name="b")


def wf(a):
    return a * w + b


print(ops.vjp(wf, x, weights=w)[1](v))
print(ops.vjp(wf, x, weights=[w, b])[1](v))
print(ops.vjp(wf, x, weights=ParameterTuple([b]))[1](v))
''')
    out["vjp_tuple_output"] = case(common + '''

def two(a, c):
    return a * c, a + c


out, fn = ops.vjp(two, x, y)
print(out)
print(fn((v, v)))
print(fn([v, y]))
print(fn(v, y))
''')
    out["vjp_single_output_cotangent_forms"] = case(common + '''

def sq(a):
    return a * a


out, fn = ops.vjp(sq, x)
print(fn(v))
print(fn((v,)))
print(fn(y))
''')
    out["vjp_cell"] = case(common + '''

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1.0, 0.5], [-1.0, 2.0], [0.0, 1.0]], np.float32)), name="w")

    def construct(self, a):
        return ops.tanh(ops.matmul(a, self.w))


net = Net()
a = Tensor(np.array([[0.1, 0.2, 0.3]], np.float32))
out, fn = ops.vjp(net, a, weights=net.trainable_params())
print(out)
print(fn(Tensor(np.array([[1.0, -1.0]], np.float32))))
''')
    out["vjp_int_input"] = case('''
i = Tensor(np.array([1, 2, 3], np.int32))


def sq(a):
    return a * a


out, fn = ops.vjp(sq, i)
print(repr(out))
print(fn(Tensor(np.array([1, 1, 2], np.int32))))
''')
    out["vjp_same_object"] = case(common + '''

def mul(a, c):
    return a * c


print(ops.vjp(mul, x, x)[1](v))
print(ops.vjp(mul, x, y)[1](v))
''')
    out["jvp_forms"] = case(common + '''

def sq(a):
    return a * a


def mul(a, c):
    return a * c


print(ops.jvp(sq, x, v))
print(ops.jvp(sq, (x,), v))
print(ops.jvp(mul, (x, y), (v, v)))
print(ops.jvp(mul, [x, y], [v, y]))
''')
    out["jvp_aux_and_tuple_output"] = case(common + '''

def two(a, c):
    return a * c, a + c


def aux2(a):
    return a * a, a * 3


def aux3(a):
    return a * a, a * 3, a.sum()


print(ops.jvp(two, (x, y), (v, v)))
print(ops.jvp(aux2, x, v, has_aux=True))
print(ops.jvp(aux3, x, v, has_aux=True))
''')
    out["jvp_cell_with_parameter"] = case(common + '''

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return ops.sin(a * self.w)


print(ops.jvp(Net(), x, v))
''')
    out["jvp_int_input"] = case('''
i = Tensor(np.array([1, 2, 3], np.int32))
t = Tensor(np.array([1, 0, 2], np.int32))


def sq(a):
    return a * a


out, tangent = ops.jvp(sq, i, t)
print(repr(out))
print(repr(tangent))
''')
    out["hvp_jvp_of_grad"] = case(common + '''

def f(a):
    return (ops.sin(a) * a * a).sum()


print(ops.jvp(ops.grad(f), x, v))
out, fn = ops.vjp(ops.grad(f), x)
print(fn(v))
''')
    return out


# ----------------------------------------------------------------------------- jacobians, Hessians
def jac_cases():
    out = {}
    fns = {
        "ewise": ("def fn(a):\n    return ops.sin(a) * a\n", 1),
        "matvec": ("M = Tensor(np.array([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]], np.float32))\n\n\n"
                   "def fn(a):\n    return ops.matmul(M, a * a)\n", 1),
        "scalar": ("def fn(a):\n    return (ops.exp(a) * a).sum()\n", 1),
        "two_out": ("def fn(a):\n    return a * a, ops.cos(a)\n", 1),
        "two_in": ("def fn(a, c):\n    return a * c * c\n", 2),
        "two_in_two_out": ("def fn(a, c):\n    return a * c, a - c * c\n", 2),
    }
    for mode in ("jacfwd", "jacrev"):
        for fname, (src, nin) in fns.items():
            args = "x" if nin == 1 else "x, y"
            pos = "" if nin == 1 else ", grad_position=(0, 1)"
            out[f"{mode}_{fname}"] = case(f'''
x = Tensor(np.array([0.5, 1.0, -2.0], np.float32))
y = Tensor(np.array([2.0, -1.0, 0.25], np.float32))
{src}

print(ops.{mode}(fn{pos})({args}))
''')
        out[f"{mode}_positions"] = case(f'''
x = Tensor(np.array([0.5, 1.0, -2.0], np.float32))
y = Tensor(np.array([[2.0, -1.0], [0.25, 1.0], [1.0, 0.0]], np.float32))


def fn(a, m):
    return ops.matmul(a * a, m)


print(ops.{mode}(fn)(x, y))
print(ops.{mode}(fn, grad_position=1)(x, y))
print(ops.{mode}(fn, grad_position=(1,))(x, y))
print(ops.{mode}(fn, grad_position=(1, 0))(x, y))
''')
        out[f"{mode}_aux"] = case(f'''
x = Tensor(np.array([0.5, 1.0, -2.0], np.float32))


def aux2(a):
    return a * a, a * 3


def aux3(a):
    return a * a, a * 3, a.sum()


print(ops.{mode}(aux2, has_aux=True)(x))
print(ops.{mode}(aux3, has_aux=True)(x))
''')
        out[f"{mode}_matrix_input"] = case(f'''
m = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))


def fn(a):
    return ops.matmul(a, a)


j = ops.{mode}(fn)(m)
print(j.shape)
print(j)
''')
    net_src = '''
rng = np.random.default_rng(7)
w1 = Tensor(rng.standard_normal((4, 3)).astype(np.float32) * 0.5)
b1 = Tensor(rng.standard_normal((4,)).astype(np.float32) * 0.1)
w2 = Tensor(rng.standard_normal((2, 4)).astype(np.float32) * 0.5)
b2 = Tensor(rng.standard_normal((2,)).astype(np.float32) * 0.1)
x = Tensor(np.array([0.3, -0.7, 1.1], np.float32))


def mlp(a, p1, q1, p2, q2):
    # matrix-vector products as broadcast + sum: MindSpore 2.10 batches the arguments of
    # jacfwd/jacrev with vmap, whose matmul rule fails for a batched vector
    h = ops.tanh((p1 * a).sum(axis=1) + q1)
    return ops.tanh((p2 * h).sum(axis=1) + q2)
'''
    for mode in ("jacfwd", "jacrev"):
        out[f"tanh_net_{mode}_inputs"] = case(net_src + f'''

j = ops.{mode}(mlp)(x, w1, b1, w2, b2)
print(j.shape)
print(j)
''')
        out[f"tanh_net_{mode}_weights"] = case(net_src + f'''

jw = ops.{mode}(mlp, grad_position=(1, 2, 3, 4))(x, w1, b1, w2, b2)
for j in jw:
    print(j.shape)
print(jw[1])
print(jw[3])
''')
    rosen = '''
p = Tensor(np.array([1.0, 1.5, 0.5, -0.3], np.float32))


def rosen(v):
    return (100.0 * (v[1:] - v[:-1] ** 2) ** 2 + (1 - v[:-1]) ** 2).sum()
'''
    out["hessian_rosenbrock_fwd_rev"] = case(rosen + "\n\nprint(ops.jacfwd(ops.jacrev(rosen))(p))\n")
    out["hessian_rosenbrock_rev_rev"] = case(rosen + "\n\nprint(ops.jacrev(ops.jacrev(rosen))(p))\n")
    out["hessian_rosenbrock_rev_grad"] = case(rosen + "\n\nprint(ops.jacrev(ops.grad(rosen))(p))\n")
    out["hessian_rosenbrock_fwd_grad"] = case(rosen + "\n\nprint(ops.jacfwd(ops.grad(rosen))(p))\n")
    out["hessian_quadratic_form"] = case('''
A = Tensor(np.array([[2.0, 1.0, 0.0], [1.0, 3.0, -1.0], [0.0, -1.0, 4.0]], np.float32))
x = Tensor(np.array([1.0, -2.0, 0.5], np.float32))


def q(v):
    return (v * (A * v).sum(axis=1)).sum() * 0.5 + (v ** 3).sum()


print(ops.jacfwd(ops.jacrev(q))(x))
print(ops.grad(q)(x))
''')
    out["hessian_tanh_net_loss"] = case(net_src + '''

def loss(a):
    return (mlp(a, w1, b1, w2, b2) ** 2).sum()


h = ops.jacrev(ops.jacrev(loss))(x)
print(h.shape)
print(h)
''')
    out["jac_dtype_rules"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
x64 = Tensor(np.array([1.0, 2.0, 3.0], np.float64))
i32 = Tensor(np.array([1, 2, 3], np.int32))


def mul(a, c):
    return a * c


def cast_out(a):
    return (a * a).astype(ms.float64)


def to32(a):
    return (a * a).astype(ms.float32)


show("jacfwd f32,i32", lambda: ops.jacfwd(mul)(x, i32))
show("jacrev f32,i32", lambda: ops.jacrev(mul)(x, i32))
show("jacfwd f64 out", lambda: repr(ops.jacfwd(cast_out)(x)))
show("jacrev f64 out", lambda: ops.jacrev(cast_out)(x))
show("jacrev f64 in f32 out", lambda: repr(ops.jacrev(to32)(x64)))
show("jacfwd f64 in f32 out", lambda: ops.jacfwd(to32)(x64))
''')
    out["jac_scalar_input"] = case('''
s = Tensor(2.0)


def cube(a):
    return a * a * a


print(ops.jacfwd(cube)(s))
print(ops.jacrev(cube)(s))
print(ops.jacrev(ops.jacrev(cube))(s))
''')
    return out


# ----------------------------------------------------------------------------- vmap
def vmap_cases():
    out = {}
    common = '''
X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
Y = Tensor(np.arange(6, 12, dtype=np.float32).reshape(2, 3))
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def mul(a, c):
    return a * c


def two(a, c):
    return a * c, a + c
'''
    out["in_axes_forms"] = case(common + '''
print(ops.vmap(mul)(X, Y))
print(ops.vmap(mul, (0, None))(X, x))
print(ops.vmap(mul, [None, 0])(x, Y))
print(ops.vmap(mul, (1, 0))(X, Tensor(np.ones((3, 2), np.float32))))
print(ops.vmap(mul, -1)(X, Y))
print(ops.vmap(mul, 1)(X, Y))
''')
    out["out_axes_forms"] = case(common + '''
print(ops.vmap(mul, 0, 1)(X, Y))
print(ops.vmap(mul, 0, -1)(X, Y))
print(ops.vmap(mul, 0, (0,))(X, Y))
print(ops.vmap(two, 0, (0, 1))(X, Y))
print(ops.vmap(two, 0, [1, 0])(X, Y))
''')
    out["nested_inputs"] = case(common + '''

def nested(t):
    return t[0] * t[1][0] + t[1][1]


def tsum(t):
    return t[0] + t[1]


print(ops.vmap(nested, ((0, (0, None)),))((X, (Y, x))))
print(ops.vmap(nested, ([0, [0, None]],))([X, [Y, x]]))
print(ops.vmap(tsum)((X, Y)))
print(ops.vmap(tsum, ((0, 1),))((X, Tensor(np.ones((3, 2), np.float32)))))
''')
    out["unbatched_and_constant_outputs"] = case(common + '''

def const_out(a, c):
    return a * 2, c * 3


def pair(a):
    return a, 1.5


def intout(a):
    return 3


def shape0(a):
    return a.shape[0]


print(ops.vmap(const_out, (0, None), (0, None))(X, x))
print(ops.vmap(const_out, (0, None), 0)(X, x))
print(ops.vmap(pair)(X))
print(ops.vmap(pair, 0, (0, None))(X))
print(repr(ops.vmap(intout)(X)))
print(repr(ops.vmap(shape0)(X)))
''')
    out["nested_vmap"] = case('''
a = Tensor(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
b = Tensor(np.arange(12, dtype=np.float32).reshape(3, 4) * 0.5)


def dot(u, v):
    return (u * v).sum()


print(ops.vmap(ops.vmap(dot))(a, a))
print(ops.vmap(ops.vmap(dot, (0, 0)), (0, None))(a, b))
print(ops.vmap(ops.vmap(dot, (1, None)), (0, None), 1)(a, b[:, 0]))
''')
    out["cell_parameters_broadcast"] = case('''
class Lin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name="b")

    def construct(self, a):
        return ops.matmul(a, self.w) + self.b


net = Lin()
X = Tensor(np.arange(12, dtype=np.float32).reshape(4, 3) * 0.25)
print(ops.vmap(net)(X))
print(net.w.value())
''')
    out["per_sample_grads"] = case('''
class Lin(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]], np.float32)), name="w")
        self.b = Parameter(Tensor(np.array([0.5, -0.5], np.float32)), name="b")

    def construct(self, a):
        return ops.matmul(a, self.w) + self.b


net = Lin()
X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
T = Tensor(np.array([[1.0, 2.0], [3.0, 4.0]], np.float32))


def loss(a, t):
    return ((net(a) - t) ** 2).mean()


print(ops.vmap(ops.grad(loss, None, net.trainable_params()))(X, T))
print(ops.vmap(ops.value_and_grad(loss, None, net.trainable_params()))(X, T))
print(ops.vmap(ops.grad(loss, 0))(X, T))
''')
    out["grad_of_vmap"] = case('''
X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3) * 0.5)


def sq(a):
    return ops.sin(a) * a


def h(a):
    return ops.vmap(sq)(a).sum()


print(ops.grad(ops.vmap(sq))(X))
print(ops.grad(h)(X))
print(ops.vmap(ops.jacrev(sq))(X))
print(ops.vmap(ops.jacfwd(sq))(X))
''')
    out["cell_list_ensemble"] = case('''
class Scale(nn.Cell):
    def __init__(self, s):
        super().__init__()
        self.w = Parameter(Tensor(np.full((3,), s, np.float32)), name="w")

    def construct(self, a):
        return a * self.w


cells = nn.CellList([Scale(1.0), Scale(2.0), Scale(3.0)])
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
X = Tensor(np.ones((3, 3), np.float32))
print(ops.vmap(cells, None)(x))
print(ops.vmap(cells, 0)(X))
''')
    out["state_write_once"] = case('''
class Counter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.c = Parameter(Tensor(np.array([0.0], np.float32)), name="c")

    def construct(self, a):
        self.c = self.c + 1
        return a * self.c


cn = Counter()
X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
print(ops.vmap(cn)(X))
print(cn.c.value())
print(ops.vmap(cn)(X))
print(cn.c.value())
''')
    for dt in DTYPES:
        out[f"dtype_{dt}"] = case(f'''
a = {data((4, 3), dt)}
b = {data((3,), dt, start=-0.5)}


def f(u, v):
    return ops.exp(u * 0.1) * v + u


print(repr(ops.vmap(f, (0, None))(a, b)))
print(repr(ops.vmap(f, (1, 0))(a, Tensor(np.ones((3, 4), np.{dt})))))
''', dt)
    for sk, shp in (("b2", (2, 4)), ("b5", (5, 4)), ("b1", (1, 4))):
        out[f"matvec_batch_{sk}"] = case(f'''
M = Tensor(np.array([[1.0, 0.0, 2.0, -1.0], [0.5, 1.0, 0.0, 3.0]], np.float32))
A = {data(shp, "float32", start=-1.0, step=0.5)}


def mv(v):
    # broadcast + sum: MindSpore 2.10's vmap rule for matmul(matrix, batched vector) fails
    return (M * v).sum(axis=1)


print(ops.vmap(mv)(A))
print(ops.vmap(mv, 0, 1)(A))
''')
    return out


# ----------------------------------------------------------------------------- higher order
def higher_order_cases():
    out = {}
    fns = {
        "sin": "ops.sin(a)",
        "exp": "ops.exp(a * 0.5)",
        "tanh": "ops.tanh(a)",
        "poly": "a * a * a * a - 2 * a * a",
    }
    for fname, expr in fns.items():
        for dt in DTYPES:
            out[f"third_{fname}_{dt}"] = case(f'''
x = Tensor(np.array([0.5, -1.0, 1.5], np.{dt}))


def f(a):
    return {expr}


d1 = ops.grad(f)
d2 = ops.grad(d1)
d3 = ops.grad(d2)
print(repr(d1(x)))
print(repr(d2(x)))
print(repr(d3(x)))
''', dt)
    out["cell_second_order"] = case('''
class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return (ops.sin(a * self.w) * a).sum()


net = Net()
x = Tensor(np.array([1.0, 0.5, -0.5], np.float32))
g1 = ops.grad(net)
g2 = ops.grad(g1)
g3 = ops.grad(g2)
print(g1(x))
print(g2(x))
print(g3(x))
print(ops.grad(g1, None, net.trainable_params())(x))
''')
    out["grad_of_value_and_grad"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def f(a):
    return (a * a * a).sum()


def g(a):
    value, grad = ops.value_and_grad(f)(a)
    return value + (grad * grad).sum()


print(ops.grad(g)(x))
print(ops.value_and_grad(ops.grad(f))(x))
''')
    out["jacrev_of_grad_two_inputs"] = case('''
x = Tensor(np.array([1.0, 2.0], np.float32))
y = Tensor(np.array([0.5, -1.0], np.float32))


def f(a, c):
    return (a * a * c + ops.sin(a * c)).sum()


print(ops.jacrev(ops.grad(f, (0, 1)))(x, y))
print(ops.jacrev(ops.grad(f, 1), grad_position=(0, 1))(x, y))
''')
    out["grad_weights_second_order"] = case('''
w = Parameter(Tensor(np.array([0.5, 2.0], np.float32)), name="w")
x = Tensor(np.array([1.0, -1.0], np.float32))


def f(a):
    return (w * w * w * a).sum()


def gw(a):
    return ops.grad(f, None, w)(a).sum()


print(ops.grad(f, None, w)(x))
print(ops.grad(gw, None, w)(x))
print(ops.grad(gw)(x))
''')
    out["vmap_of_second_order"] = case('''
X = Tensor(np.array([[0.5, 1.0], [-1.0, 2.0], [0.0, 0.25]], np.float32))


def f(a):
    return ops.sin(a) * a


print(ops.vmap(ops.grad(ops.grad(f)))(X))
print(ops.grad(ops.grad(ops.grad(f)))(X))
''')
    out["gradoperation_nested"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def f(a):
    return a * a * a


g1 = ops.GradOperation()(f)
g2 = ops.GradOperation()(g1)
g3 = ops.GradOperation()(g2)
print(g1(x))
print(g2(x))
print(g3(x))
''')
    out["grad_through_vjp"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
v = Tensor(np.array([1.0, 0.5, 0.25], np.float32))


def f(a):
    return ops.exp(a * 0.5) * a


def vjp_sum(a):
    out, fn = ops.vjp(f, a)
    return fn(v)[0].sum()


print(ops.grad(vjp_sum)(x))
''')
    return out


# ----------------------------------------------------------------------------- custom bprop
def bprop_cases():
    out = {}
    common = '''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))
'''
    out["input_and_weights"] = case(common + '''

class B(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2.0, 2.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return a * self.w

    def bprop(self, a, out, dout):
        print("bprop sees", a, out, dout)
        return (dout * 100,)


b = B()
print(b(x))
print(ops.grad(b)(x))
print(ops.grad(b, 0, b.trainable_params())(x))
''')
    out["two_inputs"] = case(common + '''

class B(nn.Cell):
    def construct(self, a, c):
        return a * c

    def bprop(self, a, c, out, dout):
        return dout * c, dout * a * 10


print(ops.grad(B(), (0, 1))(x, y))
print(ops.GradOperation(get_all=True)(B())(x, y))
''')
    out["return_forms"] = case(common + '''

class Bare(nn.Cell):
    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        return dout * 5


class Extra(nn.Cell):
    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        return dout, dout * 3, dout * 4


class NoneGrad(nn.Cell):
    def construct(self, a, c):
        return a * c

    def bprop(self, a, c, out, dout):
        return dout, None


print(ops.grad(Bare())(x))
print(ops.grad(Extra())(x))
print(ops.grad(NoneGrad(), (0, 1))(x, y))
''')
    out["shape_and_dtype_of_gradient"] = case(common + '''

class Shaped(nn.Cell):
    def __init__(self, shape, dtype):
        super().__init__()
        self.shape = shape
        self.dtype = dtype

    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        return (Tensor(np.ones(self.shape, self.dtype)),)


for shape in ((3,), (1, 3), (2, 3)):
    print(shape, repr(ops.grad(Shaped(shape, np.float32))(x)))
for dtype in (np.float64, np.float16, np.int32):
    print(dtype.__name__, repr(ops.grad(Shaped((3,), dtype))(x)))
''')
    out["tuple_output"] = case(common + '''

class TupleOut(nn.Cell):
    def construct(self, a):
        return a * 2, a * 3

    def bprop(self, a, out, dout):
        print("dout", dout)
        return (dout[0] + dout[1] * 10,)


print(ops.grad(TupleOut())(x))
''')
    out["nested_in_network"] = case(common + '''

class Inner(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([2.0, 2.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return a * self.w

    def bprop(self, a, out, dout):
        return (dout * 100,)


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Inner()
        self.v = Parameter(Tensor(np.array([1.0, -1.0, 0.5], np.float32)), name="v")

    def construct(self, a):
        return (self.inner(a * a) * self.v).sum()


net = Outer()
print(ops.grad(net)(x))
print(ops.grad(net, None, net.trainable_params())(x))
''')
    out["stop_gradient_inside"] = case(common + '''

class WithStop(nn.Cell):
    def construct(self, a):
        return ops.stop_gradient(a) * a

    def bprop(self, a, out, dout):
        return (dout * 7,)


class Plain(nn.Cell):
    def construct(self, a):
        return ops.stop_gradient(a) * a


print(ops.grad(WithStop())(x))
print(ops.grad(Plain())(x))
''')
    out["second_order"] = case(common + '''

class Sq(nn.Cell):
    def construct(self, a):
        return a * a

    def bprop(self, a, out, dout):
        return (dout * 2 * a * 10,)


sq = Sq()
print(ops.grad(sq)(x))
print(ops.grad(ops.grad(sq))(x))
''')
    out["forward_mode_and_transforms"] = case(common + '''

class Sq(nn.Cell):
    def construct(self, a):
        return a * a

    def bprop(self, a, out, dout):
        return (dout * 2 * a * 10,)


print(ops.jvp(Sq(), x, y))
print(ops.jacfwd(Sq())(x))
print(ops.jacrev(Sq())(x))
print(ops.vjp(Sq(), x)[1](y))
print(ops.vmap(ops.grad(Sq()))(Tensor(np.ones((2, 3), np.float32))))
''')
    out["sens_and_kwargs"] = case(common + '''

class Echo(nn.Cell):
    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        print("dout", dout)
        return (dout,)


class KW(nn.Cell):
    def construct(self, a, c=2.0):
        return a * c

    def bprop(self, a, c, out, dout):
        return (dout * 3, dout)


print(ops.GradOperation(sens_param=True)(Echo())(x, y))
print(ops.grad(KW())(x, c=y))
print(ops.grad(KW())(x))
''')
    for dt in DTYPES:
        out[f"dtype_{dt}"] = case(f'''
x = {data((2, 3), dt)}


class Sq(nn.Cell):
    def construct(self, a):
        return a * a

    def bprop(self, a, out, dout):
        return (dout * 2 * a * 10,)


print(repr(ops.grad(Sq())(x)))
print(repr(ops.grad(Sq())(x * 2)))
''', dt)
    out["python_scalar_argument"] = case(common + '''

class Scaled(nn.Cell):
    def construct(self, a, n):
        return a * n

    def bprop(self, a, n, out, dout):
        return dout * n, ops.zeros_like(a)


print(ops.grad(Scaled())(x, 3))
''')
    out["under_jit"] = case(common + '''

class Sq(nn.Cell):
    def construct(self, a):
        return a * a

    def bprop(self, a, out, dout):
        return (dout * 2 * a * 10,)


@ms.jit
def jg(a):
    return ops.grad(Sq())(a)


print(jg(x))
print(jg(y))
''')
    return out


# ----------------------------------------------------------------------------- hooks
def hooks_cases():
    out = {}
    common = '''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
'''
    net = '''

class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return a * self.w


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Net()

    def construct(self, a):
        return (self.inner(a * 2) * 3).sum()


o = Outer()
'''
    out["hook_backward_print_and_replace"] = case(common + '''

def show_grad(grad):
    print("hook grad", grad)


def triple(grad):
    return (grad[0] * 3,)


hb_show = ops.HookBackward(show_grad)
hb_triple = ops.HookBackward(triple)


def f(a):
    return (hb_show(a * a) * 3).sum()


def g(a):
    return (hb_triple(a * a) * 3).sum()


print(ops.grad(f)(x))
print(ops.grad(g)(x))
print(hb_show(x))
''')
    out["hook_backward_two_inputs"] = case(common + '''
y = Tensor(np.array([0.5, 0.5, 2.0], np.float32))


def show_grad(grad):
    print("hook grads", grad)


def f(a, c):
    b, d = ops.HookBackward(show_grad)(a * 2, c * 3)
    return (b * d).sum()


print(ops.grad(f, (0, 1))(x, y))
''')
    out["hook_backward_ignored_under_jit"] = case(common + '''

def double(grad):
    return (grad[0] * 2,)


hb = ops.HookBackward(double)


def f(a):
    return (hb(a * a) * 3).sum()


@ms.jit
def jg(a):
    return ops.grad(f)(a)


print(ops.grad(f)(x))
print(jg(x))
print(ops.jvp(f, x, x))
''')
    out["tensor_hook_intermediate"] = case(common + '''

def double(grad):
    return grad * 2


def f(a):
    b = a * a
    b.register_hook(double)
    return (b * 3).sum()


def f_removed(a):
    b = a * a
    h = b.register_hook(double)
    h.remove()
    return (b * 3).sum()


print(ops.grad(f)(x))
print(ops.grad(f_removed)(x))
''')
    out["tensor_hook_order"] = case(common + '''

def h1(grad):
    print("h1", grad)
    return grad + 1


def h2(grad):
    print("h2", grad)
    return grad * 10


def f(a):
    b = a * a
    b.register_hook(h1)
    b.register_hook(h2)
    return (b * 3).sum()


print(ops.grad(f)(x))
''')
    out["tensor_hook_leaf_and_parameter"] = case(common + '''
w = Parameter(Tensor(np.array([1.0, 2.0, 3.0], np.float32)), name="w")


def show(grad):
    print("leaf grad", grad)


def double(grad):
    return grad * 2


def sq(a):
    return (a * a).sum()


def pw(a):
    return (a * w).sum()


y = Tensor(np.array([1.0, -2.0, 3.0], np.float32))
h = y.register_hook(show)
print(ops.grad(sq)(y))
h.remove()
print(ops.grad(sq)(y))
hw = w.register_hook(double)
print(ops.grad(pw, None, w)(x))
hw.remove()
print(ops.grad(pw, None, w)(x))
''')
    out["tensor_hook_dtype_cast"] = case(common + '''

def to64(grad):
    return grad.astype(ms.float64) * 0.5


def f(a):
    b = a * a
    b.register_hook(to64)
    return (b * 3).sum()


print(repr(ops.grad(f)(x)))
''')
    out["tensor_hook_under_jit"] = case(common + '''

def double(grad):
    return grad * 2


def f(a):
    b = a * a
    b.register_hook(double)
    return (b * 3).sum()


@ms.jit
def jg(a):
    return ops.grad(f)(a)


print(jg(x))
''')
    out["cell_backward_hook"] = case(common + net + '''

def bhook(cell, grad_input, grad_output):
    print("backward hook", type(cell).__name__, grad_input, grad_output)


h = o.inner.register_backward_hook(bhook)
print(ops.grad(o)(x))
print(ops.grad(o, None, o.trainable_params())(x))
h.remove()
print(ops.grad(o)(x))
''')
    out["cell_backward_hook_replace"] = case(common + net + '''

def times10(cell, grad_input, grad_output):
    return (grad_input[0] * 10,)


def bare(cell, grad_input, grad_output):
    return grad_input[0] * 2


def keep(cell, grad_input, grad_output):
    return None


for fn in (times10, bare, keep):
    h = o.inner.register_backward_hook(fn)
    print(fn.__name__, ops.grad(o)(x))
    h.remove()
h = o.inner.register_backward_hook(times10)
show("weights only", lambda: ops.grad(o, None, o.trainable_params())(x))
h.remove()
''')
    out["cell_backward_pre_hook"] = case(common + net + '''

def pre_show(cell, grad_output):
    print("pre hook", grad_output)


def pre_scale(cell, grad_output):
    return (grad_output[0] * 100,)


h = o.inner.register_backward_pre_hook(pre_show)
print(ops.grad(o)(x))
h.remove()
h = o.inner.register_backward_pre_hook(pre_scale)
print(ops.grad(o)(x))
print(ops.grad(o, None, o.trainable_params())(x))
h.remove()
''')
    out["cell_pre_and_backward_hooks"] = case(common + net + '''

def pre_scale(cell, grad_output):
    print("pre", grad_output)
    return (grad_output[0] * 2,)


def bwd(cell, grad_input, grad_output):
    print("bwd", grad_input, grad_output)
    return (grad_input[0] + 1,)


h1 = o.inner.register_backward_pre_hook(pre_scale)
h2 = o.inner.register_backward_hook(bwd)
print(ops.grad(o)(x))
h1.remove()
h2.remove()
''')
    out["cell_hooks_multi_io"] = case(common + '''

class Two(nn.Cell):
    def construct(self, a, b):
        return a * b, a + b


class UseTwo(nn.Cell):
    def __init__(self):
        super().__init__()
        self.t = Two()

    def construct(self, a, b):
        p, q = self.t(a, b)
        return (p * 2 + q).sum()


def bhook(cell, grad_input, grad_output):
    print("gi", len(grad_input), "go", len(grad_output))
    return (grad_input[0] * 0, grad_input[1])


u = UseTwo()
y = Tensor(np.array([0.5, 1.0, -1.0], np.float32))
h = u.t.register_backward_hook(bhook)
print(ops.grad(u, (0, 1))(x, y))
h.remove()
print(ops.grad(u, (0, 1))(x, y))
''')
    out["forward_hooks_affect_grad"] = case(common + net + '''

def fpre(cell, inputs):
    return (inputs[0] + 1,)


def fwd(cell, inputs, output):
    return output * 2


h1 = o.inner.register_forward_pre_hook(fpre)
h2 = o.inner.register_forward_hook(fwd)
print(o(x))
print(ops.grad(o)(x))
h1.remove()
h2.remove()
print(o(x))
print(ops.grad(o)(x))
''')
    out["cell_hooks_under_jit"] = case(common + net + '''

def times10(cell, grad_input, grad_output):
    return (grad_input[0] * 10,)


def pre_scale(cell, grad_output):
    return (grad_output[0] * 100,)


gf = ops.grad(o)


@ms.jit
def jg(a):
    return gf(a)


h = o.inner.register_backward_hook(times10)
print(jg(x))
h.remove()
h = o.inner.register_backward_pre_hook(pre_scale)
print(jg(x))
h.remove()
''')
    return out


# ----------------------------------------------------------------------------- errors
def error_cases():
    out = {}
    common = '''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))


def sq(a):
    return a * a


def mul(a, c):
    return a * c


def ssum(a):
    return (a * a).sum()


def three(a):
    return a.sum(), a * a, a * 3
'''
    out["sens_errors"] = case(common + '''
G = ops.GradOperation(sens_param=True)
show("missing sens", lambda: G(sq)(x))
show("wrong shape", lambda: G(sq)(x, Tensor(np.ones(2, np.float32))), ", ,")
show("size-1 shape", lambda: G(sq)(x, Tensor(np.ones(1, np.float32))), ", ,")
show("0-d sens", lambda: G(sq)(x, Tensor(2.0)))
show("python sens", lambda: G(sq)(x, 2.0))
show("float64 sens", lambda: G(sq)(x, Tensor(np.ones(3, np.float64))), ", ,")
show("int32 sens", lambda: G(sq)(x, Tensor(np.ones(3, np.int32))), ", ,")
show("shape and dtype", lambda: G(sq)(x, Tensor(np.ones(2, np.float64))), ", ,")
show("tuple too short", lambda: G(three)(x, (Tensor(1.0), Tensor(np.ones(3, np.float32)))))
show("tensor for tuple", lambda: G(three)(x, Tensor(np.ones(3, np.float32))))
show("get_all python sens", lambda: ops.GradOperation(get_all=True, sens_param=True)(mul)(x, y, 2.0))
''')
    out["gradoperation_arguments"] = case(common + '''
show("get_all int", lambda: ops.GradOperation(get_all=1))
show("get_by_list str", lambda: ops.GradOperation(get_by_list="yes"))
show("sens_param None", lambda: ops.GradOperation(sens_param=None))
show("fn int", lambda: ops.GradOperation()(3)(x))
show("no args", lambda: ops.GradOperation()(sq)())
show("list of tensors", lambda: ops.GradOperation(get_by_list=True)(sq, [x])(x))
''')
    out["vjp_errors"] = case(common + '''
out, fn = ops.vjp(sq, x)
show("wrong shape", lambda: fn(Tensor(np.ones(2, np.float32))), ", ,")
show("0-d", lambda: fn(Tensor(1.0)))
show("float64", lambda: fn(Tensor(np.ones(3, np.float64))), ", ,")
show("two cotangents", lambda: fn(y, y))
out2, fn2 = ops.vjp(three, x)
show("tuple count", lambda: fn2((y, y)))
show("single for tuple", lambda: fn2(y))
show("python input", lambda: ops.vjp(sq, 2.0))
show("fn not callable", lambda: ops.vjp(3, x))
show("has_aux one output", lambda: ops.vjp(sq, x, has_aux=True))
''')
    out["jvp_errors"] = case(common + '''
show("length", lambda: ops.jvp(mul, (x, y), (y,)))
show("tuple single", lambda: ops.jvp(sq, (x,), (y,)))
show("bare input tuple v", lambda: ops.jvp(sq, x, (y,)))
show("dtype", lambda: ops.jvp(sq, x, Tensor(np.ones(3, np.float64))))
show("python input", lambda: ops.jvp(sq, 2.0, 1.0))
show("has_aux one output", lambda: ops.jvp(sq, x, y, has_aux=True))
''')
    out["jvp_shape_error_type"] = case(common + '''
try:
    ops.jvp(sq, x, Tensor(np.ones(2, np.float32)))
except ValueError as e:
    print("ValueError")
''')
    out["jacobian_errors"] = case(common + '''
x64 = Tensor(np.array([1.0, 2.0], np.float64))
x16 = Tensor(np.array([1.0, 2.0], np.float16))
i32 = Tensor(np.array([1, 2], np.int32))
for name, jac in (("jacfwd", ops.jacfwd), ("jacrev", ops.jacrev)):
    show(name + " f64", lambda: jac(ssum)(x64))
    show(name + " f16", lambda: jac(ssum)(x16))
    show(name + " int", lambda: jac(mul)(i32, i32))
    show(name + " position oob", lambda: jac(mul, grad_position=2)(x, y))
    show(name + " position negative", lambda: jac(mul, grad_position=-1)(x, y))
    show(name + " position float", lambda: jac(mul, grad_position=1.0)(x, y))
    show(name + " python scalar", lambda: jac(mul)(2.0, y))
    show(name + " aux 0-d", lambda: jac(ssum, has_aux=True)(x))
    show(name + " aux 1-d", lambda: jac(sq, has_aux=True)(x))
    show(name + " not callable", lambda: jac(3)(x))
''')
    out["vmap_errors"] = case('''
X = Tensor(np.arange(6, dtype=np.float32).reshape(2, 3))
Y = Tensor(np.arange(6, 12, dtype=np.float32).reshape(2, 3))


def mul(a, c):
    return a * c


def sq(a):
    return a * a


def dct(d):
    return d["a"] * d["b"]


def none_out(a):
    return None


show("axis beyond", lambda: ops.vmap(mul, 2)(X, Y))
show("negative beyond", lambda: ops.vmap(mul, -3)(X, Y))
show("batch sizes", lambda: ops.vmap(mul)(X, Tensor(np.ones((3, 3), np.float32))))
show("in_axes too long", lambda: ops.vmap(mul, (0, 0, 0))(X, Y))
show("in_axes too short", lambda: ops.vmap(mul, (0,))(X, Y))
show("single None", lambda: ops.vmap(mul, None)(X, Y))
show("all None", lambda: ops.vmap(mul, (None, None))(X, Y))
show("float axis", lambda: ops.vmap(mul, 0.5)(X, Y))
show("bool axis", lambda: ops.vmap(sq, True)(X))
show("tuple axis for tensor", lambda: ops.vmap(sq, ((0, 0),))(X))
show("dict axes", lambda: ops.vmap(dct, ({"a": 0, "b": None},))({"a": X, "b": Y}))
show("dict input", lambda: ops.vmap(dct)({"a": X, "b": Y}), "AbstractDictionary")
show("python scalar batched", lambda: ops.vmap(mul, (0, 0))(X, 2.0), " Tip")
show("0-d batched", lambda: ops.vmap(mul, (0, 0))(X, Tensor(2.0)))
show("out axis beyond", lambda: ops.vmap(mul, 0, 3)(X, Y))
show("out axes size", lambda: ops.vmap(mul, 0, (0, 0))(X, Y))
show("out axes float", lambda: ops.vmap(sq, 0, 0.5)(X))
show("batched out None", lambda: ops.vmap(sq, 0, None)(X))
show("None output", lambda: ops.vmap(none_out)(X))
show("kwargs", lambda: ops.vmap(mul)(X, c=Y))
show("no arguments", lambda: ops.vmap(mul)())
show("not callable", lambda: ops.vmap(3)(X))
''')
    out["bprop_errors"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))
y = Tensor(np.array([4.0, 5.0, 6.0], np.float32))


class TooFew(nn.Cell):
    def construct(self, a, c):
        return a * c

    def bprop(self, a, c, out, dout):
        return (dout,)


class ScalarCount(nn.Cell):
    def construct(self, a, n):
        return a * n

    def bprop(self, a, n, out, dout):
        return (dout * n,)


class Shaped(nn.Cell):
    def __init__(self, shape):
        super().__init__()
        self.shape = shape

    def construct(self, a):
        return a * 2

    def bprop(self, a, out, dout):
        return (Tensor(np.ones(self.shape, np.float32)),)


show("too few", lambda: ops.grad(TooFew(), (0, 1))(x, y))
show("python arg counts", lambda: ops.grad(ScalarCount())(x, 3))
show("shape (2,)", lambda: ops.grad(Shaped((2,)))(x))
show("shape (1,)", lambda: ops.grad(Shaped((1,)))(x))
show("shape ()", lambda: ops.grad(Shaped(()))(x))
show("shape (3, 1)", lambda: ops.grad(Shaped((3, 1)))(x))
''')
    out["hook_errors"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(Tensor(np.array([0.5, -1.0, 2.0], np.float32)), name="w")

    def construct(self, a):
        return a * self.w


class Outer(nn.Cell):
    def __init__(self):
        super().__init__()
        self.inner = Net()

    def construct(self, a):
        return (self.inner(a * 2) * 3).sum()


o = Outer()


def bw_shape(cell, gi, go):
    return (Tensor(np.ones(2, np.float32)),)


def bw_count(cell, gi, go):
    return (gi[0], gi[0])


def bw_dtype(cell, gi, go):
    return (gi[0].astype(ms.float64),)


def pre_shape(cell, go):
    return (Tensor(np.ones(2, np.float32)),)


def pre_count(cell, go):
    return (go[0], go[0])


def pre_dtype(cell, go):
    return (go[0].astype(ms.float64),)


for fn in (bw_shape, bw_count, bw_dtype):
    h = o.inner.register_backward_hook(fn)
    show(fn.__name__, lambda: ops.grad(o)(x))
    h.remove()
for fn in (pre_shape, pre_count, pre_dtype):
    h = o.inner.register_backward_pre_hook(fn)
    show(fn.__name__, lambda: ops.grad(o)(x))
    h.remove()


def hb_shape(g):
    return (Tensor(np.ones(2, np.float32)),)


def hb_count(g):
    return (g[0], g[0])


def hb_dtype(g):
    return (g[0].astype(ms.float64),)


for fn in (hb_shape, hb_count, hb_dtype):
    hb = ops.HookBackward(fn)

    def f(a):
        return (hb(a * a) * 3).sum()

    show(fn.__name__, lambda: ops.grad(f)(x))


def th_tuple(g):
    return (g * 2,)


def f2(a):
    b = a * a
    b.register_hook(th_tuple)
    return (b * 3).sum()


show("tensor hook tuple", lambda: ops.grad(f2)(x))
show("HookBackward not callable", lambda: ops.HookBackward(3))
show("register_hook not callable", lambda: x.register_hook(3))
show("register_backward_hook not callable", lambda: o.register_backward_hook(3))
show("register_forward_hook not callable", lambda: o.register_forward_hook(3))
show("HookBackward kwargs", lambda: ops.HookBackward(th_tuple)(x, y=x))
''')
    out["hook_wrong_shape_type"] = case('''
x = Tensor(np.array([1.0, 2.0, 3.0], np.float32))


def bad(g):
    return Tensor(np.ones(2, np.float32))


def f(a):
    b = a * a
    b.register_hook(bad)
    return (b * 3).sum()


try:
    ops.grad(f)(x)
except ValueError:
    print("ValueError")
''')
    out["grad_position_errors"] = case(common + '''
show("empty", lambda: ops.grad(mul, ())(x, y))
show("beyond", lambda: ops.grad(mul, 3)(x, y))
show("negative", lambda: ops.grad(mul, -1)(x, y))
show("duplicate", lambda: ops.grad(mul, (0, 0))(x, y))
show("float", lambda: ops.grad(mul, 0.5)(x, y))
show("none none", lambda: ops.grad(mul, None, None))
''')
    return out


GROUPS = {
    "ad_gradoperation": gradoperation_cases,
    "ad_vjp_jvp": vjp_jvp_cases,
    "ad_jac_hessian": jac_cases,
    "ad_vmap": vmap_cases,
    "ad_higher_order": higher_order_cases,
    "ad_bprop": bprop_cases,
    "ad_hooks": hooks_cases,
    "ad_errors": error_cases,
}

def all_files():
    files = {}
    for group, gen in GROUPS.items():
        for name, src in gen().items():
            files[os.path.join(CASES, group, name + ".py")] = src
    return files


def write_atomic(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="report differences, write nothing")
    args = ap.parse_args(argv)
    files = all_files()
    changed = []
    for path, text in sorted(files.items()):
        old = None
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                old = f.read()
        if old != text:
            changed.append(path)
            if not args.check:
                write_atomic(path, text)
    for p in changed:
        print(("differs: " if args.check else "wrote: ") + os.path.relpath(p, REPO))
    print(f"{len(files)} generated case files, {len(changed)} "
          f"{'differ' if args.check else 'written'}")
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
