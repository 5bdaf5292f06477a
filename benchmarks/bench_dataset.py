"""Throughput of the MNIST quick-start input pipeline, in batches per second.

    .venv/bin/python benchmarks/bench_dataset.py [--rows 12800] [--repeats 3] [--grain]

Pipeline (MindSpore's quick-start, on MNIST-format files written to a temp dir):
``MnistDataset -> map([Rescale(1/255, 0), Normalize((0.1307,), (0.3081,)), HWC2CHW()], "image")
-> map(TypeCast(int32), "label") -> batch(64, drop_remainder=True)``, iterated the way a
training loop does. Variants:

* ``numpy`` / ``Tensor``: ``output_numpy=True`` or ms_compat Tensors (what ``Model.train`` gets);
* ``fused``: ``batch`` runs the batchable maps once per batch (ms_compat's default);
* ``row-by-row``: an identity Python function in the map disables fusion, so every transform
  runs per row (on ``--workers`` threads) -- the cost of a map holding user Python code;
* ``--grain``: the same per-row numpy work in grain (``MapDataset.source().map().batch()
  .to_iter_dataset(ReadOptions(num_threads))``), the engine the issue asked to evaluate.

Then the consumer (skip with ``--no-mlp``): the quick-start MLP (784-512-512-10, CrossEntropyLoss,
SGD) as ``Model.train`` builds it, timed two ways:

* ``MLP train step``: ``model.train_network(x, y)`` on one in-memory batch -- the step rate with
  no input pipeline at all;
* ``Model.train over the pipeline``: one ``Model.train`` epoch over the fused Tensor pipeline
  above, end to end.

The pipeline keeps the step fed when its batches/s is higher than the step's steps/s (it also
runs on a background thread, overlapping with the step), and then ``Model.train`` over the
pipeline runs at about the step rate.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "tests", "dataset"))

import data_files  # noqa: E402
import ms_compat as ms  # noqa: E402
import ms_compat.dataset as ds  # noqa: E402
import ms_compat.dataset.transforms as T  # noqa: E402
import ms_compat.dataset.vision as V  # noqa: E402

BATCH = 64


def pipeline(mnist_dir, workers, fused):
    d = ds.MnistDataset(mnist_dir, usage="train")
    ops = [V.Rescale(1.0 / 255.0, 0), V.Normalize(mean=(0.1307,), std=(0.3081,)), V.HWC2CHW()]
    if not fused:
        ops.append(lambda x: x)
    d = d.map(ops, input_columns="image", num_parallel_workers=workers)
    d = d.map(T.TypeCast(ms.int32), input_columns="label", num_parallel_workers=workers)
    return d.batch(BATCH, drop_remainder=True)


def time_ms_compat(mnist_dir, workers, fused, output_numpy):
    it = pipeline(mnist_dir, workers, fused).create_tuple_iterator(output_numpy=output_numpy,
                                                                   num_epochs=1)
    start = time.perf_counter()
    n = sum(1 for _ in it)
    return n / (time.perf_counter() - start)


def time_grain(mnist_dir, threads):
    import grain

    images = np.fromfile(os.path.join(mnist_dir, "train-images-idx3-ubyte"), np.uint8,
                         offset=16).reshape(-1, 28, 28, 1)
    labels = np.fromfile(os.path.join(mnist_dir, "train-labels-idx1-ubyte"), np.uint8, offset=8)
    ops = [V.Rescale(1.0 / 255.0, 0), V.Normalize(mean=(0.1307,), std=(0.3081,)), V.HWC2CHW()]
    cast = T.TypeCast(ms.int32)

    class Source:
        def __len__(self):
            return len(labels)

        def __getitem__(self, i):
            return images[i], np.array(labels[i], np.uint32)

    def transform(row):
        image, label = row
        for op in ops:
            image = op(image)
        return image, cast(label)

    d = (grain.MapDataset.source(Source()).map(transform).batch(BATCH, drop_remainder=True)
         .to_iter_dataset(grain.ReadOptions(num_threads=threads, prefetch_buffer_size=16)))
    start = time.perf_counter()
    n = sum(1 for _ in d)
    return n / (time.perf_counter() - start)


def mlp_model():
    from ms_compat import nn
    from ms_compat.train import Model

    class Network(nn.Cell):
        def __init__(self):
            super().__init__()
            self.flatten = nn.Flatten()
            self.dense_relu_sequential = nn.SequentialCell(
                nn.Dense(28 * 28, 512), nn.ReLU(), nn.Dense(512, 512), nn.ReLU(),
                nn.Dense(512, 10))

        def construct(self, x):
            return self.dense_relu_sequential(self.flatten(x))

    ms.set_seed(1)
    net = Network()
    return Model(net, nn.CrossEntropyLoss(), nn.SGD(net.trainable_params(), learning_rate=1e-2))


def time_mlp_step(steps):
    """steps/s of Model's train network on one in-memory batch (no input pipeline)."""
    model = mlp_model()
    step = model.train_network
    rng = np.random.default_rng(0)
    x = ms.Tensor(rng.standard_normal((BATCH, 1, 28, 28)).astype(np.float32))
    y = ms.Tensor(rng.integers(0, 10, BATCH).astype(np.int32))
    for _ in range(3):  # compile and warm up
        step(x, y).asnumpy()
    start = time.perf_counter()
    for _ in range(steps):
        loss = step(x, y)
    loss.asnumpy()
    return steps / (time.perf_counter() - start)


