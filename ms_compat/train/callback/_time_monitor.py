"""``TimeMonitor``: prints ``Train epoch time: T ms, per step time: S ms`` after each epoch
(MindSpore 2.10's text; ``data_time=True`` adds the time spent waiting for data)."""
from __future__ import annotations

import time

from ... import _checkparam as V
from ._callback import Callback

__all__ = ["TimeMonitor"]


class TimeMonitor(Callback):
    """Epoch and per-step wall time."""

    def __init__(self, data_size=None, data_time=False):
        super().__init__()
        self.data_size = data_size
        self.epoch_time = time.time()
        self.data_time = data_time
        self.data_time_sum = 0.0
        self.data_time_start = 0.0
        V.check_bool(data_time, "data_time")

    @staticmethod
    def _sink(run_context):
        return run_context.original_args()["dataset_sink_mode"]

    def on_train_step_begin(self, run_context):
        if self.data_time and not self._sink(run_context):
            self.data_time_sum += time.time() - self.data_time_start

    def on_train_step_end(self, run_context):
        if self.data_time and not self._sink(run_context):
            self.data_time_start = time.time()

    def epoch_begin(self, run_context):
        self.epoch_time = time.time()
        if self.data_time and not self._sink(run_context):
            self.data_time_sum = 0.0
            self.data_time_start = time.time()

    def epoch_end(self, run_context):
        epoch_ms = (time.time() - self.epoch_time) * 1000
        cb_params = run_context.original_args()
        mode = cb_params.get("mode", "")
        step_size = self.data_size
        batch_num = cb_params.get("batch_num")
        if isinstance(batch_num, int) and batch_num > 0:
            step_size = batch_num
        V.positive_int(step_size)
        log = "{} epoch time: {:5.3f} ms, per step time: {:5.3f} ms".format(
            mode.title(), epoch_ms, epoch_ms / step_size)
        if self.data_time and not self._sink(run_context):
            log += " (data time: {:5.3f} ms)".format(self.data_time_sum * 1000 / step_size)
        print(log, flush=True)
