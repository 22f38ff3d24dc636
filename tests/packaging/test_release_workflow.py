"""The release workflow (.github/workflows/release.yml) and what it builds from: it
passes actionlint, and the spec's Windows and macOS branches and the Inno Setup
script name files that exist or that the spec makes where the workflow looks.

The spec runs here with PyInstaller's build steps recorded instead of run, once per
system, so its darwin and win32 branches are executed, not only read.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

REPO = Path(__file__).resolve().parents[2]
WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
ISS = REPO / "packaging" / "windows" / "passdesk.iss"
SPEC = REPO / "packaging" / "passdesk.spec"


def actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which(
        "actionlint")
    assert found, "actionlint is missing: pip install -e '.[test]' installs it"
    return found


def test_every_workflow_passes_actionlint() -> None:
    workflows = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
    assert WORKFLOW in workflows
    done = subprocess.run([actionlint(), "-no-color", *map(str, workflows)], cwd=REPO,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_finds_a_broken_workflow(tmp_path) -> None:
    # The check above can fail: a step that names no action and runs nothing.
    broken = tmp_path / ".github" / "workflows" / "broken.yml"
    broken.parent.mkdir(parents=True)
    broken.write_text("on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
                      "    steps:\n      - name: nothing\n")
    done = subprocess.run([actionlint(), "-no-color", str(broken)], cwd=tmp_path,
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr


class Recorded(SimpleNamespace):
    pass


def run_spec(platform: str, tmp_path: Path, monkeypatch) -> dict[str, Recorded]:
    """Execute the spec as PyInstaller would on ``platform``, with its build steps
    recorded; returns them by name."""
    calls: dict[str, Recorded] = {}

    def step(name):
        def record(*args, **kwargs):
            calls[name] = Recorded(args=args, **kwargs)
            # What the spec reads back from an Analysis: nothing found.
            calls[name].binaries, calls[name].datas, calls[name].pure = [], [], []
            calls[name].scripts = []
            return calls[name]
        return record

    import PyInstaller.utils.hooks  # noqa: F401 - reads sys.platform when imported

    monkeypatch.setattr(sys, "platform", platform)
    work = tmp_path / platform
    (work / "dist").mkdir(parents=True)
    namespace = {name: step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace.update(SPECPATH=str(SPEC.parent), workpath=str(work), DISTPATH=str(work / "dist"),
                     __file__=str(SPEC))
    exec(compile(SPEC.read_text(), str(SPEC), "exec"), namespace)  # noqa: S102
    return calls


@pytest.mark.parametrize("platform", ["darwin", "win32", "linux"])
def test_the_spec_builds_what_the_workflow_packages(platform, qapp, tmp_path,
                                                    monkeypatch) -> None:
    calls = run_spec(platform, tmp_path, monkeypatch)
    exe, coll = calls["EXE"], calls["COLLECT"]
    assert (exe.name, coll.name) == ("passdesk", "passdesk")  # dist/passdesk/passdesk[.exe]
    workflow = WORKFLOW.read_text()
    assert "--distpath dist --workpath build/pyinstaller" in workflow
    if platform == "darwin":
        app = calls["BUNDLE"]
        assert app.args == (coll,)
        assert app.name == "passdesk.app"
        assert "dist/passdesk.app/Contents/MacOS/passdesk --self-test" in workflow
        assert "NSCameraUsageDescription" in app.info_plist
        assert app.version == re.search(r'__version__ = "(.+)"',
                                        (REPO / "passdesk/__init__.py").read_text())[1]
        assert app.icon == exe.icon
        assert Path(exe.icon).read_bytes()[:4] == b"icns"
    else:
        assert "BUNDLE" not in calls
    if platform == "win32":
        assert exe.console is False
        assert Path(exe.icon).read_bytes()[:4] == b"\0\0\1\0"  # an .ico
        # The installer's icon is the one the spec draws in its work folder.
        assert Path(exe.icon) == tmp_path / platform / "passdesk.ico"
    if platform == "linux":
        assert exe.icon is None
        assert exe.console is True
        analysis = calls["Analysis"]
        assert str(REPO / "packaging" / "linux_shims") in analysis.pathex
    else:
        assert str(REPO / "packaging" / "linux_shims") not in calls["Analysis"].pathex


def iss_paths() -> dict[str, str]:
    """Each path the Inno Setup script reads from, by its key (Source, SetupIconFile…)."""
    text = ISS.read_text()
    found = {}
    for key in ("SetupIconFile", "LicenseFile", "InfoBeforeFile"):
        for value in re.findall(rf"^{key}=(.+)$", text, re.M):
            found[key] = value.strip()
    for value in re.findall(r'^Source:\s*"([^"]+)"', text, re.M):
        found.setdefault("Source", value)
    return found


def test_the_installer_script_reads_what_the_build_leaves() -> None:
    paths = iss_paths()
    assert paths["Source"] == r"..\..\dist\passdesk\*"
    # The spec writes the .ico into PyInstaller's work folder (build/pyinstaller/passdesk).
    assert paths["SetupIconFile"] == r"..\..\build\pyinstaller\passdesk\passdesk.ico"
    for key, value in paths.items():
        relative = (ISS.parent / value.replace("\\", "/").rstrip("*")).resolve()
        if relative.is_relative_to(REPO / "dist") or relative.is_relative_to(REPO / "build"):
            continue  # made by the build: checked above against the spec
        assert relative.exists(), (key, value)
    text = ISS.read_text()
    assert r'Filename: "{app}\passdesk.exe"' in text
    # The workflow compiles this script with the version it built.
    assert r"packaging\windows\passdesk.iss" in WORKFLOW.read_text()
    assert "/DAppVersion=" in WORKFLOW.read_text()
    assert "{#AppVersion}" in text
    app_id = re.search(r"^AppId=\{\{([0-9A-F-]{36})\}$", text, re.M)
    assert app_id, "AppId: a fixed GUID, so updates replace the installed version"
