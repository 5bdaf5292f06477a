"""``mindspore.train.Model``: the high-level train / eval / predict loop.

MindSpore 2.10 semantics:
  * ``Model(network, loss_fn=None, optimizer=None, metrics=None, eval_network=None,
    eval_indexes=None, amp_level='O0', boost_level='O0', **kwargs)`` builds the train network
    with ``amp.build_train_network`` (a TrainOneStepCell around ``WithLossCell(network,
    loss_fn)``; ``kwargs`` may give ``loss_scale_manager`` / ``keep_batchnorm_fp32``), the eval
    network ``WithEvalCell(network, loss_fn)`` when ``metrics`` are given, and predicts with
    ``network``;
  * ``train(epoch, dataset, callbacks=None, dataset_sink_mode=False, sink_size=-1,
    initial_epoch=0)`` iterates ``dataset.create_tuple_iterator(num_epochs=epoch)`` (any
    object with that and ``get_dataset_size()``, e.g. a ``mindspore.dataset`` pipeline); with a
    ``loss_fn`` each row must have two columns (ValueError otherwise); the callbacks see
    MindSpore's ``cb_params`` (``cur_epoch_num``, ``cur_step_num``, ``batch_num``,
    ``net_outputs`` ...); ``run_context.request_stop()`` ends training;
  * ``eval(dataset)`` returns ``{metric name: value}``; ``predict(*data)`` runs ``network`` in
    inference mode; ``fit`` trains and evaluates every ``valid_frequency`` epochs.

Differences: dataset sink mode runs the same per-step loop (as MindSpore does on CPU), so
callbacks see every step; when stdout is a terminal, a live progress line is shown during long
runs (``callback/_progress.py``); ``build`` (Ascend-only graph pre-compilation) raises as on CPU.
"""
from __future__ import annotations

import copy
from collections.abc import Iterable

import numpy as np

from .. import _checkparam as V
from .._src.cell import Cell
from .._src.tensor import Tensor
from .amp import build_train_network
from .callback import RunContext
from .callback._callback import CallbackManager, InternalCallbackParam, handle_loss
from .callback._progress import Progress
from .metrics import Loss, get_metric_fn, get_metrics

__all__ = ["Model"]

_KWARGS = ["loss_scale_manager", "keep_batchnorm_fp32", "boost_config_dict", "acc_level"]


def _as_tuple(inputs):
    return (inputs,) if isinstance(inputs, Tensor) else inputs


class _EpochIterator:
    """One iterator over ``num_epochs`` epochs of a dataset, looped once per epoch."""

    def __init__(self, dataset, num_epochs):
        self.iterator = dataset.create_tuple_iterator(num_epochs=num_epochs, do_copy=True)

    def __iter__(self):
        return iter(self.iterator)


