"""Type stub for :mod:`activations`; generated from the registry, do not edit.

Regenerate with ``python -m activations.stub`` after changing the registry or the public API
(``tests/test_stub.py`` fails while this file is stale).

A public function returns a scalar for a scalar input and an array otherwise (a 0-d array
also gives a scalar, which no static type can tell apart); float16/32/64 keep their dtype,
integers and bools become float64.
"""

from types import MappingProxyType
from typing import Any, Protocol, TypeVar, overload

import numpy as np
from numpy.typing import ArrayLike, NDArray

from activations.registry import Activation as Activation
from activations.registry import RegistryError as RegistryError
from activations.vector import VectorActivation as VectorActivation

__all__ = [
    "REGISTRY",
    "VECTOR_REGISTRY",
    "Activation",
    "RegistryError",
    "UnknownActivationError",
    "VectorActivation",
    "arctan",
    "bent_identity",
    "bilinear",
    "binary_step",
    "celu",
    "elu",
    "exponential",
    "gaussian",
    "geglu",
    "gelu",
    "gelu_tanh",
    "get",
    "glu",
    "hardshrink",
    "hardsigmoid",
    "hardswish",
    "hardtanh",
    "identity",
    "isrlu",
    "isru",
    "leaky_relu",
    "log_softmax",
    "logsigmoid",
    "mish",
    "names",
    "prelu",
    "reglu",
    "relu",
    "relu6",
    "rrelu",
    "selu",
    "sigmoid",
    "silu",
    "sinc",
    "sinusoid",
    "snake",
    "softmax",
    "softmin",
    "softplus",
    "softshrink",
    "softsign",
    "sparse_plus",
    "sparse_sigmoid",
    "sparsemax",
    "squared_relu",
    "squareplus",
    "star_relu",
    "swiglu",
    "tanh",
    "tanhshrink",
    "threshold",
    "vector_function",
]

_F = TypeVar("_F", bound=np.floating[Any])
_Real = float | np.integer[Any] | np.bool_
_FloatArray = NDArray[np.floating[Any]]

class UnknownActivationError(KeyError):
    """No activation has this name or alias; the message lists the closest known names."""

REGISTRY: MappingProxyType[str, Activation]

def get(name: str) -> Activation:
    """The entry for a canonical name or alias (case, spaces and hyphens ignored)."""

def function(name: str) -> Any:
    """The public function (with ``.derivative``) for a name or alias."""

def names() -> list[str]: ...
def __dir__() -> list[str]: ...

VECTOR_REGISTRY: MappingProxyType[str, VectorActivation]

def vector_function(name: str) -> Any:
    """The public function (with ``.jacobian`` and ``.vjp``) of a vector entry."""

class _VectorJacobian(Protocol):
    def __call__(self, v: ArrayLike, /, **params: float) -> _FloatArray: ...

class _VectorVJP(Protocol):
    def __call__(
        self, x: ArrayLike, g: ArrayLike, /, axis: int = -1, **params: float
    ) -> _FloatArray: ...

class _VectorFunction(Protocol):
    """A vector entry's public function (activations/vector.py): along axis."""
    def __call__(self, x: ArrayLike, /, axis: int = -1, **params: float) -> _FloatArray: ...
    jacobian: _VectorJacobian
    vjp: _VectorVJP
    entry: VectorActivation

class _Sigmoid(Protocol):
    """The logistic function squashes any real number into $(0, 1)$."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SigmoidDerivative
    entry: Activation

class _SigmoidDerivative(Protocol):
    """Derivative of Sigmoid."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

sigmoid: _Sigmoid

class _Tanh(Protocol):
    """The hyperbolic tangent is an odd, zero-centred S-curve onto $(-1, 1)$."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _TanhDerivative
    entry: Activation

class _TanhDerivative(Protocol):
    """Derivative of Tanh."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

tanh: _Tanh

class _Relu(Protocol):
    """The rectified linear unit returns its input where it is positive and $0$ elsewhere."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _ReluDerivative
    entry: Activation

class _ReluDerivative(Protocol):
    """Derivative of ReLU."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

relu: _Relu

