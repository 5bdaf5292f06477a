"""dataset.transforms and dataset.vision: dtypes and exact numbers, called eagerly and in map."""

import numpy as np

from golden_io import registry

CASES, case = registry()


def _img(h=6, w=8, c=3, seed=0, dtype=np.uint8):
    rng = np.random.default_rng(seed)
    shape = (h, w) if c is None else (h, w, c)
    if np.dtype(dtype).kind == "f":
        return (rng.standard_normal(shape) * 50).astype(dtype)
    return rng.integers(0, 256, shape).astype(dtype)


# ---- Rescale ---------------------------------------------------------------------------------
@case()
def rescale_inputs(env):
    v = env.vision
    return [v.Rescale(1.0 / 255.0, 0.0)(_img()),
            v.Rescale(1 / 127.5, -1.0)(_img(seed=1)),
            v.Rescale(0.37, 0.11)(_img(seed=2, dtype=np.float32)),
            v.Rescale(0.5, 3)(_img(seed=3, dtype=np.int32)),
            v.Rescale(0.1, 0)(_img(seed=4, dtype=np.float64)),
            v.Rescale(0.3, 0.2)(_img(c=None, seed=5)),
            v.Rescale(2.5, -1)(np.arange(7, dtype=np.uint16)),
            v.Rescale(1.0 / 3, 0.7)(_img(h=16, w=16, seed=6, dtype=np.float16))]


# ---- Normalize -------------------------------------------------------------------------------
@case()
def normalize_inputs(env):
    v = env.vision
    mean, std = [121.0, 115.0, 100.0], [70.0, 68.0, 71.0]
    f = _img(seed=7, dtype=np.float32) / 50
    return [v.Normalize(mean, std)(_img()),
            v.Normalize([0.1307], [0.3081])(f[..., :1]),
            v.Normalize(mean, std, is_hwc=False)(_img(seed=8).transpose(2, 0, 1)),
            v.Normalize([0.5], [0.25])(_img(c=None, seed=9)),
            v.Normalize([0.5], [0.25])(f.astype(np.float64)),
            v.Normalize([3.0], [2.0])(_img(seed=10, c=1, dtype=np.int8)),
            v.Normalize([0.485, 0.456, 0.406], [0.229, 0.224, 0.225])(f)]


@case()
def normalize_one_mean_for_three_channels(env):
    return env.vision.Normalize([10.0], [3.0])(_img(seed=11))


# ---- HWC2CHW / ToTensor / TypeCast / OneHot --------------------------------------------------
@case()
def hwc2chw_inputs(env):
    v = env.vision
    return [v.HWC2CHW()(_img()), v.HWC2CHW()(_img(seed=1, dtype=np.float64)),
            v.HWC2CHW()(_img(c=None, seed=2)), v.HWC2CHW()(_img(c=1, seed=3))]


@case()
def to_tensor_inputs(env):
    v = env.vision
    return [v.ToTensor()(_img()), v.ToTensor()(_img(c=None, seed=1)),
            v.ToTensor(np.float64)(_img(seed=2)), v.ToTensor()(_img(seed=3, dtype=np.float32))]


@case()
def typecast_values(env):
    t, ms = env.transforms, env.ms
    x = np.array([-1.7, 2.5, 0.49, 300.9, -129.0, 65537.0])
    return [t.TypeCast(ms.int32)(x), t.TypeCast(ms.uint8)(x), t.TypeCast(ms.int8)(x),
            t.TypeCast(ms.float16)(np.array([1e5, 0.1, -3.0])), t.TypeCast(ms.bool_)(np.array([0, 2.0])),
            t.TypeCast(np.float32)(np.array([1, 2], np.int64)), t.TypeCast(ms.int64)(np.array(3, np.uint8)),
            t.TypeCast(ms.uint8)(np.array([-1, 256, 300]))]


@case()
def onehot_values(env):
    t = env.transforms
    return [t.OneHot(5)(np.array(3)), t.OneHot(5)(np.array(3, np.uint8)),
            t.OneHot(4)(np.array([1, 2], np.int32)), t.OneHot(5, 0.1)(np.array(3)),
            t.OneHot(5, 0.2)(np.array(2, np.int32)), t.OneHot(3)(np.array([[0, 2]], np.uint32))]


