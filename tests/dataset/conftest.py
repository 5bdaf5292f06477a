"""Fixtures for the dataset tests: the tiny data files and the ms_compat environment."""
import pytest

import data_files
import golden_io


@pytest.fixture(scope="session")
def data_dirs(tmp_path_factory):
    dirs = data_files.write_all(str(tmp_path_factory.mktemp("dataset_files")))
    dirs["goldens"] = golden_io.GOLDEN_DIR
    return dirs


@pytest.fixture(scope="session")
def env(data_dirs):
    import ms_compat
    import ms_compat.dataset as ds
    import ms_compat.dataset.transforms as transforms
    import ms_compat.dataset.vision as vision
    return golden_io.Env(ms_compat, ds, vision, transforms, data_dirs)