class _LeakyRelu(Protocol):
    """Leaky ReLU keeps a small slope $a$ for negative inputs, so that for $a > 0$ no unit's gradient is exactly zero."""

    @overload
    def __call__(self, x: _F, /, *, negative_slope: float = 0.01) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, negative_slope: float = 0.01) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, negative_slope: float = 0.01) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, negative_slope: float = 0.01) -> _FloatArray: ...
    derivative: _LeakyReluDerivative
    entry: Activation

class _LeakyReluDerivative(Protocol):
    """Derivative of Leaky ReLU."""

    @overload
    def __call__(self, x: _F, /, *, negative_slope: float = 0.01) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, negative_slope: float = 0.01) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, negative_slope: float = 0.01) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, negative_slope: float = 0.01) -> _FloatArray: ...

leaky_relu: _LeakyRelu

class _Relu6(Protocol):
    """ReLU6 is ReLU capped at $6$: it clips the input to $[0, 6]$, a bounded rectifier that suits low-precision arithmetic."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _Relu6Derivative
    entry: Activation

class _Relu6Derivative(Protocol):
    """Derivative of ReLU6."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

relu6: _Relu6

class _Prelu(Protocol):
    """PReLU, the parametric ReLU, is a leaky ReLU whose negative slope is learned with the other weights."""

    @overload
    def __call__(self, x: _F, /, *, weight: float = 0.25) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, weight: float = 0.25) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, weight: float = 0.25) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, weight: float = 0.25) -> _FloatArray: ...
    derivative: _PreluDerivative
    entry: Activation

class _PreluDerivative(Protocol):
    """Derivative of PReLU."""

    @overload
    def __call__(self, x: _F, /, *, weight: float = 0.25) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, weight: float = 0.25) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, weight: float = 0.25) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, weight: float = 0.25) -> _FloatArray: ...

prelu: _Prelu

class _Rrelu(Protocol):
    """This entry is RReLU in evaluation mode: the randomised leaky ReLU draws its negative slope uniformly from $[l, u]$ in training and fixes it at the mean $(l+u)/2$ for evaluation."""

    @overload
    def __call__(
        self, x: _F, /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> _FloatArray: ...
    derivative: _RreluDerivative
    entry: Activation

class _RreluDerivative(Protocol):
    """Derivative of RReLU."""

    @overload
    def __call__(
        self, x: _F, /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, lower: float = 0.125, upper: float = 0.3333333333333333
    ) -> _FloatArray: ...

rrelu: _Rrelu

class _Threshold(Protocol):
    """Threshold passes the input where it exceeds a threshold $t$ and returns a fixed value $v$ elsewhere; the defaults $t = 1$ and $v = 0$ are our choice, as PyTorch has none."""

    @overload
    def __call__(self, x: _F, /, *, threshold: float = 1.0, value: float = 0.0) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, threshold: float = 1.0, value: float = 0.0
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, threshold: float = 1.0, value: float = 0.0
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, threshold: float = 1.0, value: float = 0.0
    ) -> _FloatArray: ...
    derivative: _ThresholdDerivative
    entry: Activation

class _ThresholdDerivative(Protocol):
    """Derivative of Threshold."""

    @overload
    def __call__(self, x: _F, /, *, threshold: float = 1.0, value: float = 0.0) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, threshold: float = 1.0, value: float = 0.0
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, threshold: float = 1.0, value: float = 0.0
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, threshold: float = 1.0, value: float = 0.0
    ) -> _FloatArray: ...

threshold: _Threshold

class _Elu(Protocol):
    r"""The exponential linear unit is the identity for positive inputs and approaches $-\alpha$ exponentially for negative ones."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...
    derivative: _EluDerivative
    entry: Activation

class _EluDerivative(Protocol):
    """Derivative of ELU."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...

elu: _Elu

class _Celu(Protocol):
    r"""CELU is ELU with the exponent scaled by $1/\alpha$, so that the slope at $x = 0$ is $1$ for every $\alpha$."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...
    derivative: _CeluDerivative
    entry: Activation

class _CeluDerivative(Protocol):
    """Derivative of CELU."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...

celu: _Celu

