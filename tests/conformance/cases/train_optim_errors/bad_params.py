# Optimizers given bad parameter lists: non-Parameters, duplicates, empty/None/non-iterable,
# bad group dicts.

import re
import numpy as np
from mindspore import nn, Tensor, Parameter

w = Parameter(Tensor(np.ones(2, np.float32)), name="w")
b = Parameter(Tensor(np.ones(2, np.float32)), name="b")
w_again = Parameter(Tensor(np.ones(2, np.float32)), name="w")


def attempt(label, build):
    try:
        opt = build()
        print(label, "OK", [p.name for p in opt.parameters])
    except Exception as e:
        first = (str(e).splitlines() or [""])[0]
        # class paths differ between implementations: keep the class name only
        print(label, "ERR", type(e).__name__, re.sub(r"<class '[\w.]*?(\w+)'>", r"<\1>", first))


attempt("tensor_in_list", lambda: nn.SGD([w, Tensor(np.ones(2, np.float32))], 0.1))
attempt("numpy_in_list", lambda: nn.Adam([w, np.ones(2, np.float32)]))
attempt("same_parameter_twice", lambda: nn.SGD([w, w], 0.1))
attempt("same_parameter_twice_adam", lambda: nn.Adam([w, b, w]))
attempt("same_name", lambda: nn.Momentum([w, w_again], 0.1, 0.9))
attempt("empty", lambda: nn.SGD([], 0.1))
attempt("none", lambda: nn.Adam(None))
attempt("single_parameter", lambda: nn.SGD(w, 0.1))
attempt("not_iterable", lambda: nn.SGD(3, 0.1))
attempt("generator", lambda: nn.SGD((p for p in [w, b]), 0.1))
attempt("mixed_dict_param", lambda: nn.SGD([{"params": [w]}, b], 0.1))
attempt("group_twice", lambda: nn.SGD([{"params": [w]}, {"params": [w]}], 0.1))
attempt("group_same_name", lambda: nn.SGD([{"params": [w]}, {"params": [w_again]}], 0.1))
attempt("group_bad_key", lambda: nn.SGD([{"params": [w], "foo": 1}], 0.1))
attempt("group_tensor", lambda: nn.SGD([{"params": [w, Tensor(np.ones(2, np.float32))]}], 0.1))
attempt("group_empty", lambda: nn.SGD([{"params": []}], 0.1))
attempt("group_gc_not_bool", lambda: nn.SGD([{"params": [w], "grad_centralization": 1}], 0.1))
attempt("order_params_extra_key", lambda: nn.SGD([{"params": [w]},
                                                  {"order_params": [w], "lr": 0.1}], 0.1))
attempt("order_params_length", lambda: nn.SGD([{"params": [w, b]}, {"order_params": [w]}], 0.1))
attempt("order_params_ok", lambda: nn.SGD([{"params": [w]}, {"params": [b], "lr": 0.2},
                                           {"order_params": [b, w]}], 0.1))
attempt("group_lr_lengths", lambda: nn.SGD([{"params": [w], "lr": [0.1, 0.2]},
                                            {"params": [b], "lr": [0.1, 0.2, 0.3]}], 0.1))
attempt("sgd_dynamic_weight_decay", lambda: nn.SGD([w], 0.1,
                                                   weight_decay=nn.WarmUpLR(0.1, 2)))
