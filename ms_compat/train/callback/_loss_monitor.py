"""``LossMonitor``: prints ``epoch: E step: S, loss is L`` every ``per_print_times`` steps and the
evaluation result at the end of an epoch of ``Model.fit`` (MindSpore 2.10's text, exactly)."""
from __future__ import annotations

import numpy as np

from ... import _checkparam as V
from ._callback import Callback, handle_loss

__all__ = ["LossMonitor"]


class LossMonitor(Callback):
    """Print the training loss; raise ValueError when it becomes nan or inf."""

    def __init__(self, per_print_times=1):
        super().__init__()
        V.non_negative_int(per_print_times)
        self._per_print_times = per_print_times
        self._last_print_time = 0

    def step_end(self, run_context):
        cb_params = run_context.original_args()
        cur_epoch_num = cb_params.get("cur_epoch_num", 1)
        loss = handle_loss(cb_params.net_outputs)
        cur_step_in_epoch = (cb_params.cur_step_num - 1) % cb_params.batch_num + 1
        if isinstance(loss, float) and (np.isnan(loss) or np.isinf(loss)):
            raise ValueError(f"In epoch: {cur_epoch_num} step: {cur_step_in_epoch}, loss is NAN "
                             "or INF, training process cannot continue, terminating training.")
        every = self._per_print_times
        if every != 0 and cb_params.cur_step_num <= self._last_print_time:
            while cb_params.cur_step_num <= self._last_print_time:
                self._last_print_time -= max(
                    every, cb_params.batch_num if cb_params.dataset_sink_mode else 1)
        if every != 0 and (cb_params.cur_step_num - self._last_print_time) >= every:
            self._last_print_time = cb_params.cur_step_num
            print("epoch: %s step: %s, loss is %s" % (cur_epoch_num, cur_step_in_epoch, loss),
                  flush=True)

    def on_train_epoch_end(self, run_context):
        cb_params = run_context.original_args()
        metrics = cb_params.get("metrics")
        if metrics:
            print("Eval result: epoch %d, metrics: %s" % (cb_params.cur_epoch_num, metrics))
