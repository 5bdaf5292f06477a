"""``mindspore.nn.optim``: optimizers (MindSpore's file layout: optimizer.py, sgd.py, ...)."""
from .optimizer import Optimizer
from .momentum import Momentum
from .adam import Adam, AdamWeightDecay
from .lamb import Lamb
from .sgd import SGD
from .rmsprop import RMSProp
from .ada_grad import Adagrad

__all__ = ["Optimizer", "Momentum", "Adam", "AdamWeightDecay", "Lamb", "SGD", "RMSProp",
           "Adagrad"]
from .adadelta import Adadelta  # noqa: E402
from .adamax import AdaMax  # noqa: E402

__all__ += ["Adadelta", "AdaMax"]
from .rprop import Rprop  # noqa: E402
from .asgd import ASGD  # noqa: E402

__all__ += ["Rprop", "ASGD"]
from .proximal_ada_grad import ProximalAdagrad  # noqa: E402
from .ftrl import FTRL  # noqa: E402

__all__ += ["ProximalAdagrad", "FTRL"]
from .lazyadam import LazyAdam  # noqa: E402

__all__ += ["LazyAdam"]
