"""Benchmark child: the benchmark's metrics (bench/_metrics.ts) in pandas.

Loads the release the way research notebooks usually do: ``pd.read_csv`` of
each file with all columns, ids as ``str``, then ``pd.concat``. One change
from the usual notebook: only an empty field is missing
(``keep_default_na=False, na_values=[""]``), as in Takedown Lab; pandas'
default would turn the texts ``NA``, ``null``, ``None`` … into NaN.

Usage::

    /usr/bin/python3 bench/_pandas.py --out metrics.json \
        --users U.csv ... --tweets T.csv ...

Writes the metrics to ``--out`` and prints one JSON line with the seconds
each step took and the pandas and NumPy versions. With ``--max-gib G`` the
process's address space is capped at G GiB (``RLIMIT_AS``); running out
prints ``{"error": "MemoryError ..."}`` and exits 3 instead of pushing the
machine into swap or the OOM killer. ``--version`` only prints the
versions (an availability probe).
"""

import json
import resource
import sys
import time

import numpy as np
import pandas as pd

ID_COLUMNS = [
    "tweetid",
    "userid",
    "in_reply_to_userid",
    "in_reply_to_tweetid",
    "quoted_tweet_tweetid",
    "retweet_userid",
    "retweet_tweetid",
]
MANGLED = r"[0-9](\.[0-9]+)?[eE]\+?[0-9]+"
TIME = r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}(:[0-9]{2})?"
MIN_TWEETS_INTERVALS = 10
WINDOW_S = 60
MIN_REPEAT = 3
# Seconds per finished step; module-level so a MemoryError report can say
# how far pandas got.
STEPS = {}


def parse_args(argv):
    out = {"out": None, "users": [], "tweets": [], "max_gib": None}
    current = None
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--out":
            out["out"] = argv[i + 1]
            i += 1
        elif a == "--max-gib":
            out["max_gib"] = float(argv[i + 1])
            i += 1
        elif a in ("--users", "--tweets"):
            current = out[a[2:]]
        elif current is not None:
            current.append(a)
        else:
            raise SystemExit(f"Reading the arguments: unexpected: {a}")
        i += 1
    if not out["out"] or not out["users"] or not out["tweets"]:
        raise SystemExit(
            "usage: _pandas.py --out FILE [--max-gib G] --users U... --tweets T..."
        )
    return out


def read(paths):
    """All columns, ids as text, only empty fields missing."""
    frames = [
        pd.read_csv(
            p,
            dtype={c: str for c in ID_COLUMNS},
            keep_default_na=False,
            na_values=[""],
        )
        for p in paths
    ]
    return pd.concat(frames, ignore_index=True)


def mangled(s):
    return s.str.fullmatch(MANGLED).fillna(False).astype(bool)


def keyed(df, keys):
    keep = np.ones(len(df), dtype=bool)
    for k in keys:
        keep &= df[k].notna().to_numpy() & ~mangled(df[k]).to_numpy()
    return df[keep]


def parse_time(tt):
    """Valid `YYYY-MM-DD HH:MM[:SS]` times as datetime64; else NaT."""
    ok = tt.str.fullmatch(TIME).fillna(False).astype(bool)
    n = tt.str.len()
    ts = pd.to_datetime(tt.where(ok & (n == 16)), format="%Y-%m-%d %H:%M",
                        errors="coerce")
    sec = ok & (n == 19)
    if sec.any():
        ts[sec] = pd.to_datetime(tt[sec], format="%Y-%m-%d %H:%M:%S",
                                 errors="coerce")
    return ts


def parse_date(d):
    iso = d.str.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fillna(False)
    us = d.str.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}").fillna(False)
    out = pd.to_datetime(d.where(iso.astype(bool)), format="%Y-%m-%d",
                         errors="coerce")
    us = us.astype(bool) & ~iso.astype(bool)
    if us.any():
        out[us] = pd.to_datetime(d[us], format="%m/%d/%Y", errors="coerce")
    return out


def num(x):
    return None if x is None or pd.isna(x) else float(x)


