#!/usr/bin/env python3
"""Times upstream CAiMIRA's virus report on the cases of a reference file, on this machine, for a side-by-side
comparison with `./caimira bench --reference FILE --upstream-times OUT` (docs/performance.md, "Side by side").

Each case goes through upstream's own API path (submit_virus_form: form validation, model building, report data),
warm and in-process: one untimed call, then --reps timed ones; the median is written to OUT as a JSON line
{"id": ..., "upstream_seconds": ...}. Upstream runs "at its best": glibc's allocator keeps freed memory instead of
unmapping it (numpy's 2 MB arrays are otherwise mapped and faulted in again at every operation), OpenBLAS uses one
thread, and the report's tasks run on upstream's default thread pool.

Needs an upstream checkout (its caimira/src directory) and numpy and scipy. Upstream's other imports that a report
does not exercise, or that a few lines of numpy stand in for (scikit-learn's weighted kernel density sampling,
memoization's cache, timezonefinder for Swiss locations, matplotlib, pyinstrument), are taken from stand_ins/ when
they are not installed. When the checkout has no weather data (it is stored outside git), --weather gives a
directory with a weather set and a station list in upstream's format (../shared/data/weather).
"""
import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

TUNED = {
    # glibc: never give 2 MB arrays back to the kernel between numpy operations
    "MALLOC_MMAP_THRESHOLD_": str(1 << 32),
    "MALLOC_TRIM_THRESHOLD_": str(1 << 32),
    "MALLOC_TOP_PAD_": str(1 << 28),
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upstream", required=True, type=Path, help="upstream's caimira/src directory")
    parser.add_argument("--cases", required=True, type=Path, help="reference file (JSON lines with id and input)")
    parser.add_argument("--out", required=True, type=Path, help="where to write the measured times (JSON lines)")
    parser.add_argument("--weather", type=Path, help="directory with synthetic_weather_set.json and "
                        "stations_europe_hadisd_format.txt, used when the checkout has no weather data")
    parser.add_argument("--reps", type=int, default=2, help="timed calls per case (default 2)")
    parser.add_argument("--only", help="comma-separated case ids")
    args = parser.parse_args()

    if any(os.environ.get(k) != v for k, v in TUNED.items()):
        # the allocator reads its settings at start: run again with them
        os.execve(sys.executable, [sys.executable] + sys.argv, {**os.environ, **TUNED})

    sys.path.insert(0, str(args.upstream.resolve()))
    sys.path.append(str(Path(__file__).resolve().parent / "stand_ins"))  # after site-packages: real ones win
    weather_file = args.upstream / "caimira/calculator/models/data/global_weather_set.json"
    if not weather_file.exists():
        if args.weather is None:
            parser.error("the checkout has no weather data: give --weather")
        _redirect_weather(args.upstream, _weather_directory(args.weather.resolve()))
    from caimira.api.controller.virus_report_controller import submit_virus_form

    only = set(args.only.split(",")) if args.only else None
    measured = []
    with args.out.open("w") as out:
        for line in args.cases.open():
            if not line.strip():
                continue
            row = json.loads(line)
            if only and row["id"] not in only:
                continue
            try:
                submit_virus_form(dict(row["input"]), None)
            except Exception as refused:  # an input upstream refuses: nothing to time
                print(f"{row['id']}: refused by upstream ({type(refused).__name__})", flush=True)
                continue
            seconds = []
            for _ in range(args.reps):
                start = time.perf_counter()
                submit_virus_form(dict(row["input"]), None)
                seconds.append(time.perf_counter() - start)
            median = statistics.median(seconds)
            measured.append(median)
            out.write(json.dumps({"id": row["id"], "upstream_seconds": median}) + "\n")
            out.flush()
            stored = row.get("ref_seconds")
            print(f"{row['id']}: {median * 1000:.0f} ms" + (f" (stored ref_seconds {stored * 1000:.0f} ms)"
                  if stored else ""), flush=True)
    if measured:
        print(f"{len(measured)} cases: upstream median {statistics.median(measured) * 1000:.0f} ms")


def _redirect_weather(upstream, directory):
    """Loads upstream's weather module before its package (whose import reads the weather set) and points it at
    directory: the package then takes the module already loaded."""
    import importlib.util
    name = "caimira.calculator.models.data.weather"
    spec = importlib.util.spec_from_file_location(name, upstream / "caimira/calculator/models/data/weather.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.WX_DATA_LOCATION = directory
    sys.modules[name] = module
    import caimira.calculator.models.data as package
    package.weather = module  # as an ordinary import of the submodule would have set it


def _weather_directory(source):
    """A directory holding the weather set and the station list under the names upstream's weather module reads."""
    import tempfile
    target = Path(tempfile.mkdtemp(prefix="caimira-upstream-weather-"))
    (target / "global_weather_set.json").symlink_to(source / "synthetic_weather_set.json")
    (target / "hadisd_station_fullinfo_v311_202001p.txt").symlink_to(source / "stations_europe_hadisd_format.txt")
    return target


if __name__ == "__main__":
    main()
