"""Known answers for org.steadyhand.analysis.trend, computed with numpy.

percentiles.csv: numpy.percentile(values, p) with numpy's default method="linear"
(Hyndman & Fan 1996, definition 7). moving_average.csv: trailing mean with min_periods=1,
computed from numpy cumulative sums. Run: python3 make_reference.py (writes both CSVs here).
"""
import numpy as np

rng = np.random.default_rng(20261122)
with open("percentiles.csv", "w") as f:
    f.write("values;percent;expected\n")
    for n in [1, 2, 3, 4, 5, 7, 10, 13, 20]:
        values = np.round(rng.uniform(20, 100, n), 2)
        for p in [0, 10, 25, 50, 75, 90, 100]:
            f.write("%s;%g;%.12f\n" % (" ".join("%g" % v for v in values), p, np.percentile(values, p)))

with open("moving_average.csv", "w") as f:
    f.write("values;window;expected\n")
    for n, w in [(1, 3), (5, 1), (6, 3), (10, 4), (12, 5)]:
        values = np.round(rng.uniform(20, 100, n), 2)
        c = np.cumsum(np.concatenate([[0.0], values]))
        i = np.arange(1, n + 1)
        lo = np.maximum(0, i - w)
        expected = (c[i] - c[lo]) / (i - lo)
        f.write("%s;%d;%s\n" % (" ".join("%g" % v for v in values), w, " ".join("%.12f" % e for e in expected)))