class Model:
    """High-level training API (see module docstring)."""

    def __init__(self, network, loss_fn=None, optimizer=None, metrics=None, eval_network=None,
                 eval_indexes=None, amp_level="O0", boost_level="O0", **kwargs):
        self._network = network
        self._loss_fn = loss_fn
        self._optimizer = optimizer
        self._loss_scale_manager = None
        self._loss_scale_manager_set = False
        self._keep_bn_fp32 = None
        for arg in kwargs:
            if arg not in _KWARGS:
                raise ValueError("The argument in 'kwargs' should be 'loss_scale_manager' or "
                                 "'keep_batchnorm_fp32' or 'boost_config_dict' or 'acc_level', "
                                 f"but got '{arg}'.")
        self._amp_level = amp_level
        self._boost_level = boost_level
        self._eval_network = eval_network
        if "keep_batchnorm_fp32" in kwargs:
            self._keep_bn_fp32 = kwargs["keep_batchnorm_fp32"]
        if "loss_scale_manager" in kwargs:
            self._loss_scale_manager = kwargs["loss_scale_manager"]
            self._loss_scale_manager_set = True
        self._parallel_mode = "stand_alone"
        self._device_number = 1
        self._metrics = metrics
        if optimizer is None and amp_level != "O0":
            raise ValueError("Auto mixed precision will not work because 'optimizer' is None."
                             "Please set amp_level='O0' to disable auto mixed precision or set "
                             "'optimizer' not be None to use auto mixed precision.")
        if boost_level not in ("O0", None) or "boost_config_dict" in kwargs or \
                "acc_level" in kwargs:
            raise NotImplementedError("mindspore.boost (Model boost_level / boost_config_dict) "
                                      "is not supported by ms_compat yet")
        self._train_network = self._build_train_network()
        self._build_eval_network(metrics, eval_network, eval_indexes)
        self._predict_network = self._network
        self._current_epoch_num = 0
        self._current_step_num = 0
        self.epoch_iter = 0
        self._backbone_is_train = True
        self.batch_num = -1

    # ------------------------------------------------------------------ networks
    def _build_train_network(self):
        network = self._network
        V.value_type("network", network, Cell)
        if self._loss_scale_manager is not None and self._optimizer is None:
            raise ValueError("The argument 'optimizer' can not be None when set "
                             "'loss_scale_manager'.")
        if self._optimizer:
            amp_config = {}
            if self._loss_scale_manager_set:
                amp_config["loss_scale_manager"] = self._loss_scale_manager
            if self._keep_bn_fp32 is not None:
                amp_config["keep_batchnorm_fp32"] = self._keep_bn_fp32
            return build_train_network(network, self._optimizer, self._loss_fn,
                                       level=self._amp_level, boost_level=self._boost_level,
                                       **amp_config)
        if self._loss_fn:
            from ..nn.wrap.cell_wrapper import WithLossCell
            return WithLossCell(network, self._loss_fn)
        return network

    def _build_eval_network(self, metrics, eval_network, eval_indexes):
        self._metric_fns = get_metrics(metrics)
        if not self._metric_fns:
            return
        if eval_network is not None:
            if eval_indexes is not None and not (isinstance(eval_indexes, list) and
                                                 len(eval_indexes) == 3):
                raise ValueError("The argument 'eval_indexes' must be a list or None. If "
                                 "'eval_indexes' is a list, length of it must be three. But got "
                                 f"'eval_indexes' {eval_indexes}")
            self._eval_network = eval_network
            self._eval_indexes = eval_indexes
            return
        if self._loss_fn is None:
            raise ValueError("If `metrics` is set, `eval_network` must not be None. Do not set "
                             "`metrics` if you don't want an evaluation.\nIf evaluation is "
                             "required, you need to specify `eval_network`, which will be used "
                             "in the framework to evaluate the model.\nFor the simple scenarios "
                             "with one data, one label and one logits, `eval_network` is "
                             "optional, and then you can set `eval_network` or `loss_fn`. For "
                             "the latter case, framework will automatically build an evaluation "
                             "network with `network` and `loss_fn`.")
        from ..nn.wrap.cell_wrapper import WithEvalCell
        self._eval_network = WithEvalCell(self._network, self._loss_fn,
                                          self._amp_level in ["O2", "O3", "auto"])
        self._eval_indexes = [0, 1, 2]

    @property
    def train_network(self):
        return self._train_network

    @property
    def predict_network(self):
        return self._predict_network

    @property
    def eval_network(self):
        return self._eval_network

    # ------------------------------------------------------------------ metrics
    def _clear_metrics(self):
        for metric in self._metric_fns.values():
            metric.clear()

    def _update_metrics(self, outputs):
        if isinstance(outputs, Tensor):
            outputs = (outputs,)
        if not isinstance(outputs, tuple):
            raise ValueError(f"The argument 'outputs' should be tuple, but got {type(outputs)}.")
        if self._eval_indexes is not None and len(outputs) < 3:
            raise ValueError(f"The length of 'outputs' must be >= 3, but got {len(outputs)}")
        for metric in self._metric_fns.values():
            if self._eval_indexes is None:
                metric.update(*outputs)
            elif isinstance(metric, Loss):
                metric.update(outputs[self._eval_indexes[0]])
            else:
                metric.update(outputs[self._eval_indexes[1]], outputs[self._eval_indexes[2]])

    def _get_metrics(self):
        return {key: value.eval() for key, value in self._metric_fns.items()}

    # ------------------------------------------------------------------ helpers
    def _check_reuse_dataset(self, dataset):
        if not hasattr(dataset, "__model_hash__"):
            dataset.__model_hash__ = hash(self)
        if dataset.__model_hash__ != hash(self):
            raise RuntimeError("The dataset object had been used in other model by "
                               "model.train(...), please create a new dataset.")

    def _check_network_mode(self, network, is_train):
        if self._backbone_is_train != is_train:
            network.set_train(is_train)
            self._backbone_is_train = is_train
        if not is_train:
            network.set_grad(False)
        return network

    def _prepare(self, is_train, dataset, epoch_num=1):
        network = self._train_network if is_train else self._eval_network
        iterator = _EpochIterator(dataset, epoch_num)
        network.set_train(is_train)
        self._backbone_is_train = is_train
        return iterator, network

    @staticmethod
    def _transform_callbacks(callbacks):
        if callbacks is None:
            return []
        if isinstance(callbacks, Iterable):
            return list(callbacks)
        return [callbacks]

    @staticmethod
    def _reset(dataset):
        reset = getattr(dataset, "reset", None)
        if callable(reset):
            reset()

    # ------------------------------------------------------------------ train
    def train(self, epoch, train_dataset, callbacks=None, dataset_sink_mode=False, sink_size=-1,
              initial_epoch=0):
        """Train for ``epoch`` epochs (see module docstring)."""
        V.check_bool(dataset_sink_mode)
        self._check_train_args(epoch, train_dataset, sink_size, initial_epoch, "train")
        self._train(epoch, train_dataset, callbacks, initial_epoch,
                    sink_steps=self._sink_steps(train_dataset, dataset_sink_mode, sink_size))

    def fit(self, epoch, train_dataset, valid_dataset=None, valid_frequency=1, callbacks=None,
            dataset_sink_mode=False, valid_dataset_sink_mode=False, sink_size=-1,
            initial_epoch=0):
        """Train, evaluating ``valid_dataset`` every ``valid_frequency`` epochs (an int) or at
        the listed epochs; the results reach callbacks as ``cb_params.metrics``."""
        V.check_bool(dataset_sink_mode)
        V.check_bool(valid_dataset_sink_mode)
        self._check_train_args(epoch, train_dataset, sink_size, initial_epoch, "fit")
        if not isinstance(valid_frequency, (int, list)):
            raise TypeError("For 'Model.fit', the type of 'valid_frequency' must be a list or an "
                            f"integer, but got type {type(valid_frequency)}.")
        if valid_dataset and not self._metric_fns:
            raise ValueError("For 'Model.fit', if valid_dataset is not None, the model argument "
                             "'metrics' can not beNone or empty, you should set the argument "
                             "'metrics' for model.")
        self._train(epoch, train_dataset, callbacks, initial_epoch,
                    valid=(valid_dataset, valid_frequency),
                    sink_steps=self._sink_steps(train_dataset, dataset_sink_mode, sink_size))

    @staticmethod
    def _sink_steps(dataset, dataset_sink_mode, sink_size):
        """``cb_params.batch_num`` in sink mode: ``sink_size`` (the dataset size for -1). On
        CPU MindSpore keeps that number but runs the per-step loop over the whole dataset, as
        ms_compat always does."""
        if not dataset_sink_mode:
            return None
        return dataset.get_dataset_size() if sink_size == -1 else sink_size

    def _check_train_args(self, epoch, dataset, sink_size, initial_epoch, where):
        V.is_int(sink_size)
        V.positive_int(epoch)
        V.non_negative_int(initial_epoch)
        if initial_epoch >= epoch:
            raise ValueError(f"For 'Model.{where}', the parameter 'epoch' must bigger than "
                             f"parameter 'initial_epoch', but got the parameter 'epoch' is "
                             f"{epoch}, 'initial_epoch' is {initial_epoch}.")
        if dataset.get_dataset_size() == 0:
            raise ValueError("There is no valid data in dataset, please check dataset file "
                             "firstly.")
        if sink_size < -1 or sink_size == 0:
            raise ValueError(f"For 'Model.{where}', The argument 'sink_size' must be -1 or "
                             f"positive, but got {sink_size}.")

    def _train(self, epoch, train_dataset, callbacks, initial_epoch, valid=(None, 1),
               sink_steps=None):
        cb_params = InternalCallbackParam()
        cb_params.cur_step_num = 0
        cb_params.train_network = self._train_network
        cb_params.epoch_num = epoch - initial_epoch
        cb_params.batch_num = sink_steps or train_dataset.get_dataset_size()
        self.batch_num = cb_params.batch_num
        cb_params.mode = "train"
        cb_params.loss_fn = self._loss_fn
        cb_params.optimizer = self._optimizer
        cb_params.parallel_mode = self._parallel_mode
        cb_params.device_number = self._device_number
        cb_params.train_dataset = train_dataset
        cb_params.list_callback = self._transform_callbacks(callbacks)
        cb_params.train_dataset_element = None
        cb_params.network = self._network
        cb_params.last_save_ckpt_step = None
        cb_params.latest_ckpt_file = None
        cb_params.loss_scale_mananger = self._loss_scale_manager
        cb_params.initial_step = None
        with CallbackManager(cb_params.list_callback) as list_callback:
            self._check_reuse_dataset(train_dataset)
            self._train_process(epoch, train_dataset, list_callback, cb_params, initial_epoch,
                                valid)

    def _train_process(self, epoch, train_dataset, list_callback, cb_params, initial_epoch,
                       valid):
        iterator, _ = self._prepare(True, train_dataset, epoch)
        cb_params.dataset_sink_mode = False
        run_context = RunContext(cb_params)
        progress = Progress(epoch, cb_params.batch_num)
        list_callback.on_train_begin(run_context)
        for i in range(initial_epoch, epoch):
            cb_params.cur_epoch_num = i + 1
            self._current_epoch_num = cb_params.cur_epoch_num
            self._current_step_num = 0
            list_callback.on_train_epoch_begin(run_context)
            for element in iterator:
                n = len(element)
                element = _as_tuple(element)
                if self._loss_fn and n != 2:
                    progress.clear()
                    raise ValueError("When 'loss_fn' is not None, 'train_dataset' should return "
                                     f"two elements, but got {n}, please check the number of "
                                     "elements returned by 'train_dataset'")
                cb_params.cur_step_num += 1
                self._current_step_num = int((cb_params.cur_step_num - 1) %
                                             cb_params.batch_num + 1)
                cb_params.train_dataset_element = element
                progress.clear()
                list_callback.on_train_step_begin(run_context)
                self._check_network_mode(self._train_network, True)
                outputs = self._train_network(*element)
                cb_params.net_outputs = outputs
                manager = self._loss_scale_manager
                if manager and manager.get_drop_overflow_update():
                    manager.update_loss_scale(np.all(outputs[1].asnumpy()))
                list_callback.on_train_step_end(run_context)
                progress.update(cb_params.cur_epoch_num, self._current_step_num,
                                _progress_loss(outputs) if progress.enabled else None)
                if run_context.get_stop_requested():
                    break
            progress.clear()
            self._eval_during_train(valid, cb_params, list_callback)
            self._reset(train_dataset)
            list_callback.on_train_epoch_end(run_context)
            cb_params.pop("metrics", None)
            cb_params.pop("eval_results", None)
            if run_context.get_stop_requested():
                break
        progress.clear()
        list_callback.on_train_end(run_context)

    def _eval_during_train(self, valid, cb_params, list_callback):
        valid_dataset, frequency = valid
        if not valid_dataset:
            return
        epoch = cb_params.cur_epoch_num
        due = epoch % frequency == 0 if isinstance(frequency, int) else epoch in frequency
        if not due:
            return
        saved = (cb_params.cur_step_num, cb_params.batch_num, cb_params.dataset_sink_mode,
                 cb_params.net_outputs)
        builtin = ("LossMonitor", "ModelCheckpoint", "CheckpointConfig", "LambdaCallback",
                   "RunContext", "Callback")
        callbacks = [cb for cb in list_callback._callbacks
                     if type(cb).__name__ not in builtin]
        cb_params.eval_network = self._eval_network
        cb_params.valid_dataset = valid_dataset
        cb_params.batch_num = valid_dataset.get_dataset_size()
        cb_params.mode = "eval"
        cb_params.cur_step_num = 0
        self._clear_metrics()
        with CallbackManager(callbacks) as eval_callbacks:
            self._eval_process(valid_dataset, eval_callbacks, cb_params, add_eval_loss=True)
        cb_params.mode = "train"
        (cb_params.cur_step_num, cb_params.batch_num, cb_params.dataset_sink_mode,
         cb_params.net_outputs) = saved

    # ------------------------------------------------------------------ eval
    def eval(self, valid_dataset, callbacks=None, dataset_sink_mode=False):
        """Evaluate the metrics on ``valid_dataset``; returns ``{name: value}``."""
        V.check_bool(dataset_sink_mode)
        if not self._metric_fns:
            raise ValueError("For Model.eval, the model argument 'metrics' can not be None or "
                             "empty, you should set the argument 'metrics' for model.")
        cb_params = InternalCallbackParam()
        cb_params.eval_network = self._eval_network
        cb_params.valid_dataset = valid_dataset
        cb_params.batch_num = valid_dataset.get_dataset_size()
        cb_params.mode = "eval"
        cb_params.cur_step_num = 0
        cb_params.list_callback = self._transform_callbacks(callbacks)
        cb_params.network = self._network
        self._clear_metrics()
        with CallbackManager(callbacks) as list_callback:
            return self._eval_process(valid_dataset, list_callback, cb_params)

    def _eval_process(self, valid_dataset, list_callback, cb_params, add_eval_loss=False):
        run_context = RunContext(cb_params)
        cb_params.dataset_sink_mode = False
        list_callback.on_eval_begin(run_context)
        iterator, _ = self._prepare(False, valid_dataset)
        list_callback.on_eval_epoch_begin(run_context)
        eval_loss = get_metric_fn("loss") if add_eval_loss else None
        for element in iterator:
            cb_params.cur_step_num += 1
            element = _as_tuple(element)
            cb_params.eval_dataset_element = element
            list_callback.on_eval_step_begin(run_context)
            self._check_network_mode(self._eval_network, False)
            outputs = self._eval_network(*element)
            cb_params.net_outputs = outputs
            list_callback.on_eval_step_end(run_context)
            self._update_metrics(outputs)
            if eval_loss is not None:
                eval_loss.update(outputs[self._eval_indexes[0]])
            if run_context.get_stop_requested():
                break
        list_callback.on_eval_epoch_end(run_context)
        self._reset(valid_dataset)
        metrics = self._get_metrics()
        cb_params.metrics = metrics
        if eval_loss is not None:
            cb_params.eval_results = copy.deepcopy(metrics)
            cb_params.eval_results.update({"eval_loss": eval_loss.eval()})
        list_callback.on_eval_end(run_context)
        return metrics

    # ------------------------------------------------------------------ predict
    def predict(self, *predict_data, backend=None, config=None):
        """``network(*predict_data)`` in inference mode."""
        if backend not in ("lite", None):
            raise ValueError(f"For Model.predict, `backend` should be 'lite' or None, but got "
                             f"{backend}")
        self._check_network_mode(self._predict_network, False)
        for item in predict_data:
            if item is None:
                continue
            if isinstance(item, Tensor):
                if item.size == 0:
                    raise ValueError("The input data can not be empty.")
                continue
            if not isinstance(item, (int, float, str)):
                kinds = "Tensor, None, int, float, str"
                raise TypeError(f"The types of input data must be in the Union({kinds}, "
                                f"tuple[{kinds}], list[{kinds}], dict[{kinds}]), but got type "
                                f"{type(item).__name__}.")
        return self._predict_network(*predict_data)

    def build(self, train_dataset=None, valid_dataset=None, sink_size=-1, epoch=1,
              sink_mode=True):
        """Graph pre-compilation: Ascend only in MindSpore; raises as it does elsewhere."""
        V.positive_int(epoch)
        raise RuntimeError("Pre-init process only supports Ascend target currently.")


def _progress_loss(outputs):
    loss = handle_loss(outputs)
    if isinstance(loss, Tensor):
        loss = float(np.mean(loss.asnumpy()))
    return loss if isinstance(loss, float) else None
