#!/usr/bin/env python3
"""Reference vectors for org.steadyhand.analysis.hrv, computed with numpy/scipy.

Run from this folder: python3 make_hrv_reference.py  (numpy 2.x, scipy 1.17 were used).
Writes:
  rr_clean.csv, rr_ectopic.csv       synthetic RR series (header rr_ms)
  hrv_reference.csv                  case,key,value for several settings
  spline_reference.csv               natural cubic spline knots and values (scipy CubicSpline)
  detrend_reference.csv              z, linear detrend, smoothness priors (lambda 10)
Everything here is an independent implementation of the documented conventions (DOMAIN.md):
scipy's CubicSpline(bc_type='natural'), scipy.signal.welch, scipy.signal.detrend, sparse
smoothness priors, a vectorised Burg (as MATLAB arburg) evaluated with scipy.signal.freqz.
"""
import numpy as np
from scipy import signal, sparse
from scipy.interpolate import CubicSpline
from scipy.sparse.linalg import spsolve

FS = 4.0
rng = np.random.default_rng(20240607)


def synthetic(duration_s=420.0):
    t, rr = 0.0, []
    while t < duration_s:
        v = (850 + 40 * np.sin(2 * np.pi * 0.25 * t) + 25 * np.sin(2 * np.pi * 0.1 * t)
             + 30 * t / duration_s + rng.normal(0, 10))
        rr.append(round(v, 1))
        t += v / 1000
    return np.array(rr)


clean = synthetic()
ectopic = clean.copy()
for i in (60, 200, 333):  # premature beat then compensatory pause
    ectopic[i] = round(clean[i] * 0.6, 1)
    ectopic[i + 1] = round(clean[i + 1] * 1.4, 1)


def flag(rr, thr=0.20, beats=11):
    half = beats // 2
    out, last = np.zeros(len(rr), bool), None
    for i in range(len(rr)):
        med = np.median(rr[max(0, i - half):i + half + 1])
        far_med = abs(rr[i] - med) > thr * med
        far_last = last is None or abs(rr[i] - last) > thr * last
        out[i] = far_med and far_last
        if not out[i]:
            last = rr[i]
    return out


def correct(rr, sus, beats=11):
    half = beats // 2
    out = rr.copy()
    for i in np.flatnonzero(sus):
        out[i] = np.median(rr[max(0, i - half):i + half + 1])
    return out


def mode_bin(rr, w):
    bins = np.floor(rr / w).astype(int)
    vals, counts = np.unique(bins, return_counts=True)
    j = np.argmax(counts)  # first (lowest) bin among equal counts
    return counts[j], (vals[j] + 0.5) * w


def time_domain(rr):
    d = np.diff(rr)
    hr = 60000 / rr
    avg = np.convolve(hr, np.ones(5) / 5, mode='valid')
    sdsd2 = np.var(d, ddof=1)
    sdnn = np.std(rr, ddof=1)
    cnt, _ = mode_bin(rr, 1000 / 128)
    amo_cnt, mo = mode_bin(rr, 50)
    si = (100 * amo_cnt / len(rr)) / (2 * (mo / 1000) * ((rr.max() - rr.min()) / 1000))
    return dict(mean_rr_ms=rr.mean(), sdnn_ms=sdnn, mean_hr_bpm=60000 / rr.mean(),
                min_hr_bpm=avg.min(), max_hr_bpm=avg.max(),
                rmssd_ms=np.sqrt(np.mean(d ** 2)), nn50=np.sum(np.abs(d) > 50),
                pnn50_pct=100 * np.sum(np.abs(d) > 50) / len(d), tri_index=len(rr) / cnt,
                sd1_ms=np.sqrt(0.5 * sdsd2), sd2_ms=np.sqrt(2 * sdnn ** 2 - 0.5 * sdsd2), stress_index=si)


def resample(rr):
    t = np.cumsum(rr) / 1000
    n = int(np.floor((t[-1] - t[0]) * FS + 1e-9)) + 1
    return CubicSpline(t, rr, bc_type='natural')(t[0] + np.arange(n) / FS)


def smoothness(z, lam):
    n = len(z)
    d2 = sparse.diags([np.ones(n - 2), -2 * np.ones(n - 2), np.ones(n - 2)], [0, 1, 2], shape=(n - 2, n))
    a = sparse.identity(n) + lam ** 2 * (d2.T @ d2)
    return z - spsolve(a.tocsc(), z)


def detrend(z, kind, lam=500):
    if kind == 'none':
        return z
    if kind == 'linear':
        return signal.detrend(z, type='linear')
    return smoothness(z, lam)


