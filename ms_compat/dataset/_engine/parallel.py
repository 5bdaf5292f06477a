"""Threads for the pipeline: an order-keeping parallel map and a prefetching producer.

Why threads and not ``grain`` (0.2.18, installs fine on Python 3.11) or processes -- measured on
this project's 2-CPU machine with ``benchmarks/bench_dataset.py --grain`` (MNIST quick-start
pipeline, batches of 64): grain spends ~18 us per element in its own machinery sequentially
and ~90 us with its thread prefetch, against ~10 us of numpy work per MNIST row, so it ran at
150-180 batches/s where this engine runs 400 (row by row) to 1400 (fused batch) batches/s.
Its multiprocess prefetch needs a picklable pipeline (user generators are not), raised absl's
UnparsedFlagAccessError unless flags are parsed, and then reported leaked shared-memory
segments after an early stop. A thread pool keeps MindSpore's row order exactly, costs little
per chunk of rows, runs kernels that release the GIL (numpy on large arrays, Pillow decoding)
in parallel, and cannot leave worker processes behind.

Both helpers stop their threads when the consumer stops early (``close()`` / garbage
collection) or when a worker raises: no thread outlives the iterator that owns it.
"""
import collections
import itertools
import queue
import threading
from concurrent.futures import ThreadPoolExecutor


def _close(gen):
    close = getattr(gen, "close", None)
    if close is not None:
        close()


def _apply_block(fn, block):
    out = []
    for item in block:
        try:
            out.append(fn(item))
        except BaseException as e:  # noqa: BLE001 - handed to the consumer in order
            return out, e
    return out, None


def ordered_map(fn, source, workers, chunk=16):
    """``map(fn, source)`` on ``workers`` threads, in order; rows before a failing one are kept."""
    it = iter(source)
    if workers <= 1:
        try:
            for item in it:
                yield fn(item)
        finally:
            _close(it)
        return
    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ms_compat.dataset.map")
    pending = collections.deque()
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < 2 * workers:
                block = list(itertools.islice(it, chunk))
                if not block:
                    exhausted = True
                    break
                pending.append(pool.submit(_apply_block, fn, block))
            if not pending:
                return
            out, err = pending.popleft().result()
            yield from out
            if err is not None:
                raise err
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        _close(it)


_DONE = object()


class Prefetcher:
    """Runs a generator on a daemon thread, ``size`` items ahead of the consumer.

    ``get()`` returns the next item, raises StopIteration at the end, or re-raises the
    producer's exception after the items produced before it. ``close()`` stops the thread (the
    generator is closed on its own thread) and waits for it.
    """

    def __init__(self, gen, size, convert=None):
        self._q = queue.Queue(maxsize=max(1, size))
        self._stop = threading.Event()
        self._finished = False
        self._thread = threading.Thread(target=self._produce, args=(gen, convert), daemon=True,
                                        name="ms_compat.dataset.prefetch")
        self._thread.start()

    def _put(self, item):
        while not self._stop.is_set():
            try:
                self._q.put(item, timeout=0.05)
                return True
            except queue.Full:
                continue
        return False

    def _produce(self, gen, convert):
        try:
            for item in gen:
                if convert is not None:
                    item = convert(item)
                if not self._put((True, item)):
                    return
            self._put((True, _DONE))
        except BaseException as e:  # noqa: BLE001 - re-raised by get()
            self._put((False, e))
        finally:
            _close(gen)

    def get(self):
        if self._finished:
            raise StopIteration
        ok, item = self._q.get()
        if ok and item is not _DONE:
            return item
        self._finished = True
        self._thread.join()
        if ok:
            raise StopIteration
        raise item

    def close(self):
        self._stop.set()
        try:
            while True:
                self._q.get_nowait()
        except queue.Empty:
            pass
        if self._thread is not threading.current_thread():
            # A producer stuck inside user code cannot be interrupted; it is a daemon thread
            # and exits as soon as that code returns.
            self._thread.join(timeout=10)
        self._finished = True