class _Selu(Protocol):
    """SELU is a scaled ELU whose constants are chosen so that activations keep zero mean and unit variance through deep fully-connected networks."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SeluDerivative
    entry: Activation

class _SeluDerivative(Protocol):
    """Derivative of SELU."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

selu: _Selu

class _Isrlu(Protocol):
    r"""The inverse square root linear unit is the identity for positive inputs and $x/\sqrt{1 + \alpha x^2}$ for negative ones, an ELU-like curve without exponentials."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...
    derivative: _IsrluDerivative
    entry: Activation

class _IsrluDerivative(Protocol):
    """Derivative of ISRLU."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...

isrlu: _Isrlu

class _SquaredRelu(Protocol):
    r"""Squared ReLU, $\max(x, 0)^2$, is $0$ for negative inputs and a parabola for positive ones; an evolutionary search for efficient Transformers, Primer, found it for the feed-forward block."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SquaredReluDerivative
    entry: Activation

class _SquaredReluDerivative(Protocol):
    """Derivative of Squared ReLU."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

squared_relu: _SquaredRelu

class _StarRelu(Protocol):
    r"""StarReLU, $s\max(x, 0)^2 + b$, is squared ReLU with a learned scale and bias; its defaults $s = 2/\sqrt{5}$ and $b = -1/\sqrt{5}$ give outputs of mean $0$ and variance $1$ for standard normal inputs."""

    @overload
    def __call__(
        self, x: _F, /, *, scale: float = 0.8944271909999159, bias: float = -0.4472135954999579
    ) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, scale: float = 0.8944271909999159, bias: float = -0.4472135954999579
    ) -> np.float64: ...
    @overload
    def __call__(
        self,
        x: NDArray[_F],
        /,
        *,
        scale: float = 0.8944271909999159,
        bias: float = -0.4472135954999579,
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self,
        x: ArrayLike,
        /,
        *,
        scale: float = 0.8944271909999159,
        bias: float = -0.4472135954999579,
    ) -> _FloatArray: ...
    derivative: _StarReluDerivative
    entry: Activation

class _StarReluDerivative(Protocol):
    """Derivative of StarReLU."""

    @overload
    def __call__(
        self, x: _F, /, *, scale: float = 0.8944271909999159, bias: float = -0.4472135954999579
    ) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, scale: float = 0.8944271909999159, bias: float = -0.4472135954999579
    ) -> np.float64: ...
    @overload
    def __call__(
        self,
        x: NDArray[_F],
        /,
        *,
        scale: float = 0.8944271909999159,
        bias: float = -0.4472135954999579,
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self,
        x: ArrayLike,
        /,
        *,
        scale: float = 0.8944271909999159,
        bias: float = -0.4472135954999579,
    ) -> _FloatArray: ...

star_relu: _StarRelu

class _SparsePlus(Protocol):
    """Sparse plus is a piecewise-quadratic twin of softplus: exactly $0$ up to $x = -1$, the parabola $(x + 1)^2/4$ between $-1$ and $1$, and the identity from $1$ on; its derivative is the sparse sigmoid."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SparsePlusDerivative
    entry: Activation

class _SparsePlusDerivative(Protocol):
    """Derivative of Sparse plus."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

sparse_plus: _SparsePlus

class _Gelu(Protocol):
    r"""The Gaussian error linear unit weights its input by the probability that a standard normal variable falls below it: $x\,\Phi(x)$."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _GeluDerivative
    entry: Activation

class _GeluDerivative(Protocol):
    """Derivative of GELU."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

gelu: _Gelu

class _GeluTanh(Protocol):
    """The tanh approximation of GELU, given in the original paper, is still the default in some frameworks and pretrained models."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _GeluTanhDerivative
    entry: Activation

class _GeluTanhDerivative(Protocol):
    """Derivative of GELU (tanh approximation)."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

gelu_tanh: _GeluTanh

class _Silu(Protocol):
    r"""The sigmoid-weighted linear unit multiplies $x$ by $\sigma(\beta x)$: SiLU is $\beta = 1$, and Swish is the family with $\beta$ fixed or learned ($\beta = 1$ is Swish-1)."""

    @overload
    def __call__(self, x: _F, /, *, beta: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, beta: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, beta: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, beta: float = 1.0) -> _FloatArray: ...
    derivative: _SiluDerivative
    entry: Activation

