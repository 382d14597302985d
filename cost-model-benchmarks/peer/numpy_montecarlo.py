#!/usr/bin/env python3
"""costmodel's numpy peer: the reference scenario (cost-model-benchmarks/REFERENCE-SCENARIO.md) written the way
a user without costmodel would write it, as one vectorized numpy Monte Carlo.

Usage: numpy_montecarlo.py [SAMPLES] [--repeats R]

Each run draws SAMPLES samples (1,000,000 by default) from numpy's default generator seeded with 42, prices
them with the formulas below, and takes P10/P50/P90 (numpy's default linear interpolation) of the monthly
total and of each category, plus their min, max and mean: the same summary costmodel's UncertaintyResult
computes. With --repeats R the process does one warm-up run (timed and shown, left out of the mean) and then R
timed runs, and reports their mean, as JMH's average mode does; without it, one run, timed.

It prints the thread count it ran with (the process's OS threads, read from /proc, and the thread variables it
was given) and CPU time over wall time, which shows how many cores the run really kept busy. numpy's random
draws, arithmetic and percentiles run on one thread whatever OMP_NUM_THREADS or OPENBLAS_NUM_THREADS say;
those variables only size OpenBLAS's pool, which this model never calls.
"""
import os
import sys
import time

import numpy as np

# Prices, USD, us-east-1, as stated in the seed report (section 5) and kept in costmodel's catalog
# cost-model-core/src/main/resources/dev/costmodel/core/aws-us-east-1.csv:
ML_M5_XLARGE_HOUR = 0.23        # SageMaker Processing and Training, ml.m5.xlarge, per instance-hour (seed 5-1)
SERVERLESS_2GB_SECOND = 0.00004  # SageMaker ServerlessInference, 2048 MB, per second (seed 5-4 a)
DATA_PROCESSED_GIB = 0.016      # SageMaker DataProcessedIn and DataProcessedOut, per GiB (seed 5-4)
S3_STANDARD_GIB_MONTH = 0.023   # S3 Standard storage, first 50 TB tier, per GiB-month (seed 5-3)

# The scenario's fixed inputs (seed report sections 2, 5 and 7-1; pattern B).
GROUP_MODELS = 200
USERS = 100_000
ARTIFACT_MIB, VERSIONS_KEPT = 20, 6
KIB_PER_REQUEST = 20 + 2        # 20 KiB in, 2 KiB out; both are billed at DATA_PROCESSED_GIB
MONITOR_JOBS, MONITOR_MINUTES, MONITOR_SAMPLED = 30, 5, 0.01

CATEGORIES = ("retrain", "storage", "inference", "monitoring")


def monte_carlo(samples, seed=42):
    """One whole run: draws, prices, summary. Returns {row: (p10, p50, p90, min, max, mean)}."""
    rng = np.random.default_rng(seed)
    # triangular (min, most likely, max), in the order the scenario lists them
    preprocess_min = rng.triangular(10, 15, 25, samples)
    train_min = rng.triangular(20, 30, 60, samples)
    evaluate_min = rng.triangular(5, 10, 15, samples)
    runs_per_month = rng.triangular(1.0, 1.2, 2.0, samples)
    requests_per_user = rng.triangular(30, 40, 60, samples)
    serverless_seconds = rng.triangular(50, 100, 200, samples) / 1000.0

    job_hours = (preprocess_min + train_min + evaluate_min) / 60.0
    retrain = GROUP_MODELS * runs_per_month * job_hours * ML_M5_XLARGE_HOUR
    stored_gib = GROUP_MODELS * ARTIFACT_MIB * VERSIONS_KEPT / 1024.0
    storage = np.full(samples, stored_gib * S3_STANDARD_GIB_MONTH)
    requests = USERS * requests_per_user
    inference_gib = requests * (KIB_PER_REQUEST / (1024.0 * 1024.0))
    inference = requests * serverless_seconds * SERVERLESS_2GB_SECOND + inference_gib * DATA_PROCESSED_GIB
    monitoring = (MONITOR_JOBS * MONITOR_MINUTES / 60.0 * ML_M5_XLARGE_HOUR
                  + MONITOR_SAMPLED * inference_gib * DATA_PROCESSED_GIB)
    total = retrain + storage + inference + monitoring

    summary = {}
    for name, row in zip(CATEGORIES + ("total",), (retrain, storage, inference, monitoring, total)):
        p10, p50, p90 = np.percentile(row, [10, 50, 90])
        summary[name] = (p10, p50, p90, row.min(), row.max(), row.mean())
    return summary


def os_threads():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("Threads:"):
                    return line.split()[1]
    except OSError:
        pass
    return "unknown"


def timed_run(samples):
    wall, cpu = time.perf_counter(), time.process_time()
    summary = monte_carlo(samples)
    return summary, time.perf_counter() - wall, time.process_time() - cpu


def main(argv):
    args = list(argv)
    repeats = 0
    if "--repeats" in args:
        at = args.index("--repeats")
        repeats = int(args[at + 1])
        del args[at:at + 2]
    samples = int(args[0]) if args else 1_000_000

    given = " ".join(f"{name}={os.environ.get(name, 'unset')}"
                     for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"))
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}; OS threads in this process: {os_threads()};"
          f" {given}")

    summary, wall, cpu = timed_run(samples)
    if repeats > 0:
        print(f"warm-up run: {wall * 1000:.1f} ms")
        walls, cpus = [], []
        for _ in range(repeats):
            summary, wall, cpu = timed_run(samples)
            walls.append(wall)
            cpus.append(cpu)
        wall, cpu = sum(walls) / repeats, sum(cpus) / repeats
        print("runs: " + ", ".join(f"{w * 1000:.1f}" for w in walls) + " ms")
        how = f"mean of {repeats} runs after a warm-up"
    else:
        how = "one run"
    print(f"time per run ({how}): {wall * 1000:.1f} ms = {samples / wall / 1e6:.2f} M samples/s;"
          f" CPU/wall {cpu / wall:.2f}")
    p10, p50, p90 = summary["total"][:3]
    print(f"P10 {p10:.2f} P50 {p50:.2f} P90 {p90:.2f} USD ({samples} samples, seed 42)")


if __name__ == "__main__":
    main(sys.argv[1:])
