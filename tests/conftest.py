"""Shared parametrisation: every test that takes ``entry`` runs once per registry entry."""

from __future__ import annotations

import pytest

import activations

ENTRIES = list(activations.REGISTRY.values())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "entry" in metafunc.fixturenames:
        metafunc.parametrize("entry", ENTRIES, ids=[e.name for e in ENTRIES])
    if "kind" in metafunc.fixturenames:
        metafunc.parametrize("kind", ["function", "derivative"])


@pytest.fixture
def fn(entry: activations.Activation, kind: str):
    """The public function or its derivative for the entry."""
    public = activations.function(entry.name)
    return public if kind == "function" else public.derivative


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory):
    """The site, built once per test session with `mkdocs build --strict`, cold (own cache)."""
    from tests.site import Site, build

    root = tmp_path_factory.mktemp("site")
    build(root, cache=tmp_path_factory.mktemp("cache"))
    return Site(root)
