"""axe-core, the accessibility rules engine, fetched from the npm registry on first use.

It lands in tests/browser/.axe/ (gitignored) and is reused afterwards. Run this file to
fetch it ahead of the tests: python tests/browser/vendor_axe.py
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from pathlib import Path

from filelock import FileLock

AXE_DIR = Path(__file__).resolve().parent / ".axe"
AXE_JS = AXE_DIR / "node_modules" / "axe-core" / "axe.min.js"
# Test workers start together: one fetches, the others wait for it instead of racing npm.
AXE_LOCK = AXE_DIR.with_name(".axe.lock")
PACKAGE = "axe-core@4"

# What the site promises: WCAG 2.1 A and AA, plus axe's best practices (landmarks, one h1...).
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = ("serious", "critical")


class AxeUnavailable(RuntimeError):
    """axe-core is not here and cannot be fetched: the accessibility tests skip with this reason."""


def install() -> Path:
    """Put axe-core in tests/browser/.axe/ unless it is there; returns the script's path."""
    if AXE_JS.exists():
        return AXE_JS
    with FileLock(AXE_LOCK, timeout=600):
        if not AXE_JS.exists():  # another worker may have fetched it while this one waited
            _fetch()
    return AXE_JS


def _fetch() -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise AxeUnavailable(f"npm is needed once to fetch {PACKAGE} (Debian: apt-get install npm)")
    done = subprocess.run(
        [npm, "install", "--prefix", str(AXE_DIR), "--no-audit", "--no-fund", PACKAGE],
        capture_output=True, text=True, timeout=300,
    )
    if done.returncode != 0 or not AXE_JS.exists():
        raise AxeUnavailable(f"npm install {PACKAGE} failed:\n{done.stdout}{done.stderr}")


@functools.cache
def source() -> str:
    return install().read_text(encoding="utf-8")


def audit(page) -> list[dict]:
    """axe's violations on the page as it is now, by the rules of TAGS: [{id, impact, help, targets}]."""
    # evaluated through the devtools protocol, so the site's CSP (no inline scripts) stays on
    if not page.evaluate("typeof window.axe === 'object'"):
        page.evaluate(source())
    return page.evaluate(
        """async (tags) => {
            const only = {type: "tag", values: tags};
            const result = await axe.run(document, {runOnly: only, resultTypes: ["violations"]});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.map(n => n.target.join(" ") + "  " + (n.failureSummary || "")),
            }));
        }""",
        TAGS,
    )


def blocking(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in BLOCKING]


if __name__ == "__main__":
    print(install())
