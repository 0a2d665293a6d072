"""Naive Bayes probabilities without scipy on the hot path.

River's naive Bayes models normalise their log-likelihoods with ``scipy.special.logsumexp``, which
costs ~150 µs on two classes: more than the rest of a risk score. :func:`proba_one` does the same
sum in pure Python (max-shifted, as scipy does) and leaves every other model to River.

>>> from river import naive_bayes
>>> model = naive_bayes.GaussianNB()
>>> for x, y in [({"late": 0.0}, False), ({"late": 0.1}, False), ({"late": 0.9}, True), ({"late": 1.0}, True)]:
...     model.learn_one(x, y)
>>> ours, river = proba_one(model, {"late": 0.8}), model.predict_proba_one({"late": 0.8})
>>> all(abs(ours[c] - river[c]) < 1e-12 for c in river)
True
"""

from __future__ import annotations

import math

from river.naive_bayes.base import BaseNB


def proba_one(model, x: dict) -> dict:
    """``model.predict_proba_one(x)``, normalised in pure Python for River's naive Bayes models."""
    if not isinstance(model, BaseNB):
        return model.predict_proba_one(x)
    jll = model.joint_log_likelihood(x)
    if not jll:
        return {}
    top = max(jll.values())
    lse = top + math.log(math.fsum(math.exp(v - top) for v in jll.values()))
    return {label: math.exp(ll - lse) for label, ll in jll.items()}
