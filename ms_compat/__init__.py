"""ms_compat: MindSpore's programming model on JAX.

``import ms_compat as ms`` stands in for ``import mindspore as ms``; ``python -m ms_compat
script.py`` runs an unchanged MindSpore script. JAX's x64 mode is switched on at import so that
MindSpore's Int64/Float64 are real; every float default stays MindSpore's Float32.
"""
import jax as _jax
import numpy as _np

_jax.config.update("jax_enable_x64", True)
# MindSpore 2.10 runs on numpy 1.x; JAX needs numpy 2. numpy's legacy print mode makes numpy
# scalars print as MindSpore users see them (``1.5``, not ``np.float32(1.5)``).
_np.set_printoptions(legacy="1.25")

from ._src import dtype as _dtype_mod  # noqa: E402
from ._src.dtype import (  # noqa: E402,F401
    Type, bfloat16, float, bool_, cdouble, cfloat, complex64, complex128, double, dtype_to_nptype,
    dtype_to_pytype, float16, float32, float64, float_, half, int8, int16, int32, int64, int_,
    intc, intp, long, pytype_to_dtype, short, single, string, type_none, uint, uint8, uint16,
    uint32, uint64, ushort)
from ._src.tensor import Tensor  # noqa: E402,F401
from ._src import tensor_methods as _tensor_methods  # noqa: E402,F401
from ._src.parameter import Parameter, ParameterTuple  # noqa: E402,F401
from ._src.sparse import COOTensor, CSRTensor, RowTensor  # noqa: E402,F401
from ._src.context import (  # noqa: E402,F401
    GRAPH_MODE, PYNATIVE_MODE, get_context, set_context, set_deterministic, set_device)
from ._src.decorators import jit_class, lazy_inline  # noqa: E402,F401
from ._src.autodiff import grad, value_and_grad  # noqa: E402,F401
from ._src.functional_ad import jvp, vjp  # noqa: E402,F401
from ._src.jacobian import jacfwd, jacrev  # noqa: E402,F401
from ._src.vmap import vmap  # noqa: E402,F401
from ._src.jit import jit, mutable  # noqa: E402,F401
from . import common  # noqa: E402,F401
from . import context  # noqa: E402,F401
from .common import dtype  # noqa: E402,F401
from .common import dtype as mstype  # noqa: E402,F401
from .common.initializer import initializer  # noqa: E402,F401
from .common.seed import get_seed, set_seed  # noqa: E402,F401
from . import ops  # noqa: E402,F401
from . import nn  # noqa: E402,F401
from . import train  # noqa: E402,F401
from .train.serialization import (  # noqa: E402,F401
    load_checkpoint, load_param_into_net, save_checkpoint)
from . import amp  # noqa: E402,F401
from .train import (  # noqa: E402,F401
    MAE, MSE, Accuracy, Callback, CheckpointConfig, DynamicLossScaleManager,
    FixedLossScaleManager, LambdaCallback, Loss, LossMonitor, LossScaleManager, Metric, Model,
    ModelCheckpoint, RunContext, TimeMonitor, build_train_network, get_metric_fn, names,
    rearrange_inputs)
from ._src.api_surface import missing_attr_hook as _missing_attr_hook  # noqa: E402

__version__ = "0.1.0"


def tensor(input_data=None, dtype=None, shape=None, init=None, const_arg=False, device=None):
    """``mindspore.tensor(...)``: the function form of ``Tensor(...)``."""
    return Tensor(input_data, dtype=dtype, shape=shape, init=init, const_arg=const_arg,
                  device=device)


def from_numpy(array):
    """``mindspore.from_numpy``: ``Tensor.from_numpy`` (shares the array's memory)."""
    return Tensor.from_numpy(array)

__getattr__ = _missing_attr_hook("mindspore")