@case()
def compose_eager(env):
    v, t, ms = env.vision, env.transforms, env.ms
    op = t.Compose([v.Rescale(1 / 255, 0), v.HWC2CHW(), t.TypeCast(ms.float16)])
    return op(_img())


# ---- Resize ----------------------------------------------------------------------------------
@case()
def resize_linear_uint8(env):
    v = env.vision
    img = _img(h=13, w=17, seed=12)
    return [v.Resize((7, 9))(img), v.Resize((20, 30))(img), v.Resize((13, 34))(img),
            v.Resize((26, 5))(img), v.Resize((1, 1))(img), v.Resize((6, 8))(img[:12, :16])]


@case()
def resize_linear_int_size_keeps_aspect(env):
    v = env.vision
    return [v.Resize(9)(_img(h=13, w=17, seed=13)), v.Resize(9)(_img(h=17, w=13, seed=14)),
            v.Resize(10)(_img(h=30, w=20, seed=15)), v.Resize(7)(_img(h=7, w=30, seed=15))]


@case()
def resize_linear_gray_and_float(env):
    v = env.vision
    return [v.Resize((9, 11))(_img(h=13, w=17, c=None, seed=16)),
            v.Resize((9, 11))(_img(h=13, w=17, c=1, seed=17)),
            v.Resize((9, 11))(_img(h=13, w=17, seed=18, dtype=np.float32)),
            v.Resize((28, 28))(_img(h=13, w=17, seed=19, dtype=np.float32) / 7)]


@case()
def resize_mnist_like(env):
    v = env.vision
    img = _img(h=28, w=28, c=1, seed=20)
    return [v.Resize((32, 32))(img), v.Resize((14, 14))(img), v.Resize((20, 20))(img)]


@case()
def resize_nearest(env):
    v = env.vision
    img = _img(h=13, w=17, seed=21)
    return [v.Resize((7, 9), v.Inter.NEAREST)(img), v.Resize((29, 31), v.Inter.NEAREST)(img),
            v.Resize((9, 11), v.Inter.NEAREST)(_img(h=13, w=17, seed=22, dtype=np.float32))]


@case()
def resize_bicubic(env):
    v = env.vision
    img = _img(h=13, w=17, seed=23)
    return [v.Resize((7, 9), v.Inter.BICUBIC)(img), v.Resize((29, 31), v.Inter.BICUBIC)(img),
            v.Resize((9, 11), v.Inter.BICUBIC)(_img(h=13, w=17, seed=24, dtype=np.float32))]


@case()
def resize_area(env):
    v = env.vision
    img = _img(h=12, w=18, seed=25)
    return [v.Resize((6, 9), v.Inter.AREA)(img), v.Resize((5, 7), v.Inter.AREA)(img),
            v.Resize((24, 20), v.Inter.AREA)(img)]


# ---- random transforms (seeded, one worker) --------------------------------------------------
@case()
def random_crop_eager_seed_1(env):
    env.ds.config.set_seed(1)
    op = env.vision.RandomCrop(4)
    img = _img(h=9, w=11, seed=26)
    return [op(img) for _ in range(4)]


@case()
def random_crop_padding_seed_2(env):
    env.ds.config.set_seed(2)
    v = env.vision
    img = _img(h=6, w=6, seed=27)
    return [v.RandomCrop((6, 7), padding=2)(img), v.RandomCrop(5, padding=(1, 2, 3, 4),
                                                                fill_value=(9, 8, 7))(img),
            v.RandomCrop(8, pad_if_needed=True)(img),
            v.RandomCrop(6, padding=3, padding_mode=v.Border.EDGE)(img),
            v.RandomCrop(6, padding=3, padding_mode=v.Border.REFLECT)(img),
            v.RandomCrop(6, padding=3, padding_mode=v.Border.SYMMETRIC)(img)]


@case()
def random_horizontal_flip_eager_seed_3(env):
    env.ds.config.set_seed(3)
    op = env.vision.RandomHorizontalFlip()
    img = np.arange(6, dtype=np.uint8).reshape(1, 6, 1)
    return np.stack([op(img)[0, :, 0] for _ in range(24)])