class _SiluDerivative(Protocol):
    """Derivative of SiLU (Swish)."""

    @overload
    def __call__(self, x: _F, /, *, beta: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, beta: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, beta: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, beta: float = 1.0) -> _FloatArray: ...

silu: _Silu

class _Mish(Protocol):
    r"""Mish gates the input by $\tanh$ of softplus, $x \tanh\bigl(\ln(1 + e^{x})\bigr)$: smooth, non-monotonic and unbounded above."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _MishDerivative
    entry: Activation

class _MishDerivative(Protocol):
    """Derivative of Mish."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

mish: _Mish

class _Hardswish(Protocol):
    r"""Hardswish is a piecewise-quadratic SiLU: the input gated by the hard sigmoid $\operatorname{ReLU6}(x+3)/6$, cheap on mobile hardware."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _HardswishDerivative
    entry: Activation

class _HardswishDerivative(Protocol):
    """Derivative of Hardswish."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

hardswish: _Hardswish

class _Softplus(Protocol):
    r"""Softplus, $\tfrac{1}{\beta}\ln\bigl(1 + e^{\beta x}\bigr)$, is a smooth convex ReLU; like PyTorch, it returns $x$ itself once $\beta x$ exceeds the threshold."""

    @overload
    def __call__(self, x: _F, /, *, beta: float = 1.0, threshold: float = 20.0) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, beta: float = 1.0, threshold: float = 20.0
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, beta: float = 1.0, threshold: float = 20.0
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, beta: float = 1.0, threshold: float = 20.0
    ) -> _FloatArray: ...
    derivative: _SoftplusDerivative
    entry: Activation

class _SoftplusDerivative(Protocol):
    """Derivative of Softplus."""

    @overload
    def __call__(self, x: _F, /, *, beta: float = 1.0, threshold: float = 20.0) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, beta: float = 1.0, threshold: float = 20.0
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, beta: float = 1.0, threshold: float = 20.0
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, beta: float = 1.0, threshold: float = 20.0
    ) -> _FloatArray: ...

softplus: _Softplus

class _Squareplus(Protocol):
    r"""Squareplus, $\bigl(x + \sqrt{x^{2} + b}\bigr)/2$, is a softplus-like smooth ReLU built from a square root instead of an exponential and a logarithm."""

    @overload
    def __call__(self, x: _F, /, *, b: float = 4.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, b: float = 4.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, b: float = 4.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, b: float = 4.0) -> _FloatArray: ...
    derivative: _SquareplusDerivative
    entry: Activation

class _SquareplusDerivative(Protocol):
    """Derivative of Squareplus."""

    @overload
    def __call__(self, x: _F, /, *, b: float = 4.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, b: float = 4.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, b: float = 4.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, b: float = 4.0) -> _FloatArray: ...

squareplus: _Squareplus

class _BentIdentity(Protocol):
    r"""The bent identity adds half of $\sqrt{x^{2} + 1} - 1$ to the identity: a smooth convex curve whose slope tends to $\tfrac{1}{2}$ on the left and $\tfrac{3}{2}$ on the right."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _BentIdentityDerivative
    entry: Activation

class _BentIdentityDerivative(Protocol):
    """Derivative of Bent identity."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

bent_identity: _BentIdentity

class _Hardsigmoid(Protocol):
    r"""Hardsigmoid, $\operatorname{ReLU6}(x+3)/6$, is a piecewise-linear sigmoid: $0$ up to $x = -3$, $1$ from $x = 3$, a straight line in between."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _HardsigmoidDerivative
    entry: Activation

class _HardsigmoidDerivative(Protocol):
    """Derivative of Hardsigmoid."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

hardsigmoid: _Hardsigmoid

class _Hardtanh(Protocol):
    r"""Hardtanh is a piecewise-linear $\tanh$: the input clipped to the interval from `min_val` to `max_val`, $[-1, 1]$ by default."""

    @overload
    def __call__(self, x: _F, /, *, min_val: float = -1.0, max_val: float = 1.0) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, min_val: float = -1.0, max_val: float = 1.0
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, min_val: float = -1.0, max_val: float = 1.0
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, min_val: float = -1.0, max_val: float = 1.0
    ) -> _FloatArray: ...
    derivative: _HardtanhDerivative
    entry: Activation

