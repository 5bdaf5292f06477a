"""Live progress line for long ``Model.train`` runs (an ms_compat addition, not MindSpore's).

When stdout is a terminal and a run has lasted more than ``_DELAY_S`` seconds, one status line
``epoch 3/10  step 120/500  loss 0.2345  12.3 step/s`` is redrawn in place (``\\r``) at most
``_HZ`` times a second. The line is erased before callbacks run, so callback output such as
LossMonitor's is printed exactly as in MindSpore, and is never written when stdout is redirected
(logs, pipes, captured test output). ``MS_COMPAT_PROGRESS=0`` turns it off.
"""
from __future__ import annotations

import os
import sys
import time

__all__ = ["Progress"]

_DELAY_S = 2.0
_HZ = 5.0


class Progress:
    """Status line for one ``Model.train`` call."""

    def __init__(self, epochs, steps_per_epoch, stream=None):
        self.stream = stream if stream is not None else sys.stdout
        self.enabled = os.environ.get("MS_COMPAT_PROGRESS", "1") != "0" and \
            bool(getattr(self.stream, "isatty", lambda: False)())
        self.epochs = epochs
        self.steps = steps_per_epoch
        self.start = time.time()
        self.last_draw = 0.0
        self.shown = False
        self.done = 0

    def clear(self):
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()
            self.shown = False

    def update(self, epoch, step, loss):
        self.done += 1
        if not self.enabled:
            return
        now = time.time()
        if now - self.start < _DELAY_S or now - self.last_draw < 1.0 / _HZ:
            return
        self.last_draw = now
        rate = self.done / max(now - self.start, 1e-9)
        loss_text = "" if loss is None else f"  loss {loss:.6g}"
        self.stream.write(f"\r\033[Kepoch {epoch}/{self.epochs}  step {step}/{self.steps}"
                          f"{loss_text}  {rate:.1f} step/s")
        self.stream.flush()
        self.shown = True