def time_model_train(mnist_dir, workers):
    """steps/s of one Model.train epoch over the fused Tensor pipeline, end to end."""
    model = mlp_model()
    data = pipeline(mnist_dir, workers, True)
    model.train(1, pipeline(mnist_dir, workers, True).take(3))  # compile and warm up
    start = time.perf_counter()
    model.train(1, data)
    for p in model.train_network.trainable_params()[:1]:
        p.asnumpy()
    return data.get_dataset_size() / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=12800)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--grain", action="store_true", help="also time grain")
    parser.add_argument("--no-mlp", action="store_true", help="skip the MLP step timings")
    parser.add_argument("--steps", type=int, default=100, help="MLP steps per timing")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        mnist = data_files.write_mnist(tmp, n_train=args.rows, n_test=None)
        runs = [("fused, numpy", lambda: time_ms_compat(mnist, args.workers, True, True)),
                ("fused, Tensor", lambda: time_ms_compat(mnist, args.workers, True, False)),
                (f"row-by-row x{args.workers} threads, numpy",
                 lambda: time_ms_compat(mnist, args.workers, False, True)),
                ("row-by-row x1, numpy", lambda: time_ms_compat(mnist, 1, False, True))]
        if args.grain:
            runs += [("grain, 0 threads", lambda: time_grain(mnist, 0)),
                     (f"grain, {args.workers} threads", lambda: time_grain(mnist, args.workers))]
        print(f"MNIST-like pipeline, batch {BATCH}, {args.rows // BATCH} batches per epoch, "
              f"{os.cpu_count()} CPUs, median of {args.repeats}:")
        for name, fn in runs:
            rates = [fn() for _ in range(args.repeats)]
            print(f"  {name:<36s} {statistics.median(rates):8.0f} batches/s")
        if not args.no_mlp:
            print("quick-start MLP 784-512-512-10 (Model's train network, SGD), batch "
                  f"{BATCH}, median of {args.repeats}:")
            mlp = [("MLP train step, in-memory batch", lambda: time_mlp_step(args.steps)),
                   ("Model.train over the pipeline", lambda: time_model_train(mnist,
                                                                              args.workers))]
            for name, fn in mlp:
                rates = [fn() for _ in range(args.repeats)]
                print(f"  {name:<36s} {statistics.median(rates):8.0f} steps/s")


if __name__ == "__main__":
    main()
