"""At a kink the derivative returns what current PyTorch's autograd returns, as each
entry's kink convention says.

The values below are published behaviour, not our code: ``x.grad`` after
``f(x).sum().backward()`` on CPU in float64, measured with torch 2.14.1 (PyPI) and read
in its kernels (aten/src/ATen/native/cpu/Activation.cpp, tools/autograd/derivatives.yaml)
at the registry's default parameters. Hardswish's changed in torch 2.8 (pytorch#148049):
before, it returned -1/2 at -3 and 3/2 at +3.
"""

from __future__ import annotations

import numpy as np
import pytest

import activations

SELU_SCALE_ALPHA = 1.0507009873554804934 * 1.6732632423543772848  # torch's SELU constants
PYTORCH_AT_KINKS: dict[str, dict[float, float]] = {
    "relu": {0.0: 0.0},
    "leaky_relu": {0.0: 0.01},  # the left slope, negative_slope
    "prelu": {0.0: 0.25},  # the weight
    "rrelu": {0.0: (1 / 8 + 1 / 3) / 2},  # evaluation mode: the mean slope
    "relu6": {0.0: 0.0, 6.0: 0.0},
    "threshold": {1.0: 0.0},
    "elu": {0.0: 1.0},  # alpha
    "celu": {0.0: 1.0},
    "selu": {0.0: SELU_SCALE_ALPHA},
    "isrlu": {0.0: 1.0},  # no torch function: continuous derivative, 1 from both sides
    "hardswish": {-3.0: 0.0, 3.0: 1.0},
    "hardsigmoid": {-3.0: 0.0, 3.0: 0.0},
    "hardtanh": {-1.0: 0.0, 1.0: 0.0},
    "softsign": {0.0: 1.0},
    "softshrink": {-0.5: 0.0, 0.5: 0.0},
    "hardshrink": {-0.5: 0.0, 0.5: 0.0},
    "binary_step": {0.0: 0.0},  # torch.heaviside has no derivative; 0, its value on both sides
    # No torch function for the next four. The first three are C1 at their kinks, so the
    # value is the one both sides give (torch.relu(x) ** 2 gives 0 at 0 too, 2 relu(0)
    # relu'(0)). The sparse sigmoid is hardsigmoid(3 x), whose torch gradient at +-1 is
    # 3 hardsigmoid'(+-3) = 0 (above), as Keras's TensorFlow backend (tf.where) gives;
    # jax.nn.sparse_sigmoid, a jnp.clip, gives 1/4 (jax 0.10.2, float64).
    "squared_relu": {0.0: 0.0},
    "star_relu": {0.0: 0.0},
    "sparse_plus": {-1.0: 0.0, 1.0: 1.0},  # jax.nn.sparse_plus: the same (jax 0.10.2)
    "sparse_sigmoid": {-1.0: 0.0, 1.0: 0.0},
}
# With other parameters: (entry, parameters, {kink: torch's gradient}).
WITH_PARAMETERS = [
    ("elu", {"alpha": 2.0}, {0.0: 2.0}),
    ("celu", {"alpha": 2.0}, {0.0: 1.0}),
    ("leaky_relu", {"negative_slope": 0.2}, {0.0: 0.2}),
    ("threshold", {"threshold": 0.5, "value": 3.0}, {0.5: 0.0}),
    ("star_relu", {"scale": -2.0, "bias": 1.0}, {0.0: 0.0}),
]


def test_every_entry_with_kinks_is_measured(entry) -> None:
    if entry.kinks(**entry.defaults):
        assert entry.name in PYTORCH_AT_KINKS, f"measure torch's gradient at {entry.name}'s kinks"
        assert set(PYTORCH_AT_KINKS[entry.name]) == set(entry.kinks(**entry.defaults))


@pytest.mark.parametrize("name", PYTORCH_AT_KINKS)
def test_derivative_at_kinks_is_pytorchs(name: str) -> None:
    expected = PYTORCH_AT_KINKS[name]
    derivative = activations.function(name).derivative
    got = derivative(np.array(list(expected)))
    np.testing.assert_allclose(got, list(expected.values()), rtol=1e-15, atol=0)


@pytest.mark.parametrize(("name", "params", "expected"), WITH_PARAMETERS)
def test_derivative_at_kinks_with_parameters(name: str, params: dict, expected: dict) -> None:
    got = activations.function(name).derivative(np.array(list(expected)), **params)
    np.testing.assert_allclose(got, list(expected.values()), rtol=1e-15, atol=0)


def test_kink_conventions_say_pytorch_where_it_has_the_function(entry) -> None:
    """A convention that claims PyTorch's behaviour must be for a function PyTorch has."""
    if "PyTorch" in entry.kink_convention:
        assert entry.frameworks.pytorch
