"""Shared parametrisation: every test that takes ``entry`` runs once per registry entry."""

from __future__ import annotations

import os

# Before numpy loads: the experiments' small matrix products are far slower with BLAS
# threads competing for two cores (scripts/gen_site.py sets the same).
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
# One result cache for every test and every build the tests start (each build keeps its
# own cache of figures and outputs, cold): the digits experiment trains for minutes on a
# cold cache, and its results depend only on the code and the data, which the key holds.
os.environ.setdefault(
    "ACTIVATIONS_RESULTS",
    os.path.abspath(
        os.path.join(
            os.environ.get("ACTIVATIONS_CACHE")
            or os.path.join(os.path.dirname(os.path.dirname(__file__)), ".cache"),
            "experiments",
        )
    ),
)

import pytest

import activations
from activations import experiments
from site_tools import output_cache

ENTRIES = list(activations.REGISTRY.values())


# Tests that build the site (or read the build of the session's `sites` fixture): the
# `site` marker, which `make test-fast` leaves out along with the `browser` tests.
SITE_FIXTURES = {"site", "sites", "site_zh", "server"}
BUILDING_MODULES = {"test_bad_registry_build", "test_properdocs", "test_reproducible", "test_serve"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        module = item.nodeid.split("::")[0].rsplit("/", 1)[-1].removesuffix(".py")
        fixtures = set(getattr(item, "fixturenames", ()))
        if fixtures & SITE_FIXTURES or module in BUILDING_MODULES:
            item.add_marker(pytest.mark.site)


@pytest.fixture(autouse=True, scope="session")
def _result_cache() -> None:
    """Pages and tables expanded in the tests' own process read the experiments' results
    from that cache too, instead of training in memory."""
    experiments.use_store(output_cache.ResultCache())


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
def sites(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """The site in every language, built once per test run with `mkdocs build --strict`
    of each config into one folder, cold (own cache): language -> Site. Under
    pytest-xdist the first worker to ask builds it, under a file lock, into the run's
    shared temporary folder, and the others wait and read the same build."""
    from filelock import FileLock

    from tests.site import LANGUAGES, Site, build_languages

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if hasattr(request.config, "workerinput") else base
    root, logs, cache = shared / "site", shared / "site-logs", shared / "site-cache"
    with FileLock(shared / "site.lock"):
        if not logs.exists():  # written last: a failed build is retried, and fails again
            builds = build_languages(root, cache=cache)
            logs.with_suffix(".part").mkdir(exist_ok=True)
            for language, done in builds.items():
                (logs.with_suffix(".part") / f"{language}.log").write_text(done.stderr, "utf-8")
            logs.with_suffix(".part").rename(logs)
    return {
        language: Site(root, folder, (logs / f"{language}.log").read_text("utf-8"), cache)
        for language, (_, folder) in LANGUAGES.items()
    }


@pytest.fixture(scope="session")
def site(sites):
    """The English site (at the root of the built folder)."""
    return sites["en"]


@pytest.fixture(scope="session")
def site_zh(sites):
    """The Chinese site (under zh/)."""
    return sites["zh"]