def burg(x, p):
    x = x - x.mean()
    ef, eb, a, e = x.copy(), x.copy(), np.array([1.0]), x @ x / len(x)
    for _ in range(p):
        efp, ebp = ef[1:], eb[:-1]
        k = -2 * (ebp @ efp) / (efp @ efp + ebp @ ebp)
        ef, eb = efp + k * ebp, ebp + k * efp
        a = np.concatenate([a, [0]]) + k * np.concatenate([[0], a[::-1]])
        e *= 1 - k * k
    return a, e


def band(f, psd, lo, hi, df):
    m = (f >= lo - 1e-9 * df) & (f < hi - 1e-9 * df)
    return psd[m].sum() * df, f[m][np.argmax(psd[m])]


def spectrum(z, method):
    if method == 'welch':
        nper = min(int(round(300 * FS)), len(z))
        f, p = signal.welch(z, fs=FS, window='hann', nperseg=nper, noverlap=nper // 2,
                            detrend='constant', scaling='density')
        return f, p, FS / nper
    a, e = burg(z, 16)
    grid = 1025
    df = FS / 2 / (grid - 1)
    f = np.arange(grid) * df
    _, h = signal.freqz([1.0], a, worN=f, fs=FS)
    p = e / FS * np.abs(h) ** 2
    p[1:-1] *= 2
    return f, p, df


def frequency_domain(rr, detrend_kind, method):
    f, p, df = spectrum(detrend(resample(rr), detrend_kind), method)
    vlf, vlf_pk = band(f, p, 0, 0.04, df)
    lf, lf_pk = band(f, p, 0.04, 0.15, df)
    hf, hf_pk = band(f, p, 0.15, 0.40, df)
    return dict(vlf_ms2=vlf, lf_ms2=lf, hf_ms2=hf, lf_hf=lf / hf, vlf_peak_hz=vlf_pk,
                lf_peak_hz=lf_pk, hf_peak_hz=hf_pk)


def write_rr(name, rr):
    with open(name, 'w') as out:
        out.write('rr_ms\n')
        for v in rr:
            out.write(f'{v:.1f}\n')


write_rr('rr_clean.csv', clean)
write_rr('rr_ectopic.csv', ectopic)

cases = [
    ('clean', 'none', 'none', 'welch'),
    ('clean', 'none', 'linear', 'welch'),
    ('clean', 'none', 'smoothness', 'welch'),
    ('clean', 'none', 'none', 'ar'),
    ('clean', 'none', 'smoothness', 'ar'),
    ('ectopic', 'none', 'none', 'welch'),
    ('ectopic', 'correct', 'none', 'welch'),
]
with open('hrv_reference.csv', 'w') as out:
    out.write('# made by make_hrv_reference.py\n')
    out.write('series,artefacts,detrend,spectrum,key,value\n')
    for series, art, det, spec in cases:
        rr = clean if series == 'clean' else ectopic
        sus = flag(rr)
        nn = correct(rr, sus) if art == 'correct' else rr
        values = {'artefacts_flagged': int(sus.sum())}
        values.update(time_domain(nn))
        values.update(frequency_domain(nn, det, spec))
        for k, v in values.items():
            out.write(f'{series},{art},{det},{spec},{k},{float(v)!r}\n')

x = np.cumsum(rng.uniform(0.5, 1.5, 12))
y = rng.normal(800, 50, 12)
xs = np.linspace(x[0] - 0.3, x[-1] + 0.3, 57)
with open('spline_reference.csv', 'w') as out:
    out.write('# made by make_hrv_reference.py: knots (kind=knot) and CubicSpline natural values (kind=value)\n')
    out.write('kind,x,y\n')
    for a, b in zip(x, y):
        out.write(f'knot,{float(a)!r},{float(b)!r}\n')
    for a, b in zip(xs, CubicSpline(x, y, bc_type='natural')(xs)):
        out.write(f'value,{float(a)!r},{float(b)!r}\n')

z = 800 + np.cumsum(rng.normal(0, 5, 200)) + 20 * np.sin(np.arange(200) / 5)
with open('detrend_reference.csv', 'w') as out:
    out.write('# made by make_hrv_reference.py: scipy.signal.detrend linear; smoothness priors lambda=10\n')
    out.write('z,linear,smoothness\n')
    for a, b, c in zip(z, signal.detrend(z, type='linear'), smoothness(z, 10.0)):
        out.write(f'{float(a)!r},{float(b)!r},{float(c)!r}\n')
