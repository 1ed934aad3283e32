#!/usr/bin/python3
# SPDX-License-Identifier: ISC
"""Times heelrx against its floors and prints the table; bench/run calls it.

usage: measure.py BUILD_DIR OUT_DIR [REPETITIONS]

BUILD_DIR holds heelrx, yaml-scan and timeit.

Every figure comes from this one run.  Commands of a group run in turn,
round after round, starting each round one command later, so drift on
a shared machine falls on all of them alike; the figure is the median.
bench/timeit runs each command: wall time from posix_spawn to wait4,
and the peak memory (ru_maxrss) that wait4 reports for the child.
Instruction counts come from callgrind, which is deterministic.
"""

import csv
import os
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PYTHON = sys.executable
SIZES = (1000, 5000, 20000)

# The environment of every measured command: a UTF-8 locale that every
# Debian 12 has, a fixed date so outputs compare, no catalog override.
ENV = {
    "PATH": "/usr/bin:/bin",
    "LC_ALL": "C.UTF-8",
    "SOURCE_DATE_EPOCH": "1764547200",
}

# Functions whose inclusive cost is a phase of heelrx.  A phase that
# names several functions adds them up; "other" is what none of them
# covers (process start and exit, libc's own set-up, stdio).  Dynamic
# loading is the loader's start-up and exit work; a symbol bound lazily
# at its first call is counted in the phase that called it, and shown
# apart on the "lazy binding" line.
LAZY_BINDING = ["_dl_runtime_resolve_xsavec", "_dl_runtime_resolve_xsave",
                "_dl_runtime_resolve_fxsave"]
PHASES = [
    ("dynamic loading", ["_dl_start", "_dl_fini"]),
    ("locale", ["setlocale"]),
    ("argp", ["cli_parse"]),
    ("YAML parsing", ["yaml_parser_initialize", "yaml_parser_parse",
                      "yaml_event_delete", "yaml_parser_delete"]),
    ("validation", []),  # the loader less libyaml; see phase_costs
    ("engine", ["plan_build", "plan_free"]),
    ("rendering", ["render_text", "render_markdown", "render_html",
                   "render_fhir", "close_stdout"]),
]
# catalog_load_file and catalog_load_with read a file and call load_bytes:
# the largest one is the load.
LOADERS = ["catalog_load_bytes", "catalog_load_file", "catalog_load_with"]

TIMEIT = None  # bench/timeit, set in main
GNU_TIME = "/usr/bin/time"
HOSTILE_N = 4000  # exercises of finding 1's catalog, scaled


def run_once(argv):
    """Runs argv with stdout to /dev/null; returns (ns, maxrss KiB, status)."""
    line = subprocess.run([TIMEIT] + argv, env=ENV, check=True,
                          stdout=subprocess.PIPE, text=True).stdout
    ns, kib, status = (int(x) for x in line.split())
    return ns, kib, status


def alternate(commands, reps, warmup=2):
    """Medians of wall time (ms) and peak RSS (KiB) per command name."""
    names = list(commands)
    for _ in range(warmup):
        for n in names:
            run_once(commands[n])
    times = {n: [] for n in names}
    rss = {n: [] for n in names}
    for r in range(reps):
        for k in range(len(names)):
            n = names[(r + k) % len(names)]
            ns, kib, status = run_once(commands[n])
            if status != 0:
                sys.exit("measure: %s exited %d" % (" ".join(commands[n]),
                                                    status))
            times[n].append(ns / 1e6)
            rss[n].append(kib)
    return ({n: statistics.median(times[n]) for n in names},
            {n: statistics.median(rss[n]) for n in names})


def time_v(argv, runs=5):
    """GNU time -v of argv, runs times: (median wall s, median CPU s, user
    and system, largest peak RSS KiB, exit status, bytes on stdout of the
    last run)."""
    walls, cpus, peaks = [], [], []
    for _ in range(runs):
        done = subprocess.run([GNU_TIME, "-v"] + argv, env=ENV,
                              stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
        report = done.stderr
        m = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):"
                      r"([\d.]+)", report)
        hours = int(m.group(1) or 0)
        walls.append(hours * 3600 + int(m.group(2)) * 60 +
                     float(m.group(3)))
        cpus.append(sum(float(re.search(r"%s time \(seconds\): ([\d.]+)"
                                        % kind, report).group(1))
                        for kind in ("User", "System")))
        peaks.append(int(re.search(r"Maximum resident set size "
                                   r"\(kbytes\): (\d+)", report).group(1)))
        status = int(re.search(r"Exit status: (\d+)", report).group(1))
    return (statistics.median(walls), statistics.median(cpus), max(peaks),
            status, len(done.stdout))


