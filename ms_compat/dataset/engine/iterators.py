"""``create_tuple_iterator`` / ``create_dict_iterator`` and iteration over a dataset.

As in MindSpore 2.10:

* creating an iterator builds the pipeline (seeds are read now);
* the iterator is its own ``__iter__``: each ``for`` loop over it runs one epoch, and it may be
  looped ``num_epochs`` times (-1: without limit); one more raises RuntimeError;
* rows are lists (tuple iterator) or dicts (dict iterator) of ``Tensor`` -- string and bytes
  columns stay numpy arrays, which is what MindSpore returns for them -- or of numpy arrays
  with ``output_numpy=True``;
* a background thread runs the pipeline ``config.get_prefetch_size()`` rows ahead, so data
  preparation overlaps with the training step (JAX releases the GIL while XLA computes). The
  thread ends with the epoch, on ``stop()``, or when the iterator is garbage-collected.
"""
import weakref

from .. import config
from .._engine import errors
from .._engine.parallel import Prefetcher


def _to_tensor(a):
    if a.dtype.kind in "USO":
        return a
    from ...common.tensor import Tensor
    return Tensor(a)


def _stop(state):
    pre = state.get("prefetcher")
    if pre is not None:
        state["prefetcher"] = None
        pre.close()


class _Iterator:
    def __init__(self, dataset, columns, num_epochs, output_numpy, as_dict):
        if not isinstance(num_epochs, int) or isinstance(num_epochs, bool):
            raise TypeError(f"Argument num_epochs with value {num_epochs} is not of type "
                            f"[<class 'int'>], but got {type(num_epochs)}.")
        if num_epochs != -1 and num_epochs < 1:
            raise ValueError(f"num_epochs should be either -1 or positive integer, but got "
                             f"{num_epochs}.")
        if columns is not None:
            dataset = dataset.project(columns)
        self.dataset = dataset
        self._names = dataset.get_col_names()
        self._runtime = dataset._build()
        self._num_epochs = num_epochs
        self._epochs_done = 0
        self._output_numpy = output_numpy
        self._as_dict = as_dict
        self._state = {"prefetcher": None}
        self._finalizer = weakref.finalize(self, _stop, self._state)

    def _converter(self):
        # Must not reference ``self``: the producer thread holds it, and the iterator has to
        # stay collectable so that dropping it stops the thread.
        names, output_numpy, as_dict = self._names, self._output_numpy, self._as_dict

        def convert(row):
            if not output_numpy:
                row = [_to_tensor(a) for a in row]
            return dict(zip(names, row)) if as_dict else row
        return convert

    def __iter__(self):
        return self

    def __next__(self):
        pre = self._state["prefetcher"]
        if pre is None:
            if self._num_epochs != -1 and self._epochs_done >= self._num_epochs:
                raise errors.pipeline_error("EOF buffer encountered. User tries to fetch data "
                                            "beyond the specified number of epochs.")
            pre = Prefetcher(self._runtime.run(), config.get_prefetch_size(), self._converter())
            self._state["prefetcher"] = pre
        try:
            return pre.get()
        except StopIteration:
            self._state["prefetcher"] = None
            self._epochs_done += 1
            raise
        except BaseException:
            _stop(self._state)
            self._epochs_done = self._num_epochs if self._num_epochs != -1 else self._epochs_done
            raise

    def get_col_names(self):
        return list(self._names)

    def stop(self):
        """Stop the background work of this iterator (MindSpore's ``stop``)."""
        _stop(self._state)

    def __del__(self):
        state = getattr(self, "_state", None)
        if state is not None and _stop is not None:  # None at interpreter teardown
            _stop(state)


class TupleIterator(_Iterator):
    def __init__(self, dataset, columns=None, num_epochs=-1, output_numpy=False):
        super().__init__(dataset, columns, num_epochs, output_numpy, as_dict=False)


class DictIterator(_Iterator):
    def __init__(self, dataset, num_epochs=-1, output_numpy=False):
        super().__init__(dataset, None, num_epochs, output_numpy, as_dict=True)
