"""``mindspore.train.metrics``: Metric, Accuracy, Loss, MAE, MSE and the name factory.

``names()`` lists every metric name MindSpore 2.10 knows; ``get_metric_fn`` builds the ones
ms_compat implements and raises NotImplementedError naming the others.
"""
from .accuracy import Accuracy
from .error import MAE, MSE
from .loss import Loss
from .metric import Metric, rearrange_inputs

__all__ = ["names", "get_metric_fn", "get_metrics", "Accuracy", "MAE", "MSE", "Metric",
           "rearrange_inputs", "Loss"]

_FACTORY = {"accuracy": Accuracy, "acc": Accuracy, "mae": MAE, "mse": MSE, "loss": Loss}
# Names MindSpore accepts that ms_compat does not implement yet.
_UNSUPPORTED = {"precision": "Precision", "recall": "Recall", "F1": "F1", "dice": "Dice",
                "roc": "ROC", "auc": "auc", "bleu_score": "BleuScore",
                "cosine_similarity": "CosineSimilarity",
                "occlusion_sensitivity": "OcclusionSensitivity",
                "topk": "TopKCategoricalAccuracy", "hausdorff_distance": "HausdorffDistance",
                "top_1_accuracy": "Top1CategoricalAccuracy",
                "top_5_accuracy": "Top5CategoricalAccuracy",
                "mean_surface_distance": "MeanSurfaceDistance",
                "root_mean_square_distance": "RootMeanSquareDistance",
                "perplexity": "Perplexity", "confusion_matrix": "ConfusionMatrix",
                "confusion_matrix_metric": "ConfusionMatrixMetric"}


def names():
    """Sorted names accepted by ``get_metric_fn`` (MindSpore's list)."""
    return sorted(set(_FACTORY) | set(_UNSUPPORTED))


def get_metric_fn(name, *args, **kwargs):
    if name in _FACTORY:
        return _FACTORY[name](*args, **kwargs)
    if name in _UNSUPPORTED:
        raise NotImplementedError(f"mindspore.train.metrics.{_UNSUPPORTED[name]} (metric "
                                  f"'{name}') is not supported by ms_compat yet")
    raise KeyError(f"For 'get_metric_fn', unsupported metric {name}, please refer to official "
                   "website for more details about supported metrics.")


def get_metrics(metrics):
    """``None``, a ``{name: Metric}`` dict (checked) or a set of names (built)."""
    if metrics is None:
        return metrics
    if isinstance(metrics, dict):
        for name, metric in metrics.items():
            if not isinstance(name, str) or not isinstance(metric, Metric):
                raise TypeError("For 'get_metrics', if 'metrics' is dict, the key in 'metrics' "
                                "must be string and value in 'metrics' must be Metric, but got "
                                f"key:{type(name)}, value:{type(metric)}.")
        return metrics
    if isinstance(metrics, set):
        return {name: get_metric_fn(name) for name in metrics}
    raise TypeError("For 'get_metrics', the argument 'metrics' must be None, dict or set, but "
                    f"got {metrics}")