def hostile(heelrx, out, report):
    """4. Issue 23's findings 1 and 2, under GNU time -v."""
    work = os.path.join(out, "hostile")
    subprocess.run([PYTHON, os.path.join(ROOT, "bench", "gen-hostile"),
                    work, str(HOSTILE_N)], check=True)
    figures = os.path.join(work, "figures-%d.yaml" % HOSTILE_N)
    plain = os.path.join(work, "plain-%d.yaml" % HOSTILE_N)
    print("\n4. Hostile catalogs (GNU time -v, median wall of 5, largest "
          "peak)\n")
    print("  finding 1: %d exercises naming one 240 KB figure 8 times "
          "each, %.1f MiB;\n  the plain catalog is the same without the "
          "figures, %.1f MiB\n" % (HOSTILE_N,
                                    mib(os.path.getsize(figures) / 1024),
                                    mib(os.path.getsize(plain) / 1024)))
    print("  %-28s %7s %8s %8s %9s %10s %8s" % (
        "command", "s", "plain s", "x plain", "peak MiB", "plain MiB",
        "x plain"))
    worst_wall, worst_peak = 0, 0
    for args in (["--check"], ["--pain=left"],
                 ["--pain=both", "--format=html"]):
        name = " ".join(args)
        wall, _, peak, status, _ = time_v([heelrx, "-e", figures] + args)
        if status != 0:
            sys.exit("measure: heelrx -e %s %s exited %d" % (figures, name,
                                                            status))
        plain_wall, _, plain_peak, _, _ = time_v([heelrx, "-e", plain] +
                                                 args)
        print("  %-28s %7.3f %8.3f %8.2f %9.1f %10.1f %8.2f" % (
            name, wall, plain_wall, wall / plain_wall, mib(peak),
            mib(plain_peak), peak / plain_peak))
        report.add("hostile", "figures %s" % name, "wall_median", wall, "s",
                   wall / plain_wall, "ratio to the plain catalog")
        report.add("hostile", "figures %s" % name, "peak_rss", peak, "KiB",
                   peak / plain_peak, "ratio to the plain catalog")
        worst_wall, worst_peak = max(worst_wall, wall), max(worst_peak, peak)

    title = os.path.join(work, "title.yaml")
    print("\n  finding 2: {name} 50,000 times, a name of 8,000 bytes\n")
    worst_refusal, printed = 0, 0
    for args in (["--check"], ["--pain=left"],
                 ["--pain=both", "--format=markdown"]):
        name = " ".join(args)
        wall, cpu, peak, status, n = time_v([heelrx, "-e", title] + args)
        if status != 65:
            sys.exit("measure: heelrx -e %s %s exited %d, not 65"
                     % (title, name, status))
        print("  %-30s refused in %.3f s (CPU %.3f s), peak %.1f MiB, "
              "%d bytes on stdout" % (name, wall, cpu, mib(peak), n))
        report.add("hostile", "title %s" % name, "wall_median", wall, "s")
        report.add("hostile", "title %s" % name, "cpu_median", cpu, "s")
        worst_refusal = max(worst_refusal, cpu)
        printed += n
    return worst_wall, worst_peak, worst_refusal, printed


def output_of(argv):
    return subprocess.run(argv, env=ENV, check=True, stdout=subprocess.PIPE,
                          stdin=subprocess.DEVNULL).stdout