class _HardtanhDerivative(Protocol):
    """Derivative of Hardtanh."""

    @overload
    def __call__(self, x: _F, /, *, min_val: float = -1.0, max_val: float = 1.0) -> _F: ...
    @overload
    def __call__(
        self, x: _Real, /, *, min_val: float = -1.0, max_val: float = 1.0
    ) -> np.float64: ...
    @overload
    def __call__(
        self, x: NDArray[_F], /, *, min_val: float = -1.0, max_val: float = 1.0
    ) -> NDArray[_F]: ...
    @overload
    def __call__(
        self, x: ArrayLike, /, *, min_val: float = -1.0, max_val: float = 1.0
    ) -> _FloatArray: ...

hardtanh: _Hardtanh

class _Softsign(Protocol):
    r"""Softsign, $x/(1 + \lvert x\rvert)$, is an S-curve onto $(-1, 1)$ that approaches its bounds polynomially, far more slowly than $\tanh$."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SoftsignDerivative
    entry: Activation

class _SoftsignDerivative(Protocol):
    """Derivative of Softsign."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

softsign: _Softsign

class _Arctan(Protocol):
    r"""The inverse tangent is an odd S-curve onto $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ whose slope decays polynomially."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _ArctanDerivative
    entry: Activation

class _ArctanDerivative(Protocol):
    """Derivative of Arctan."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

arctan: _Arctan

class _Isru(Protocol):
    r"""The inverse square root unit $x/\sqrt{1 + \alpha x^{2}}$ is a $\tanh$-like curve onto $\left(-1/\sqrt{\alpha}, 1/\sqrt{\alpha}\right)$ without exponentials."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...
    derivative: _IsruDerivative
    entry: Activation

class _IsruDerivative(Protocol):
    """Derivative of ISRU."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...

isru: _Isru

class _Logsigmoid(Protocol):
    r"""The logarithm of the sigmoid, $-\operatorname{softplus}(-x)$, is near $0$ for large inputs and close to $x$ for very negative ones."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _LogsigmoidDerivative
    entry: Activation

class _LogsigmoidDerivative(Protocol):
    """Derivative of LogSigmoid."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

logsigmoid: _Logsigmoid

class _SparseSigmoid(Protocol):
    """The sparse sigmoid is $(x + 1)/2$ clipped to $[0, 1]$: a hard sigmoid that is exactly $0$ up to $x = -1$ and exactly $1$ from $x = 1$, the two-class sparsemax and the derivative of sparse plus."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SparseSigmoidDerivative
    entry: Activation

class _SparseSigmoidDerivative(Protocol):
    """Derivative of Sparse sigmoid."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

sparse_sigmoid: _SparseSigmoid

class _Softshrink(Protocol):
    r"""Softshrink, soft thresholding, maps inputs with $\lvert x\rvert \le \lambda$ to $0$ and moves every other input $\lambda$ towards $0$."""

    @overload
    def __call__(self, x: _F, /, *, lambd: float = 0.5) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, lambd: float = 0.5) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, lambd: float = 0.5) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, lambd: float = 0.5) -> _FloatArray: ...
    derivative: _SoftshrinkDerivative
    entry: Activation

class _SoftshrinkDerivative(Protocol):
    """Derivative of Softshrink."""

    @overload
    def __call__(self, x: _F, /, *, lambd: float = 0.5) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, lambd: float = 0.5) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, lambd: float = 0.5) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, lambd: float = 0.5) -> _FloatArray: ...

softshrink: _Softshrink

class _Hardshrink(Protocol):
    r"""Hardshrink, hard thresholding, maps inputs with $\lvert x\rvert \le \lambda$ to $0$ and leaves every other input unchanged."""

    @overload
    def __call__(self, x: _F, /, *, lambd: float = 0.5) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, lambd: float = 0.5) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, lambd: float = 0.5) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, lambd: float = 0.5) -> _FloatArray: ...
    derivative: _HardshrinkDerivative
    entry: Activation

