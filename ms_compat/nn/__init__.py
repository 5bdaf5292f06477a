"""``mindspore.nn``: Cell, layers, losses (optimizers and wrappers follow MindSpore's layout)."""
from .._src.cell import Cell  # noqa: F401
from .layer import *  # noqa: F401,F403
from .loss import *  # noqa: F401,F403
from .._src.api_surface import missing_attr_hook as _missing_attr_hook

__getattr__ = _missing_attr_hook("mindspore.nn")
from .learning_rate_schedule import *  # noqa: F401,F403,E402
from .dynamic_lr import *  # noqa: F401,F403,E402
from .optim import *  # noqa: F401,F403,E402
from .wrap import *  # noqa: F401,F403,E402
from .metrics import *  # noqa: F401,F403,E402
# --- ops_extra block (nn/layer/_extra.py: ClipByNorm, extra activations and padding layers) ---
from .layer._extra import *  # noqa: F401,F403,E402
# --- end ops_extra block ---
# --- extra2 block (nn/layer/_extra2.py: PixelShuffle, adaptive pools, Dropout2d, ...) ---
from .layer._extra2 import *  # noqa: F401,F403,E402
# --- end extra2 block ---