def inclusive_costs(argv, out_file):
    """Total instructions and inclusive cost per function name."""
    subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file="
                    + out_file] + argv, env=ENV, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    text = subprocess.run(["callgrind_annotate", "--inclusive=yes",
                           "--threshold=100", out_file], check=True,
                          stdout=subprocess.PIPE, text=True).stdout
    total, costs = 0, {}
    for line in text.splitlines():
        m = re.match(r"\s*([\d,]+) +\(\s*[\d.]+%\)\s+(.*)$", line)
        if not m:
            continue
        cost = int(m.group(1).replace(",", ""))
        where = m.group(2)
        if where.startswith("PROGRAM TOTALS"):
            total = cost
            continue
        # "file:function [object]": the function is after the last
        # colon; inlined copies are listed per file, keep the largest.
        name = where.rsplit(" [", 1)[0].rsplit(":", 1)[-1]
        name = name.split("@@")[0].split("'")[0]
        costs[name] = max(costs.get(name, 0), cost)
    return total, costs


def phase_costs(costs, total):
    phases = {}
    for phase, names in PHASES:
        phases[phase] = sum(costs.get(n, 0) for n in names)
    loader = max(costs.get(n, 0) for n in LOADERS) + \
        costs.get("catalog_free", 0)
    if loader:
        phases["validation"] = max(loader - phases["YAML parsing"], 0)
    phases["other"] = total - sum(phases.values())
    phases["(lazy binding)"] = sum(costs.get(n, 0) for n in LAZY_BINDING)
    return phases


def mib(kib):
    return kib / 1024


class Report:
    def __init__(self, path):
        self.rows = []
        self.path = path
        self.targets = []

    def add(self, section, name, metric, value, unit, ratio="", note=""):
        self.rows.append([section, name, metric,
                          "%.6g" % value if isinstance(value, float) else value,
                          unit, "%.3f" % ratio if ratio != "" else "", note])

    def target(self, what, value, limit, is_met):
        self.targets.append((what, value, limit, is_met))
        self.add("targets", what, "measured", value, "", "",
                 "%s (limit %s)" % ("met" if is_met else "MISSED", limit))

    def write(self):
        with open(self.path, "w", newline="") as f:
            w = csv.writer(f)
            w.writerow(["section", "name", "metric", "value", "unit",
                        "ratio", "note"])
            w.writerows(self.rows)


