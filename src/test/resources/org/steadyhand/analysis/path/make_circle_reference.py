"""Reference circle fits for CircleFitTest, computed independently with numpy.

Each case draws noisy points on an arc and fits x^2 + y^2 + D x + E y + F = 0 by numpy's
least-squares solver (Kasa's algebraic fit); writes the points and the fitted centre and radius.
Run: python3 make_circle_reference.py  (numpy only; the CSVs are committed).
"""
import numpy as np

rng = np.random.default_rng(20261122)
cases = [
    # name, centre x, centre y, radius, arc start, arc end (radians), noise sd (mm), points
    ("full_lap", 0.3, -0.2, 2.5, 0.0, 2 * np.pi, 0.05, 400),
    ("three_quarters", -1.0, 4.0, 2.5, 0.5, 0.5 + 1.5 * np.pi, 0.02, 300),
    ("far_small", 120.0, 80.0, 0.8, 0.0, 2 * np.pi, 0.01, 200),
]
with open("circle_fit_reference.csv", "w") as summary:
    summary.write("case,centre_x_mm,centre_y_mm,radius_mm\n")
    for name, cx, cy, r, a0, a1, sd, n in cases:
        angles = np.linspace(a0, a1, n, endpoint=False)
        x = cx + r * np.cos(angles) + rng.normal(0, sd, n)
        y = cy + r * np.sin(angles) + rng.normal(0, sd, n)
        a = np.column_stack([x, y, np.ones(n)])
        b = -(x * x + y * y)
        (d, e, f), *_ = np.linalg.lstsq(a, b, rcond=None)
        fx, fy = -d / 2, -e / 2
        fr = np.sqrt(fx * fx + fy * fy - f)
        summary.write(f"{name},{float(fx)!r},{float(fy)!r},{float(fr)!r}\n")
        np.savetxt(f"circle_{name}.csv", np.column_stack([x, y]), delimiter=",",
                   header="x_mm,y_mm", comments="", fmt="%.17g")
