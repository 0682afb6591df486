"""Cold start to the first painted window: releasedesk against a minimal Qt Widgets program
(startup_reference), each started RUNS times in turn. Both print the time from their launch (the
clock read here just before starting them, RD_LAUNCH_US) to their first paint, then quit; process
exit is not counted. Prints the medians and the ratio (goal: at most 1.3).

  cold_start_bench.py RELEASEDESK STARTUP_REFERENCE [--runs 15]
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time


def run(program, args, env):
    env = dict(env, RD_LAUNCH_US=str(time.time_ns() // 1000))
    done = subprocess.run([program] + args, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True,
                          timeout=60, text=True)
    reported = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key in ("first-paint-us", "main-entered-us") and value.strip().isdigit():
            reported[key] = value.strip()
    if "first-paint-us" not in reported or "main-entered-us" not in reported:
        raise SystemExit(f"{program} did not report when main began and when it first painted")
    return int(reported["first-paint-us"]) / 1000.0, int(reported["main-entered-us"]) / 1000.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("releasedesk")
    parser.add_argument("reference")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="rd-coldstart-")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), XDG_CONFIG_HOME=home,
               HOME=home)
    ours, theirs, ours_loading, theirs_loading = [], [], [], []
    run(args.releasedesk, ["--exit-after-first-paint"], env)  # warm the page cache for both, once
    run(args.reference, [], env)
    for _ in range(args.runs):
        paint, loading = run(args.releasedesk, ["--exit-after-first-paint"], env)
        ours.append(paint)
        ours_loading.append(loading)
        paint, loading = run(args.reference, [], env)
        theirs.append(paint)
        theirs_loading.append(loading)
    a, b = statistics.median(ours), statistics.median(theirs)
    # "before main": exec, loading and relocating the libraries, static initialisers.
    print(f"releasedesk       median {a:7.1f} ms  (min {min(ours):.1f}, max {max(ours):.1f}; "
          f"before main {statistics.median(ours_loading):.1f})")
    print(f"minimal Qt window median {b:7.1f} ms  (min {min(theirs):.1f}, max {max(theirs):.1f}; "
          f"before main {statistics.median(theirs_loading):.1f})")
    print(f"ratio {a / b:.2f} (goal <= 1.30)")


if __name__ == "__main__":
    main()