def main():
    global TIMEIT
    if len(sys.argv) < 3:
        sys.exit(__doc__.split("\n\n")[1])
    build, out = (os.path.abspath(a) for a in sys.argv[1:3])
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 21
    heelrx = os.path.join(build, "heelrx")
    scan = os.path.join(build, "yaml-scan")
    TIMEIT = os.path.join(build, "timeit")
    catalog = os.path.join(ROOT, "exercises.yaml")
    peer = os.path.join(ROOT, "bench", "peer.py")
    cat = "/bin/cat"
    report = Report(os.path.join(out, "results.csv"))

    # The peer must print what heelrx prints, or the comparison is void.
    if output_of([heelrx, "--pain=left"]) != output_of([PYTHON, peer]):
        sys.exit("measure: bench/peer.py and heelrx --pain=left differ")
    if output_of([heelrx, "--pain=left", "-e", catalog]) != \
            output_of([heelrx, "--pain=left"]):
        sys.exit("measure: heelrx differs between -e exercises.yaml and "
                 "its built-in catalog")

    print("heelrx benchmark: %s, %d rounds, LC_ALL=%s, %d CPUs, load %.2f"
          % (time.strftime("%Y-%m-%d %H:%M"), reps, ENV["LC_ALL"],
             os.cpu_count(), os.getloadavg()[0]))

    # 1. A plan against the floor (cat) and a script (peer).
    plans = {
        "cat exercises.yaml": [cat, catalog],
        "heelrx --pain=left": [heelrx, "--pain=left"],
        "heelrx --pain=left -f markdown": [heelrx, "--pain=left",
                                           "--format=markdown"],
        "heelrx --pain=left -f html": [heelrx, "--pain=left",
                                       "--format=html"],
        "heelrx --pain=left -f fhir": [heelrx, "--pain=left",
                                       "--format=fhir"],
        "heelrx --pain=left --lang=de": [heelrx, "--pain=left",
                                         "--lang=de"],
        "heelrx --pain=left -e exercises.yaml": [heelrx, "--pain=left",
                                                 "-e", catalog],
        "bench/peer.py": [PYTHON, peer],
    }
    wall, rss = alternate(plans, reps)
    floor = wall["cat exercises.yaml"]
    print("\n1. One plan, wall time (median of %d alternating runs)\n" % reps)
    print("  %-38s %9s %9s %9s" % ("command", "ms", "x cat", "peak MiB"))
    for n in plans:
        print("  %-38s %9.3f %9.2f %9.1f" % (n, wall[n], wall[n] / floor,
                                             mib(rss[n])))
        report.add("plan", n, "wall_median", wall[n], "ms", wall[n] / floor)
        report.add("plan", n, "peak_rss", rss[n], "KiB")
    plan_ratio = wall["heelrx --pain=left"] / floor
    fhir_ratio = wall["heelrx --pain=left -f fhir"] / floor
    html_ratio = wall["heelrx --pain=left -f html"] / floor
    de_ratio = wall["heelrx --pain=left --lang=de"] / floor
    speedup = wall["bench/peer.py"] / wall["heelrx --pain=left"]
    print("  peer.py / heelrx --pain=left: %.1fx" % speedup)

    # 2. Instructions, by phase.
    cg = os.path.join(out, "callgrind")
    os.makedirs(cg, exist_ok=True)
    runs = {
        "heelrx --pain=left": [heelrx, "--pain=left"],
        "-f markdown": [heelrx, "--pain=left", "--format=markdown"],
        "-f html": [heelrx, "--pain=left", "--format=html"],
        "-f fhir": [heelrx, "--pain=left", "--format=fhir"],
        "--lang=de": [heelrx, "--pain=left", "--lang=de"],
        "-e exercises.yaml": [heelrx, "--pain=left", "-e", catalog],
        "cat exercises.yaml": [cat, catalog],
    }
    counted = {}
    for i, (n, argv) in enumerate(runs.items()):
        total, costs = inclusive_costs(argv, os.path.join(cg, "%d.out" % i))
        counted[n] = (total, phase_costs(costs, total))
    cat_total = counted["cat exercises.yaml"][0]
    print("\n2. Instructions (callgrind), inclusive cost by phase\n")
    print("  %-18s" % "phase" + "".join("%20s" % n for n in runs))
    phase_names = [p for p, _ in PHASES] + ["other", "(lazy binding)"]
    for p in phase_names + ["total", "x cat"]:
        cells = []
        for n in runs:
            total, phases = counted[n]
            if p == "total":
                cells.append("%20s" % format(total, ","))
                report.add("instructions", n, "total", total, "Ir",
                           total / cat_total)
            elif p == "x cat":
                cells.append("%20.2f" % (total / cat_total))
            else:
                cells.append("%20s" % format(phases[p], ","))
                report.add("instructions", n, p, phases[p], "Ir",
                           phases[p] / cat_total)
        print("  %-18s" % p + "".join(cells))

    # 3. Scale: big catalogs against libyaml's own event loop.
    print("\n3. Scale: catalogs from bench/gen-catalog N (limit: peak "
          "memory allowed, 2x the file + 8 MiB)\n")
    print("  %6s %9s  %-22s %9s %8s %9s %9s" % (
        "N", "file MiB", "command", "ms", "x scan", "peak MiB", "limit"))
    scale = {}
    # The shipped exercises name figures/ beside the catalog.
    figures = os.path.join(out, "figures")
    if not os.path.lexists(figures):
        os.symlink(os.path.join(ROOT, "figures"), figures)
    for size in SIZES:
        path = os.path.join(out, "catalog-%d.yaml" % size)
        with open(path, "wb") as f:
            subprocess.run([PYTHON, os.path.join(ROOT, "bench",
                                                 "gen-catalog"), str(size)],
                           check=True, stdout=f)
        if output_of([heelrx, "--pain=left", "-e", path]) != \
                output_of([heelrx, "--pain=left"]):
            sys.exit("measure: the plan from %s is not the shipped plan"
                     % path)
        file_kib = os.path.getsize(path) / 1024
        limit = 2 * file_kib + 8 * 1024
        cmds = {
            "yaml-scan": [scan, path],
            "heelrx --check": [heelrx, "-e", path, "--check"],
            "heelrx --pain=left": [heelrx, "-e", path, "--pain=left"],
        }
        wall, rss = alternate(cmds, reps, warmup=1)
        for n in cmds:
            ratio = wall[n] / wall["yaml-scan"]
            print("  %6d %9.1f  %-22s %9.1f %8.2f %9.1f %9.1f" % (
                size, mib(file_kib), n, wall[n], ratio, mib(rss[n]),
                mib(limit)))
            report.add("scale", "%s N=%d" % (n, size), "wall_median",
                       wall[n], "ms", ratio)
            report.add("scale", "%s N=%d" % (n, size), "peak_rss", rss[n],
                       "KiB", rss[n] / file_kib,
                       "file %.0f KiB" % file_kib)
        scale[size] = (wall, rss, file_kib)

    small, big = SIZES[0], SIZES[-1]
    growth = {n: scale[big][0][n] / scale[small][0][n] for n in scale[big][0]}
    print("\n  growth from N=%d to N=%d (%dx the exercises):" % (
        small, big, big // small))
    for n, g in growth.items():
        print("    %-22s %.1fx" % (n, g))
        report.add("scale", n, "growth_%d_to_%d" % (small, big), g, "x")

    hostile_wall, hostile_peak, refusal, printed = hostile(heelrx, out,
                                                           report)

    # The issues' targets.
    big_wall, big_rss, big_file = scale[big]
    check_ratio = big_wall["heelrx --check"] / big_wall["yaml-scan"]
    mem_limit = 2 * big_file + 8 * 1024
    print("\nTargets\n")
    report.target("plan wall / cat", "%.2f" % plan_ratio, "1.30",
                  plan_ratio <= 1.3)
    report.target("FHIR plan wall / cat", "%.2f" % fhir_ratio, "1.30",
                  fhir_ratio <= 1.3)
    report.target("HTML plan wall / cat", "%.2f" % html_ratio, "1.50",
                  html_ratio <= 1.5)
    report.target("German plan wall / cat", "%.2f" % de_ratio, "1.30",
                  de_ratio <= 1.3)
    report.target("peer.py wall / plan wall", "%.1f" % speedup, ">= 10",
                  speedup >= 10)
    ir_ratio = counted["heelrx --pain=left"][0] / cat_total
    report.target("plan instructions / cat", "%.2f" % ir_ratio, "4.00",
                  ir_ratio <= 4)
    plan_ir = counted["heelrx --pain=left"][0]
    report.target("plan instructions", format(plan_ir, ","), "1,028,000",
                  plan_ir <= 1028000)
    html_ir = counted["-f html"][0] / cat_total
    report.target("HTML plan instructions / cat", "%.2f" % html_ir, "6.00",
                  html_ir <= 6)
    report.target("--check N=%d wall / yaml-scan" % big,
                  "%.2f" % check_ratio, "1.30", check_ratio <= 1.3)
    g = growth["heelrx --check"]
    report.target("--check growth N=%d to %d" % (small, big), "%.1f" % g,
                  "22", g <= 22)
    report.target("--check N=%d peak MiB" % big, "%.1f" % mib(
        big_rss["heelrx --check"]), "%.1f" % mib(mem_limit),
        big_rss["heelrx --check"] <= mem_limit)
    report.target("finding 1, N=%d, slowest s" % HOSTILE_N,
                  "%.2f" % hostile_wall, "2", hostile_wall < 2)
    report.target("finding 1, N=%d, peak MiB" % HOSTILE_N,
                  "%.1f" % mib(hostile_peak), "64", hostile_peak < 64 * 1024)
    # CPU time: GNU time's wall clock has 10 ms steps, and on a shared
    # machine waits for the others.
    report.target("finding 2 refused, slowest CPU s", "%.3f" % refusal,
                  "0.1", refusal < 0.1)
    report.target("finding 2, bytes on stdout", "%d" % printed, "0",
                  printed == 0)
    for what, value, limit, is_met in report.targets:
        print("  %-34s %8s  limit %-6s %s" % (what, value, limit,
                                             "met" if is_met else "MISSED"))
    report.write()
    print("\nCSV: %s" % os.path.relpath(report.path, ROOT))
    return 0 if all(t[3] for t in report.targets) else 1


if __name__ == "__main__":
    sys.exit(main())
