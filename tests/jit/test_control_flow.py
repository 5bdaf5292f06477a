"""Control flow on Tensors inside ms.jit (ms_compat/_src/jit_ast): the source transformation, its
runtime operators, trace counts, gradients and state.

Reference values come from running the same function eagerly (PyNative: plain Python control flow
on concrete Tensors), never typed in. MindSpore's own outputs and error texts are checked by the
conformance cases in tests/conformance/cases/jit_control_*.
"""
import ast
import textwrap

import jax
import numpy as np
import pytest

import ms_compat as ms
from ms_compat import Parameter, Tensor, nn, ops
from ms_compat._src import jit_ast
from ms_compat._src.jit_ast import analysis, compiler, lowering, transformer


def _t(v):
    return Tensor(np.asarray(v, np.float32))


# ----------------------------------------------------------------------------- functions under test
def f_if_elif(x):
    if x.sum() > 0:
        y = x * 2
    elif x.sum() > -3:
        y = x - 1
    else:
        y = -x
    return y


def f_early_return(x):
    if x.sum() > 10:
        return x / 10
    elif x.sum() > 0:
        if x[0] > x[1]:
            return x[0] * x
        x = x * 3
    else:
        return -x
    return x + 1


def f_while(x):
    while x.sum() < 20:
        x = x * 1.5
    return x


def f_while_break_continue(x):
    s = x * 0
    while x.sum() < 30:
        x = x + 1
        if x[0] > 6:
            break
        if x[1] > 4:
            continue
        s = s + x
    return s + x


def f_while_return(x):
    while x.sum() < 10:
        x = x + 1
        if x[0] > 3:
            return x * 100
    return x


def f_for_range(x):
    for i in range(4):
        if x.sum() > 8:
            break
        x = x * 2 + i
    return x


def f_for_tensor(x):
    acc = x[0] * 0
    for row in x:
        if row.sum() < 0:
            continue
        acc = acc + row
    return acc


def f_for_return(x):
    for row in x:
        if row.sum() > 5:
            return row
    return x[0] * 0


def f_nested(x):
    for i in range(2):
        j = x * 0
        while j.sum() < 2:
            j = j + 1
            if (x * j).sum() > 3:
                x = x - 1
            else:
                x = x + i
    return x


def f_bool_ops(x):
    a = x[0] > 0 and x[1] > 0
    b = x[0] > 0 or x[1] > 0
    c = not (x.sum() > 0)
    d = x * 2 if 0 < x[0] < 2 else x - 2
    return a, b, c, d


def _helper(z):
    if z.sum() > 0:
        return z * 3
    return z - 3


def f_calls_helper(x):
    def inner(z):
        if z[0] > 0:
            return z * 2
        return z
    half = lambda z: z / 2 if z[1] > 0 else z
    return _helper(inner(half(x)))


CASES = [f_if_elif, f_early_return, f_while, f_while_break_continue, f_while_return,
         f_for_range, f_for_tensor, f_for_return, f_nested, f_bool_ops, f_calls_helper]
INPUTS = {
    "vector": [[1.0, 2.0], [-1.0, 0.5], [-5.0, 0.5], [20.0, 1.0], [2.0, 1.0], [3.5, 0.25]],
    "matrix": [[[1.0, 2.0], [-3.0, 1.0], [4.0, 4.0]], [[-1.0, -1.0], [0.5, 0.5], [2.0, 0.0]]],
}
INPUTS["growing"] = [[1.0, 2.0], [20.0, 1.0], [0.5, 0.25]]  # while loops that end soon
MATRIX_CASES = {f_for_tensor, f_for_return}
GROWING_CASES = {f_while, f_while_break_continue, f_while_return}


def _inputs(fn):
    if fn in GROWING_CASES:
        return INPUTS["growing"]
    return INPUTS["matrix" if fn in MATRIX_CASES else "vector"]