class _HardshrinkDerivative(Protocol):
    """Derivative of Hardshrink."""

    @overload
    def __call__(self, x: _F, /, *, lambd: float = 0.5) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, lambd: float = 0.5) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, lambd: float = 0.5) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, lambd: float = 0.5) -> _FloatArray: ...

hardshrink: _Hardshrink

class _Tanhshrink(Protocol):
    r"""Tanhshrink, $x - \tanh(x)$, is flat near $0$, where it behaves like $x^3/3$, and for large $\lvert x\rvert$ is the identity moved $1$ towards $0$."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _TanhshrinkDerivative
    entry: Activation

class _TanhshrinkDerivative(Protocol):
    """Derivative of Tanhshrink."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

tanhshrink: _Tanhshrink

class _Identity(Protocol):
    """The identity returns its input unchanged: it adds no nonlinearity at all, and is used on regression outputs."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _IdentityDerivative
    entry: Activation

class _IdentityDerivative(Protocol):
    """Derivative of Identity."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

identity: _Identity

class _BinaryStep(Protocol):
    r"""The Heaviside step is $1$ for $x \ge 0$ and $0$ otherwise; it was the threshold unit of the earliest neuron models, and its gradient is zero everywhere."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _BinaryStepDerivative
    entry: Activation

class _BinaryStepDerivative(Protocol):
    """Derivative of Binary step."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

binary_step: _BinaryStep

class _Gaussian(Protocol):
    """The Gaussian is the bell curve $e^{-x^2}$: it is $1$ at $x = 0$ and falls to $0$ on both sides, as in radial basis function networks."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _GaussianDerivative
    entry: Activation

class _GaussianDerivative(Protocol):
    """Derivative of Gaussian."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

gaussian: _Gaussian

class _Sinusoid(Protocol):
    """The sine is periodic and bounded, has no limit at infinity (NaN there), and is used in implicit neural representations."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SinusoidDerivative
    entry: Activation

class _SinusoidDerivative(Protocol):
    """Derivative of Sinusoid."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

sinusoid: _Sinusoid

class _Sinc(Protocol):
    r"""Sinc here is the unnormalised $\sin(x)/x$ with $\operatorname{sinc}(0) = 1$; `np.sinc` and `torch.sinc` are the normalised $\sin(\pi x)/(\pi x)$."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _SincDerivative
    entry: Activation

class _SincDerivative(Protocol):
    """Derivative of Sinc."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

sinc: _Sinc

class _Snake(Protocol):
    r"""Snake, $x + \sin^2(\alpha x)/\alpha$, adds a periodic ripple to the identity: monotonic and unbounded like a rectifier, but with a periodic bias that lets networks extrapolate periodic signals; audio models such as BigVGAN use it."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...
    derivative: _SnakeDerivative
    entry: Activation

class _SnakeDerivative(Protocol):
    """Derivative of Snake."""

    @overload
    def __call__(self, x: _F, /, *, alpha: float = 1.0) -> _F: ...
    @overload
    def __call__(self, x: _Real, /, *, alpha: float = 1.0) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /, *, alpha: float = 1.0) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /, *, alpha: float = 1.0) -> _FloatArray: ...

snake: _Snake

class _Exponential(Protocol):
    r"""The exponential $e^x$ maps every score to a positive number, and Keras offers it as an activation. It overflows to $+\infty$ above $x \approx 709.78$ in float64 ($88.72$ in float32, $11.09$ in float16), where the true value exceeds the largest float."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...
    derivative: _ExponentialDerivative
    entry: Activation

class _ExponentialDerivative(Protocol):
    """Derivative of Exponential."""

    @overload
    def __call__(self, x: _F, /) -> _F: ...
    @overload
    def __call__(self, x: _Real, /) -> np.float64: ...
    @overload
    def __call__(self, x: NDArray[_F], /) -> NDArray[_F]: ...
    @overload
    def __call__(self, x: ArrayLike, /) -> _FloatArray: ...

exponential: _Exponential

softmax: _VectorFunction
log_softmax: _VectorFunction
softmin: _VectorFunction
sparsemax: _VectorFunction
glu: _VectorFunction
reglu: _VectorFunction
geglu: _VectorFunction
swiglu: _VectorFunction
bilinear: _VectorFunction
