"""The registry's public API, its docstrings and its refusal of bad input."""

from __future__ import annotations

import dataclasses
import doctest
import re

import numpy as np
import pytest

import activations
from activations.registry import RegistryError, check_derivative, check_entries


def test_registry_is_large_and_read_only() -> None:
    assert len(activations.REGISTRY) >= 30
    with pytest.raises(TypeError):
        activations.REGISTRY["mine"] = activations.REGISTRY["relu"]  # type: ignore[index]


def test_every_entry_has_a_module_level_function(entry) -> None:
    fn = getattr(activations, entry.name)
    assert fn is activations.function(entry.name)
    assert fn.derivative.__name__ == f"{entry.name}_derivative"


def test_aliases_resolve(entry) -> None:
    for alias in entry.aliases:
        assert activations.get(alias) is entry
    assert activations.get(entry.name.upper().replace("_", "-")) is entry


@pytest.mark.parametrize(("alias", "name"), [("swish", "silu"), ("logistic", "sigmoid")])
def test_well_known_aliases(alias: str, name: str) -> None:
    assert activations.get(alias).name == name


def test_unknown_name_lists_closest() -> None:
    with pytest.raises(KeyError, match="closest: sigmoid"):
        activations.get("sigmoidd")


def test_docstring_runs_and_states_the_formula(entry) -> None:
    fn = getattr(activations, entry.name)
    assert entry.latex in fn.__doc__
    assert entry.derivative_latex in fn.derivative.__doc__
    if entry.kink_convention:
        assert entry.kink_convention in fn.__doc__
    test = doctest.DocTestParser().get_doctest(fn.__doc__, {}, entry.name, None, 0)
    assert test.examples, "every public function carries a doctest"
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.failures == 0


def test_package_doctest() -> None:
    failures, tried = doctest.testmod(activations, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried > 0
    assert failures == 0


def test_non_numeric_input_is_a_type_error(entry) -> None:
    fn = getattr(activations, entry.name)
    with pytest.raises(TypeError, match=entry.name):
        fn(np.array(["a", "b"]))
    with pytest.raises(TypeError):
        fn([1.0], no_such_parameter=1.0)


def test_invalid_parameters_are_value_errors(entry) -> None:
    fn = getattr(activations, entry.name)
    for param in entry.params:
        outside = []
        if np.isfinite(param.low):
            outside.append(param.low if param.low_open else param.low - 1.0)
        if np.isfinite(param.high):
            outside.append(param.high if param.high_open else param.high + 1.0)
        outside.append(float("nan"))
        for value in outside:
            with pytest.raises(ValueError, match=param.name):
                fn([0.0], **{param.name: value})
            with pytest.raises(ValueError, match=param.name):
                fn.derivative([0.0], **{param.name: value})


def test_defaults_are_accepted_explicitly(entry) -> None:
    fn = getattr(activations, entry.name)
    np.testing.assert_array_equal(fn([0.5, -0.5], **entry.defaults), fn([0.5, -0.5]))


# Malformed entries: each must fail where it is built, with one message naming the entry,
# where it is written and the problem.


def _entry(**changes):
    return dataclasses.replace(activations.REGISTRY["leaky_relu"], **changes)


def _bad_default():
    return _entry(params=(dataclasses.replace(_entry().params[0], default=-0.5),))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: _entry(latex=""), "'leaky_relu': missing latex"),
        (lambda: _entry(derivative_latex=" "), "'leaky_relu': missing derivative_latex"),
        (_bad_default, "'leaky_relu': default outside its valid range"),
        (lambda: _entry(latexx="x"), "'leaky_relu': unknown field 'latexx' .did you mean 'latex'"),
        (
            lambda: activations.Activation(name="half", title="Half"),  # type: ignore[call-arg]
            "'half': missing field.s. summary, function, derivative",
        ),
    ],
    ids=["missing-formula", "blank-derivative-formula", "bad-default", "misspelt", "missing"],
)
def test_malformed_entry_is_rejected_where_it_is_built(build, message: str) -> None:
    with pytest.raises(RegistryError, match=message) as error:
        build()
    assert str(error.value).startswith("tests/test_registry.py:"), "names where it is written"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            lambda: [_entry(), _entry(name="other", aliases=("lrelu",))],
            "'other': name or alias 'lrelu'",
        ),
        (lambda: [_entry(), _entry()], "'leaky_relu': name or alias 'leaky_relu' is already used"),
    ],
    ids=["duplicate-alias", "duplicate-name"],
)
def test_duplicate_names_are_rejected(entries, message: str) -> None:
    with pytest.raises(RegistryError, match=message):
        check_entries(entries())


def test_every_derivative_passes_the_build_check(entry) -> None:
    check_derivative(entry)


def test_a_wrong_derivative_is_rejected_with_its_name() -> None:
    wrong = _entry(derivative=lambda x, negative_slope: x * 0 + 1.0)  # forgets the slope
    with pytest.raises(RegistryError, match=r"'leaky_relu': derivative disagrees .* x = -8"):
        check_derivative(wrong)


def test_an_integer_too_large_for_a_float_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="alpha"):
        activations.elu([1.0], alpha=10**400)


OWNERS: list[activations.Activation | activations.VectorActivation] = [
    *activations.REGISTRY.values(),
    *activations.VECTOR_REGISTRY.values(),
]
PARAMETERS = [(owner, param) for owner in OWNERS for param in owner.params]


@pytest.mark.parametrize(
    ("owner", "param"), PARAMETERS, ids=[f"{e.name}.{p.name}" for e, p in PARAMETERS]
)
def test_a_parameter_symbol_is_written_in_its_formula(owner, param) -> None:
    """The explorer labels a parameter by its symbol: the one the formula writes."""
    if not param.symbol:
        assert owner.name == "softplus", f"{owner.name}.{param.name} has no symbol"
        return  # its threshold is a numerical switch, not in the formula
    token = re.escape(param.symbol) + r"(?![A-Za-z])"
    if param.symbol.isalpha():  # a single letter, not part of a longer name or command
        token = r"(?<![A-Za-z\\])" + token
    assert re.search(token, owner.latex), f"{param.symbol} is not in {owner.latex}"