def main():
    if sys.argv[1:] == ["--version"]:
        print(f"pandas {pd.__version__}, numpy {np.__version__}")
        return
    args = parse_args(sys.argv[1:])
    if args["max_gib"]:
        cap = int(args["max_gib"] * 2**30)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    steps = STEPS
    t = [time.perf_counter()]

    def lap(name):
        now = time.perf_counter()
        steps[name] = round(now - t[0], 3)
        t[0] = now

    tweets = keyed(read(args["tweets"]), ["tweetid", "userid"])
    users = keyed(read(args["users"]), ["userid"])
    ts = parse_time(tweets["tweet_time"])
    rt = tweets["retweet_tweetid"].where(~mangled(tweets["retweet_tweetid"]))
    lap("load")

    valid = ts.notna()
    is_rt = tweets["is_retweet"].astype(str).str.lower() == "true"
    created = parse_date(users["account_creation_date"]).dropna()
    months = created.dt.strftime("%Y-%m").value_counts()
    clients = tweets["tweet_client_name"].value_counts(dropna=False)
    fmt = "%Y-%m-%d %H:%M"
    summary = {
        "tweets": int(len(tweets)),
        "users": int(len(users)),
        "accounts_tweeting": int(tweets["userid"].nunique()),
        "retweets": int(is_rt.sum()),
        "tweet_time_min": ts.min().strftime(fmt) if valid.any() else None,
        "tweet_time_max": ts.max().strftime(fmt) if valid.any() else None,
        "creation_by_month": {str(k): int(v) for k, v in months.items()},
        "n_missing_time": int((~valid).sum()),
        "clients": [
            [None if pd.isna(k) else str(k), int(v)] for k, v in clients.items()
        ],
    }
    lap("summarize")

    tv = ts[valid]
    grid = tv.groupby([tv.dt.dayofweek, tv.dt.hour]).size()
    weekday_hour = [[0] * 24 for _ in range(7)]
    for (w, h), n in grid.items():
        weekday_hour[int(w)][int(h)] = int(n)
    times = pd.DataFrame({
        "userid": tweets["userid"][valid].to_numpy(),
        "ms": tv.to_numpy().astype("datetime64[ms]").astype("int64"),
    }).sort_values(["userid", "ms"], kind="stable")
    times["gap"] = times.groupby("userid")["ms"].diff() / 1000.0
    g = times.groupby("userid")
    acc = pd.DataFrame({
        "n": g.size(),
        "med": g["gap"].median(),
        "mu": g["gap"].mean(),
        "sd": g["gap"].std(ddof=0),
    })
    acc = acc[acc["n"] >= MIN_TWEETS_INTERVALS].sort_index()
    denom = acc["sd"] + acc["mu"]
    acc["b"] = ((acc["sd"] - acc["mu"]) / denom).where(denom > 0)
    intervals = {
        "n_accounts": int(len(acc)),
        "median_of_median_gap_s": num(acc["med"].median()) if len(acc) else None,
        "median_burstiness": num(acc["b"].median()) if acc["b"].notna().any() else None,
        "accounts": [
            [str(u), int(r.n), float(r.med), num(r.b)]
            for u, r in acc.iterrows()
        ],
    }
    lap("profile")

    has = valid & rt.notna()
    acts = pd.DataFrame({
        "userid": tweets["userid"][has].to_numpy(),
        "x": rt[has].to_numpy(),
        "t": ts[has].to_numpy().astype("datetime64[s]").astype("int64"),
    }).drop_duplicates()
    m = acts.merge(acts, on="x", suffixes=("_a", "_b"))
    m = m[(m["userid_a"] < m["userid_b"]) & ((m["t_a"] - m["t_b"]).abs() <= WINDOW_S)]
    w = m.groupby(["userid_a", "userid_b"])["x"].nunique()
    strong = w[w >= MIN_REPEAT].sort_index()
    coretweet = {
        "n_pairs_any": int(len(w)),
        "n_pairs": int(len(strong)),
        "sum_weight": int(strong.sum()),
        "max_weight": int(w.max()) if len(w) else 0,
        "pairs": [[str(u), str(v), int(n)] for (u, v), n in strong.items()],
    }
    lap("coordinate")

    metrics = {**summary, "weekday_hour": weekday_hour,
               "intervals": intervals, "coretweet": coretweet}
    with open(args["out"], "w", encoding="utf-8") as f:
        json.dump(metrics, f)
    lap("write")
    print(json.dumps({"steps": steps, "version":
                      f"pandas {pd.__version__}, numpy {np.__version__}"}))


if __name__ == "__main__":
    try:
        main()
    except MemoryError as e:
        print(json.dumps({
            "error": f"MemoryError {e}",
            "steps": STEPS,
            "version": f"pandas {pd.__version__}, numpy {np.__version__}",
        }))
        sys.exit(3)
