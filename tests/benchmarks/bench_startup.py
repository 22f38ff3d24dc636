"""Cold start: process start to a Door that has taken a wedge scan. Prints one JSON object.

    .venv/bin/python tests/benchmarks/bench_startup.py [--passes 1000000] [--reps 7] [--xcb]

Each repetition spawns a fresh ``python``: the app's child runs ``passdesk``'s own entry
point (``passdesk.cli.main``), configured for a server that refuses connections (the
sync service goes offline, as at a venue without network) over a store of ``--passes``
synthetic passes (built once by ``bench_lists.build_store`` and kept in the temp folder,
or ``--store FILE``). Once the main window shows the Door with its keyboard wedge
listening, the child types a pass's ticket number as a USB scanner does (key events
with timestamps, through the application's event filters) and, when the Door has
judged it, writes one line; that line is the stop. The bare window is a QApplication
and a QWidget shown, timed the same way in the same run, alternating with the app.

app_s / bare_s: median and p90 over ``--reps``; ratio: app median / bare median.
cpu_s: the child's own CPU time (all its threads) when it wrote its line: steadier than
the wall clock on a machine other jobs share.
import_s: ``python -c "import passdesk.app"`` alone (median of 3).
Targets (issue 22): app ≤ 1.0 s and ≤ 3 times the bare window.
Qt runs offscreen unless ``--xcb`` (needs DISPLAY, e.g. an Xvfb with a window manager).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bench_lists import TYPED_PASS, build_store, ticket_number

APP_TARGET_S = 1.0
RATIO_TARGET = 3.0
#: The child gives up (and says so) after this long: a hung start is a failed run.
CHILD_TIMEOUT_S = 60

#: The app's child: ``passdesk`` as its entry point runs it, plus a probe on a timer
#: that scans once the Door listens. The QApplication is made first so the probe's
#: timer exists; ``app.run`` uses that instance (as it would its own).
APP_CHILD = r"""
import sys, time, json
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

for hidden in filter(None, sys.argv[2].split(",")):
    sys.modules[hidden] = None  # as if not installed (--hide)
qt = QApplication([sys.argv[0]])
VALUE = sys.argv[1]
stamp = iter(range(1_000_000, 10_000_000, 3))

def type_burst(target, value):
    for char in value + "\r":
        at = next(stamp)
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        mods = Qt.KeyboardModifier(Qt.KeyboardModifier.ShiftModifier if char.isupper() else 0)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, mods, char)
            event.setTimestamp(at)
            QCoreApplication.sendEvent(target, event)

def probe():
    for window in QApplication.topLevelWidgets():
        if type(window).__name__ != "MainWindow" or not window.isVisible():
            continue
        pane = window.stack.currentWidget()
        wedge = getattr(pane, "wedge", None)
        if wedge is None or not wedge.active or not pane.isVisible():
            return
        type_burst(QApplication.focusWidget() or pane, VALUE)
        result = pane.last_result
        if result is None:
            return
        timer.stop()
        print(json.dumps({"ready": time.time(), "cpu": time.process_time(),
                          "outcome": str(result.verdict.outcome),
                          "message": pane.form.verdictMessage.text()}), flush=True)
        QTimer.singleShot(0, qt.quit)
        return

timer = QTimer(interval=5)
timer.timeout.connect(probe)
timer.start()
from passdesk.cli import main
raise SystemExit(main([]))
"""

#: The bare window: as little as a PySide6 window takes, stopped the same way.
BARE_CHILD = r"""
import sys, time, json
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

qt = QApplication([sys.argv[0]])
window = QWidget()
window.resize(1100, 720)
window.show()

def probe():
    if window.isVisible():
        print(json.dumps({"ready": time.time(), "cpu": time.process_time()}), flush=True)
        QTimer.singleShot(0, qt.quit)

