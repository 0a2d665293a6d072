"""The champion's pipeline read in one pass: River's arithmetic, without River's calls between steps.

The logistic regression (``risk._logreg``) reads the features' bands, the standardised features
clipped to ±5, and the "who" pairs. River runs that as a pipeline of six steps (a union of a
pipeline and a function, inside a pipeline), with a call and a dict per step, and its ``learn_one``
standardises every snapshot twice (once inside the union's learning, thrown away, and once for
the regression). These functions compute the same dict, key for key and float for float, in one
loop: the score of every step, the reasons of every alert and the learning from every outcome run
on them (a fifth of a long replay's time went to the pipeline). The state stays River's own, so
checkpoints do not change; a pipeline of any other shape goes through River as before.

>>> from online_models.risk import _logreg
>>> river_model, ours = _logreg().learner, _logreg().learner
>>> snapshots = [({"age": 30.0 + i, "late_payment_share": i / 10, "pays_by_pix": 1.0, "rule_logit": 0.3 * i},
...               i % 3 == 0) for i in range(10)]
>>> for x, y in snapshots:
...     river_model.learn_one(x, y)
...     learn(ours, x, y)
>>> x = {"age": 41.0, "late_payment_share": 0.5, "pays_by_pix": 1.0, "rule_logit": 0.4}
>>> design(ours, x) == river_model._transform_one(x)[0]  # the same floats, to the last bit
True
>>> proba(ours, x) == river_model.predict_proba_one(x)[True]
True
"""

from __future__ import annotations

from river import compose, linear_model, preprocessing

from online_models.features import bands, who_crosses
from online_models.nb import proba_one


def clip_scaled(x: dict[str, float]) -> dict[str, float]:
    """Standardised features clipped to ±5: a feature that was constant until now must not swamp the rest."""
    return {name: 5.0 if value > 5.0 else -5.0 if value < -5.0 else value for name, value in x.items()}


def parts(pipeline) -> tuple[preprocessing.StandardScaler, linear_model.LogisticRegression] | None:
    """The scaler and the regression of a pipeline built as ``risk._logreg`` builds it; None for any other."""
    if not isinstance(pipeline, compose.Pipeline) or len(pipeline.steps) != 3:
        return None
    first, union, last = pipeline.steps.values()
    if not (_is_func(first, bands) and isinstance(union, compose.TransformerUnion)
            and isinstance(last, linear_model.LogisticRegression)):  # fmt: skip
        return None
    members = list(union.transformers.values())
    if len(members) != 2 or not _is_func(members[1], who_crosses) or not isinstance(members[0], compose.Pipeline):
        return None
    inner = list(members[0].steps.values())
    if len(inner) != 2 or not _is_func(inner[1], clip_scaled):
        return None
    scaler = inner[0]
    if type(scaler) is not preprocessing.StandardScaler or not scaler.with_std or scaler.window_size is not None:
        return None
    return scaler, last


def _is_func(step, func) -> bool:
    return isinstance(step, compose.FuncTransformer) and step.func is func


def _design(scaler: preprocessing.StandardScaler, banded: dict[str, float]) -> dict[str, float]:
    """What the regression reads from banded features: the pairs, then each feature standardised and clipped.

    The union puts its last member's keys first; ``StandardScaler.transform_one``'s arithmetic, with
    its defaultdicts read the same way (a feature never seen reads as 0 and is added to them, as River does).
    """
    out = who_crosses(banded)
    means, variances = scaler.means, scaler.vars
    for name, value in banded.items():
        variance = variances[name]
        z = (value - means[name]) / variance**0.5 if variance else 0.0
        out[name] = 5.0 if z > 5.0 else -5.0 if z < -5.0 else z
    return out


def design(pipeline, x: dict[str, float]) -> dict[str, float]:
    """The dict the pipeline's regression reads for ``x`` (``pipeline._transform_one(x)[0]``)."""
    found = parts(pipeline)
    if found is None:
        return pipeline._transform_one(x)[0]
    return _design(found[0], bands(x))


def proba(pipeline, x: dict[str, float]) -> float:
    """The probability of True: ``pipeline.predict_proba_one(x)[True]``."""
    found = parts(pipeline)
    if found is None:
        return float(proba_one(pipeline, x).get(True, 0.0))
    scaler, regression = found
    return regression.predict_proba_one(_design(scaler, bands(x)))[True]


def learn(pipeline, x: dict[str, float], y: bool) -> None:
    """``pipeline.learn_one(x, y)``: the scaler learns the banded features, then the regression what it reads."""
    found = parts(pipeline)
    if found is None:
        pipeline.learn_one(x, y)
        return
    scaler, regression = found
    banded = bands(x)
    scaler.learn_one(banded)
    regression.learn_one(_design(scaler, banded), y)