def _np(out):
    return jax.tree.map(lambda t: np.asarray(t.asnumpy() if isinstance(t, Tensor) else t), out,
                        is_leaf=lambda t: isinstance(t, Tensor))


@pytest.mark.parametrize("fn", CASES, ids=lambda f: f.__name__)
def test_jit_matches_eager_and_traces_once(fn):
    jf = ms.jit(fn)
    for v in _inputs(fn):
        want = _np(fn(_t(v)))
        got = _np(jf(_t(v)))
        jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-6), got, want)
    assert jf.trace_count == 1


@pytest.mark.parametrize("fn", [f_early_return, f_while, f_for_range, f_nested],
                         ids=lambda f: f.__name__)
def test_gradients_match_eager(fn):
    def loss(x):
        return fn(x).sum()

    jit_of_grad = ms.jit(ops.value_and_grad(loss))
    grad_of_jit = ops.value_and_grad(ms.jit(loss))
    for v in _inputs(fn)[:3]:
        want = _np(ops.value_and_grad(loss)(_t(v)))  # a first call runs PyNative: the reference
        for got in (jit_of_grad(_t(v)), grad_of_jit(_t(v))):
            jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-5), _np(got), want)


def test_while_gradient_through_closed_over_weight():
    w = Parameter(_t([1.5, 1.2]), name="w")

    def loss(x):
        while x.sum() < 40:
            x = x * w
        return (x * x).sum()

    jitted = ms.jit(ops.value_and_grad(loss, 0, [w]))
    for v in ([1.0, 2.0], [10.0, 3.0], [50.0, 1.0]):
        eager = ops.value_and_grad(loss, 0, [w])  # first call: PyNative
        jax.tree.map(lambda a, b: np.testing.assert_allclose(a, b, rtol=1e-5),
                     _np(jitted(_t(v))), _np(eager(_t(v))))


# ----------------------------------------------------------------------------- lax forms
def _jaxpr_text(fn, *args):
    conv = jit_ast.convert(fn)

    def run(*arrays):
        out = conv(*[Tensor._wrap(a) for a in arrays])
        return jax.tree.leaves(out)

    return str(jax.make_jaxpr(run)(*[a._array() for a in args]))


@pytest.mark.parametrize("fn,arg,primitive", [
    (f_if_elif, [1.0, 2.0], "cond"),
    (f_while, [1.0, 2.0], "while"),
    (f_for_tensor, np.ones((50, 2)), "scan"),
])
def test_traced_conditions_become_one_lax_primitive(fn, arg, primitive):
    text = _jaxpr_text(fn, _t(arg))
    assert primitive in text
    if primitive == "scan":  # a 50-row loop is one scan, not 50 unrolled bodies
        assert text.count("reduce_sum") < 10


def test_python_conditions_stay_python():
    def f(x, n):
        for _ in range(n):
            if n > 2:
                x = x + 1
        return x

    text = _jaxpr_text(lambda x: f(x, 3), _t([1.0]))
    assert "cond" not in text and "while" not in text and "scan" not in text


# ----------------------------------------------------------------------------- state
class _Counter(nn.Cell):
    def __init__(self):
        super().__init__()
        self.hits = Parameter(Tensor(0.0), name="hits")
        self.total = Parameter(Tensor(0.0), name="total")

    def construct(self, x):
        if x.sum() > 0:
            self.hits = self.hits + 1
        k = Tensor(0)
        while k < 3:
            self.total += x.sum()
            k = k + 1
        for row in x:
            ops.assign_add(self.total, row)
        return self.hits * 10 + self.total


