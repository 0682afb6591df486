"""Cold start to the first painted window: releasedesk against a minimal Qt Widgets program
(startup_reference), each started RUNS times in turn, wall time from exec to exit after the first
paint (both quit right after it). Prints the medians and the ratio (goal: at most 1.3).

  cold_start_bench.py RELEASEDESK STARTUP_REFERENCE [--runs 15]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def run(program, args, env):
    start = time.perf_counter()
    subprocess.run([program] + args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True, timeout=60)
    return (time.perf_counter() - start) * 1000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("releasedesk")
    parser.add_argument("reference")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="rd-coldstart-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), XDG_CONFIG_HOME=home,
               HOME=home)
    ours, theirs = [], []
    run(args.releasedesk, ["--exit-after-first-paint"], env)  # warm the page cache for both, once
    run(args.reference, [], env)
    for _ in range(args.runs):
        ours.append(run(args.releasedesk, ["--exit-after-first-paint"], env))
        theirs.append(run(args.reference, [], env))
    a, b = statistics.median(ours), statistics.median(theirs)
    print(f"releasedesk       median {a:7.1f} ms  (min {min(ours):.1f}, max {max(ours):.1f})")
    print(f"minimal Qt window median {b:7.1f} ms  (min {min(theirs):.1f}, max {max(theirs):.1f})")
    print(f"ratio {a / b:.2f} (goal <= 1.30)")


if __name__ == "__main__":
    main()