QTimer.singleShot(0, probe)
sys.exit(qt.exec())
"""


def percentiles(samples: list[float]) -> dict:
    ordered = sorted(samples)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 3), "p90": round(p90, 3),
            "runs": [round(s, 3) for s in samples]}


def timed_child(code: str, args: list[str], env: dict[str, str]) -> tuple[float, dict]:
    """Seconds from spawning ``python -c code`` to its one line; and that line."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = child.stdout.readline()
    took = time.perf_counter() - started
    try:
        _, err = child.communicate(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
    if not line:
        raise RuntimeError(f"the child wrote nothing (exit {child.returncode}):\n{err[-3000:]}")
    return took, json.loads(line)


def child_env(folder: Path, store: Path, xcb: bool) -> dict[str, str]:
    """Throwaway settings/data folders, a server that refuses, no keychain, no sound."""
    config = folder / "config"
    config.mkdir(parents=True, exist_ok=True)
    (folder / "data").mkdir(exist_ok=True)
    # Port 9 (discard) on loopback: nothing listens, the sync goes offline at once.
    (config / "settings.json").write_text(json.dumps({"api_base_url": "http://127.0.0.1:9"}))
    env = dict(os.environ)
    # An installed app has its bytecode: the first (uncounted) start writes what is missing.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update({"PASSDESK_CONFIG_DIR": str(config), "PASSDESK_DATA_DIR": str(folder / "data"),
                "PASSDESK_DATABASE_URL": f"sqlite:///{store}", "PASSDESK_API_KEY": "bench",
                "PASSDESK_MUTE": "1", "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
                "QT_QPA_PLATFORM": "xcb" if xcb else "offscreen"})
    return env


def cached_store(passes: int, given: str | None) -> Path:
    path = Path(given) if given else (Path(tempfile.gettempdir()) / "passdesk-bench-startup"
                                      / f"passes-{passes}.sqlite3")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(path.name + ".building")
        partial.unlink(missing_ok=True)
        build_store(partial, passes)
        partial.rename(path)
    return path


def import_seconds(env: dict[str, str]) -> float:
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import passdesk.app"], env=env, check=True)
        runs.append(time.perf_counter() - started)
    return round(statistics.median(runs), 3)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=1_000_000)
    parser.add_argument("--reps", type=int, default=7)
    parser.add_argument("--store", help="keep the synthetic store in this file")
    parser.add_argument("--xcb", action="store_true", help="on the X server in DISPLAY")
    parser.add_argument("--hide", default="", metavar="A,B",
                        help="packages the app's child treats as not installed, e.g. "
                             "rich,pygments (test extras httpx imports for its command "
                             "line; the bundle leaves them out)")
    args = parser.parse_args()
    if args.xcb and not os.environ.get("DISPLAY"):
        parser.error("--xcb needs DISPLAY")
    store = cached_store(args.passes, args.store)
    value = ticket_number(min(TYPED_PASS, args.passes - 1))
    with tempfile.TemporaryDirectory(prefix="passdesk-startup-") as tmp:
        env = child_env(Path(tmp), store, args.xcb)
        # One of each first, not counted: the store's pages and Python's files are in
        # the OS cache after it, as on any second start of the day.
        timed_child(BARE_CHILD, [], env)
        _, first = timed_child(APP_CHILD, [value, args.hide], env)
        app_runs, bare_runs, app_cpu, bare_cpu = [], [], [], []
        for _ in range(args.reps):
            took, line = timed_child(APP_CHILD, [value, args.hide], env)
            app_runs.append(took)
            app_cpu.append(line["cpu"])
            took, bare_line = timed_child(BARE_CHILD, [], env)
            bare_runs.append(took)
            bare_cpu.append(bare_line["cpu"])
        imported = import_seconds(env)
    app, bare = percentiles(app_runs), percentiles(bare_runs)
    ratio = round(app["median"] / bare["median"], 2)
    cpu = {"app": percentiles(app_cpu), "bare": percentiles(bare_cpu)}
    cpu["ratio"] = round(cpu["app"]["median"] / cpu["bare"]["median"], 2)
    print(json.dumps({
        "passes": args.passes, "platform": "xcb" if args.xcb else "offscreen",
        "reps": args.reps, "hidden": args.hide, "app_s": app, "bare_s": bare, "ratio": ratio,
        "cpu_s": cpu,
        "import_s": imported,
        "scan": {"value": value, "outcome": line["outcome"], "message": line["message"],
                 "first_run_outcome": first["outcome"]},
        "targets": {"app_s": APP_TARGET_S, "ratio": RATIO_TARGET},
        "meets": {"app_s": app["median"] <= APP_TARGET_S, "ratio": ratio <= RATIO_TARGET},
    }))


if __name__ == "__main__":
    main()