def test_parameter_writes_in_branches_and_loops_match_eager():
    eager, graph = _Counter(), _Counter()
    ms.set_context(mode=ms.GRAPH_MODE)
    try:
        for v in ([1.0, 2.0, -0.5], [-3.0, 1.0, 0.5], [2.0, 2.0, 2.0]):
            got = graph(_t(v))
            ms.set_context(mode=ms.PYNATIVE_MODE)
            want = eager(_t(v))
            ms.set_context(mode=ms.GRAPH_MODE)
            np.testing.assert_allclose(got.asnumpy(), want.asnumpy(), rtol=1e-6)
        np.testing.assert_allclose(graph.hits.asnumpy(), eager.hits.asnumpy())
        np.testing.assert_allclose(graph.total.asnumpy(), eager.total.asnumpy(), rtol=1e-6)
        assert graph._jit_cache.trace_count == 1
    finally:
        ms.set_context(mode=ms.PYNATIVE_MODE)


# ----------------------------------------------------------------------------- guards
def f_shapes_differ(x):
    if x.sum() > 2:
        y = x
    else:
        y = x[0]
    return y


def test_branch_specialisation_retraces_only_for_new_decisions():
    jf = ms.jit(f_shapes_differ)
    seq = [[1.0, 2.0], [1.0, 0.0], [5.0, 0.0], [0.5, 0.5], [3.0, 3.0]]
    for v in seq:
        np.testing.assert_array_equal(jf(_t(v)).asnumpy(), f_shapes_differ(_t(v)).asnumpy())
    # one trace that finds the guard site, then one per decision (each compiled once)
    assert jf.trace_count == 3


def test_source_unavailable_runs_unconverted_with_guards():
    ns = {}
    exec(textwrap.dedent("""
        def f(x):
            if x.sum() > 0:
                return x * 2
            return x - 1
    """), ns)
    f = ns["f"]
    assert jit_ast.convert(f) is f
    jf = ms.jit(f)
    for v in ([1.0, 2.0], [-3.0, 1.0], [4.0, 4.0]):
        np.testing.assert_array_equal(jf(_t(v)).asnumpy(), f(_t(v)).asnumpy())
    assert jf.trace_count == 3  # the guard-finding trace, then one per decision


def test_unjoinable_branch_inside_a_loop_raises_a_clear_error():
    def f(x):
        while x.sum() < 10:
            if x[0] > 1:
                x = x * 2
            else:
                x = x[0:1] * 2
        return x

    with pytest.raises(TypeError, match="loop body or a branch"):
        ms.jit(f)(_t([2.0, 3.0]))


# ----------------------------------------------------------------------------- scalars
def test_python_numbers_made_dynamic_come_back_as_python_numbers():
    def count(x):
        i = 0
        while x < 10:
            x = x * 2
            i = i + 1
        return i, i / 3, i > 2

    jf = ms.jit(count)
    for v in (1.0, 3.0, 20.0):
        got = jf(Tensor(v))
        assert [type(g) for g in got] == [int, float, bool]
        want = count(Tensor(v))  # eager: plain Python ints
        assert got[0] == want[0] and got[2] == want[2]
        assert got[1] == pytest.approx(want[1], rel=1e-6)
    assert jf.trace_count == 1


# ----------------------------------------------------------------------------- conversion
def _make_adders(n):
    out = []
    for k in range(n):
        def add(x, k=k):
            if x.sum() > k:
                return x + k
            return x
        out.append(add)
    return out


def test_conversion_is_cached_per_function_and_parsed_once_per_code(monkeypatch):
    calls = []
    real = compiler._parse
    monkeypatch.setattr(compiler, "_parse", lambda fn: calls.append(fn) or real(fn))
    adders = _make_adders(3)
    convs = [jit_ast.convert(a) for a in adders]
    assert [jit_ast.convert(a) for a in adders] == convs
    assert len(calls) <= 1  # the three closures share one code object
    assert all(jit_ast.is_converted(c) for c in convs)
    for k, a in enumerate(adders):
        np.testing.assert_array_equal(ms.jit(a)(_t([5.0])).asnumpy(), [5.0 + k])


def test_closure_cells_stay_live():
    scale = 2.0

    def f(x):
        if x.sum() > 0:
            return x * scale
        return x

    conv = jit_ast.convert(f)
    assert float(conv(_t([1.0])).asnumpy()[0]) == 2.0
    scale = 5.0  # noqa: F841 - rebinding the closed-over variable is seen
    assert float(conv(_t([1.0])).asnumpy()[0]) == 5.0


