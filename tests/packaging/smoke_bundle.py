"""Build the standalone bundle in a clean venv and check that it works without Python.

    python3 tests/packaging/smoke_bundle.py [WORK_DIR]

Not part of the normal suite (it takes a few minutes). Builds with build.spec from a
fresh clone of this checkout's HEAD, then runs the bundled binary: --version, new,
import-json / list-workshops / export-json of a demo workshop, analyze --json on its
answers (the stopword lists and the lemma tables must be inside), export-charter (the
embedded fonts), and the GUI offscreen with the demo for a few seconds. Prints the bundle's
size; exits non-zero on failure.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*command: str, **options) -> subprocess.CompletedProcess[str]:
    print("$", " ".join(command), flush=True)
    return subprocess.run(command, check=True, text=True, capture_output=True, **options)


def folder_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file() and not item.is_symlink())


# What PyInstaller leaves to the machine (its own exclusion list): the C library and the
# graphics stack, which must match the machine's drivers.
BASE_SYSTEM = re.compile(
    r"^(ld-linux.*|lib(c|m|dl|pthread|rt|util|resolv)\.so\..*|lib(GL|EGL|GLX|OpenGL|drm|gbm)\.so\..*"
    r"|libwayland-.*|libxcb\.so\..*)$"
)


def missing_libraries(bundle: Path) -> dict[str, set[str]]:
    """Libraries some bundled file needs that are neither inside nor base system: what
    pruning in build.spec must never cause."""
    elves = [path for path in bundle.rglob("*") if path.is_file() and ".so" in path.name]
    present = {path.name for path in elves}
    missing: dict[str, set[str]] = {}
    for elf in elves:
        readelf = ["readelf", "--dynamic", str(elf)]
        dynamic = subprocess.run(readelf, check=True, capture_output=True, text=True).stdout
        for needed in re.findall(r"Shared library: \[(.+?)\]", dynamic):
            if needed not in present and not BASE_SYSTEM.match(needed):
                missing.setdefault(needed, set()).add(elf.name)
    return missing


def main() -> int:
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="ps-bundle-"))
    source, venv = work / "src", work / "venv"
    run("git", "clone", "-q", str(ROOT), str(source))
    run(sys.executable, "-m", "venv", str(venv))
    run(str(venv / "bin" / "pip"), "install", "-q", str(source), "pyinstaller")
    run(
        str(venv / "bin" / "pyinstaller"),
        "--noconfirm",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        "build.spec",
        cwd=source,
    )
    # The version of the clone just built, not of whatever this script runs under.
    identity = run(
        str(venv / "bin" / "python"), "-c", "import philosophy_studio as p; print(p.APP_ID, p.__version__)"
    )
    app_id, version = identity.stdout.split()
    bundle = work / "dist" / f"{app_id}-{version}"
    binary = str(bundle / app_id)
    # The bundle must not lean on this checkout or its venv.
    clean = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    clean.update(
        PHILOSOPHY_STUDIO_CONFIG_DIR=str(work / "config"), PHILOSOPHY_STUDIO_DATA_DIR=str(work / "data")
    )

    shipped = bundle / "_internal" / "philosophy_studio" / "_data" / "resources" / "guidance"
    for language in ("tr", "en"):
        guides = {path.name for path in (shipped / language).glob("*.md")}
        written = {path.name for path in (source / "resources" / "guidance" / language).glob("*.md")}
        assert "planning.md" in guides and guides == written, f"the guide is incomplete: {guides}"
    missing = missing_libraries(bundle)
    assert not missing, f"bundled files need libraries that were left out: {missing}"
    assert run(binary, "--version", env=clean).stdout.strip() == f"Philosophy Studio {version}"
    run(binary, "new", str(work / "new.pstudio"), "--team", "Smoke", "--lang", "tr", env=clean)
    demo = source / "resources" / "demo" / "demo-en.json"
    run(binary, "import-json", str(demo), "-o", str(work / "demo.pstudio"), env=clean)
    listing = run(binary, "list-workshops", str(work / "demo.pstudio"), env=clean).stdout
    assert "Larkspur Rider Care" in listing, listing
    exported = json.loads(run(binary, "export-json", str(work / "demo.pstudio"), env=clean).stdout)
    assert exported == json.loads(demo.read_text(encoding="utf-8")), "the bundled round trip changed the demo"

    analysis = json.loads(run(binary, "analyze", str(work / "demo.pstudio"), "--json", env=clean).stdout)
    assert 0 < analysis["respondents"] <= len(exported["survey_answers"]), analysis["respondents"]
    terms = {term["term"] for term in analysis["terms"]}
    assert terms and not terms & {"the", "and", "to", "we"}, "stopwords were counted: the lists are missing"
    assert analysis["phrases"], "no phrases found in the demo answers"
    grouped = [term for term in analysis["terms"] if len(term["forms"]) > 1]
    assert grouped, "no inflected forms grouped: the lemma tables are missing"

    charter = work / "charter.pdf"
    run(binary, "export-charter", str(work / "demo.pstudio"), "-o", str(charter), env=clean)
    pdf = charter.read_bytes()
    assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf, "the charter has no embedded font"
    assert len(pdf) > 20_000, len(pdf)

    gui = subprocess.Popen(
        [binary, "--demo"],
        env={**clean, "QT_QPA_PLATFORM": "offscreen"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        gui.wait(timeout=8)
        raise AssertionError(f"the GUI exited early: {gui.stderr.read()}")
    except subprocess.TimeoutExpired:
        pass  # still running with its window: good
    finally:
        gui.terminate()
        gui.wait(timeout=10)
    demos = list((work / "data" / "demo").glob("*.pstudio"))
    assert demos, "the GUI did not create its demo copy"

    print(f"bundle: {bundle}")
    print(f"bundle size unpacked: {folder_size(bundle) / 1_000_000:.0f} MB (limit 400 MB)")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