@case()
def random_horizontal_flip_prob_seed_4(env):
    env.ds.config.set_seed(4)
    op = env.vision.RandomHorizontalFlip(0.3)
    img = np.arange(4, dtype=np.float32).reshape(1, 4)
    return np.stack([op(img)[0] for _ in range(24)])


@case()
def random_ops_in_map_seed_6(env):
    env.ds.config.set_seed(6)
    v = env.vision
    d = env.ds.Cifar10Dataset(env.cifar_dir, usage="test", shuffle=False, num_samples=6)
    d = d.map([v.RandomCrop(24), v.RandomHorizontalFlip()], input_columns="image",
              num_parallel_workers=1)
    return d


@case()
def random_crop_flip_three_epochs_two_workers_seed_8(env):
    env.ds.config.set_seed(8)
    v = env.vision
    d = env.ds.NumpySlicesDataset({"image": np.arange(3 * 4 * 4, dtype=np.uint8).reshape(3, 4, 4, 1)},
                                  shuffle=False)
    d = d.map([v.RandomCrop(2), v.RandomHorizontalFlip()], input_columns="image",
              num_parallel_workers=2)
    it = d.create_tuple_iterator(num_epochs=3, output_numpy=True)
    return [[r[0] for r in it] for _ in range(3)]


@case()
def random_crop_one_worker_seed_8(env):
    env.ds.config.set_seed(8)
    v = env.vision
    d = env.ds.NumpySlicesDataset({"image": np.arange(6 * 4 * 4, dtype=np.uint8).reshape(6, 4, 4, 1)},
                                  shuffle=False)
    return d.map([v.RandomCrop(2), v.RandomCrop(1)], input_columns="image", num_parallel_workers=1)


# ---- Decode ----------------------------------------------------------------------------------
@case()
def decode_png(env):
    d = env.ds.ImageFolderDataset(env.folder_dir, shuffle=False)
    raw = [r[0] for r in d.create_tuple_iterator(output_numpy=True)][:2]
    return [env.vision.Decode()(x) for x in raw]


@case()
def decode_jpeg(env):
    import os
    path = os.path.join(env.golden_dir, "decode_input.jpg")
    raw = np.fromfile(path, dtype=np.uint8)
    return env.vision.Decode()(raw)


@case()
def image_folder_decode_resize_pipeline(env):
    v = env.vision
    d = env.ds.ImageFolderDataset(env.folder_dir, shuffle=False)
    d = d.map([v.Decode(), v.Resize((8, 6)), v.ToTensor()], input_columns="image")
    return d.batch(3)


# ---- whole pipelines -------------------------------------------------------------------------
@case()
def mnist_quickstart_pipeline(env):
    v, t, ms = env.vision, env.transforms, env.ms
    d = env.ds.MnistDataset(env.mnist_dir, usage="train", shuffle=False)
    d = d.map([v.Rescale(1.0 / 255.0, 0), v.Normalize(mean=(0.1307,), std=(0.3081,)),
               v.HWC2CHW()], input_columns="image")
    d = d.map(t.TypeCast(ms.int32), input_columns="label")
    d = d.batch(5)
    return [d.get_dataset_size(), d.get_col_names(), d]


@case()
def mnist_resize_onehot_pipeline(env):
    v, t, ms = env.vision, env.transforms, env.ms
    d = env.ds.MnistDataset(env.mnist_dir, usage="test", shuffle=False)
    d = d.map([v.Resize((32, 32)), v.Rescale(1.0 / 255.0, 0), v.HWC2CHW()], "image")
    d = d.map([t.OneHot(10), t.TypeCast(ms.float32)], "label")
    return d.batch(2, drop_remainder=True)


@case()
def cifar_train_pipeline_seed_12(env):
    v, t, ms = env.vision, env.transforms, env.ms
    env.ds.config.set_seed(12)
    d = env.ds.Cifar10Dataset(env.cifar_dir, usage="train", num_samples=8)
    d = d.map([v.RandomCrop((32, 32), (4, 4, 4, 4)), v.RandomHorizontalFlip(),
               v.Rescale(1.0 / 255.0, 0.0),
               v.Normalize([0.4914, 0.4822, 0.4465], [0.2023, 0.1994, 0.2010]), v.HWC2CHW()],
              input_columns="image", num_parallel_workers=2)
    d = d.map(t.TypeCast(ms.int32), input_columns="label")
    return d.batch(4)