class _Base(nn.Cell):
    def construct(self, x):
        return x + 1


class _Private(_Base):
    def __init__(self):
        super().__init__()
        self.__gain = 3.0

    def construct(self, x):
        if x.sum() > 0:
            x = x * self.__gain
        return super().construct(x)


def test_methods_keep_private_names_and_super():
    net = _Private()
    ms.set_context(mode=ms.GRAPH_MODE)
    try:
        got = [net(_t(v)).asnumpy() for v in ([1.0], [-1.0])]
    finally:
        ms.set_context(mode=ms.PYNATIVE_MODE)
    want = [net(_t(v)).asnumpy() for v in ([1.0], [-1.0])]
    np.testing.assert_array_equal(got, want)


def test_library_functions_are_not_converted():
    assert jit_ast.convert(ops.relu) is ops.relu
    assert jit_ast.convert(np.sum) is np.sum


# ----------------------------------------------------------------------------- transformation
def _py_cases():
    def jumps(n):
        out = []
        for i in range(n):
            if i == 1:
                continue
            j = 0
            while True:
                j += 1
                if j > i:
                    break
                if i * j == 6:
                    return out, "six"
            out.append((i, j))
        else_value = len(out) if out and out[-1][0] > 2 else -1
        return out, else_value

    def early(n):
        if n < 0:
            return "neg"
        for k in range(n):
            if k * k > n:
                return k
        return None

    def bools(a, b):
        return (a and b, a or b, not a, 0 < a < b, a if b > 2 else b)

    return [(jumps, [(n,) for n in range(6)]), (early, [(n,) for n in (-1, 0, 3, 10)]),
            (bools, [(a, b) for a in (0, 1, 2) for b in (0, 3)])]


@pytest.mark.parametrize("fn,arglist", _py_cases(), ids=lambda v: getattr(v, "__name__", ""))
def test_converted_code_keeps_python_semantics_on_python_values(fn, arglist):
    conv = jit_ast.convert(fn)
    assert conv is not fn
    for args in arglist:
        assert conv(*args) == fn(*args)


def test_assigned_and_loaded_names():
    tree = ast.parse(textwrap.dedent("""
        a, (b, *c) = 1, (2, 3)
        d[0] = 1
        e += 1
        for f in g:
            h = [i for i in f]
        def k(m):
            n = m
        with o as p:
            pass
    """))
    assert analysis.assigned_names(tree.body) == ["a", "b", "c", "d", "e", "f", "h", "k", "p"]
    assert {"g", "f", "o", "m"} <= analysis.loaded_names(tree.body)


def test_lowering_removes_jumps_from_compound_statements():
    fdef = ast.parse(textwrap.dedent("""
        def f(x):
            for i in x:
                if i:
                    break
                if i > 2:
                    continue
                if i < 0:
                    return i
            return 0
    """)).body[0]
    lowering.lower_function(fdef)
    kinds = {type(n) for n in ast.walk(fdef)}
    assert ast.Break not in kinds and ast.Continue not in kinds
    assert sum(isinstance(n, ast.Return) for n in ast.walk(fdef)) == 1


@pytest.mark.parametrize("src,message", [
    ("def f(x):\n    try:\n        pass\n    except Exception:\n        pass\n",
     "Unsupported statement 'Try'."),
    ("def f(x):\n    del x\n", "Unsupported statement 'Delete'."),
    ("def f(x):\n    yield x\n", "Unsupported expression 'Yield'."),
    ("def f(x):\n    for i in x:\n        pass\n    else:\n        pass\n",
     "The 'for...else...' statement is not supported now."),
])
def test_rejected_syntax(src, message):
    with pytest.raises(RuntimeError, match=message.replace(".", r"\.").replace("(", r"\(")):
        transformer.check_syntax(ast.parse(src))
