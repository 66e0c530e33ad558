"""The one-time axe-core fetch is safe when several test workers start together."""

from __future__ import annotations

import multiprocessing
import os
import stat

import pytest
import vendor_axe

FAKE_NPM = """#!/bin/sh
# stands in for npm: counts its runs, takes its time, then leaves axe.min.js where npm would
echo run >> "{calls}"
sleep 0.5
mkdir -p "{prefix}/node_modules/axe-core"
echo "window.axe = {{}};" > "{prefix}/node_modules/axe-core/axe.min.js"
"""


def _install_in_child(results) -> None:
    results.put(vendor_axe.install().read_text())


@pytest.fixture
def fresh_axe_dir(tmp_path, monkeypatch):
    axe_dir = tmp_path / ".axe"
    monkeypatch.setattr(vendor_axe, "AXE_DIR", axe_dir)
    monkeypatch.setattr(vendor_axe, "AXE_JS", axe_dir / "node_modules" / "axe-core" / "axe.min.js")
    monkeypatch.setattr(vendor_axe, "AXE_LOCK", tmp_path / ".axe.lock")
    return axe_dir


def test_workers_starting_together_fetch_axe_once_and_all_get_it(tmp_path, fresh_axe_dir, monkeypatch):
    calls = tmp_path / "npm-calls"
    npm = tmp_path / "bin" / "npm"
    npm.parent.mkdir()
    npm.write_text(FAKE_NPM.format(calls=calls, prefix=fresh_axe_dir))
    npm.chmod(npm.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{npm.parent}{os.pathsep}{os.environ['PATH']}")

    context = multiprocessing.get_context("fork")  # the children keep the patched paths
    results = context.Queue()
    workers = [context.Process(target=_install_in_child, args=(results,)) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)

    assert [worker.exitcode for worker in workers] == [0, 0, 0, 0]
    assert [results.get(timeout=5) for _ in workers] == ["window.axe = {};\n"] * 4
    assert calls.read_text().splitlines() == ["run"]


def test_without_npm_the_reason_says_how_to_get_it(fresh_axe_dir, monkeypatch):
    monkeypatch.setenv("PATH", str(fresh_axe_dir))  # a folder with no npm in it
    with pytest.raises(vendor_axe.AxeUnavailable, match="apt-get install npm"):
        vendor_axe.install()
