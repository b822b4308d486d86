"""A plain multilayer perceptron in numpy, with the package's activations for the forward
and backward passes: just enough network for the experiments, nothing more.

Every hidden layer computes ``h = f(W h_prev + b)``; the last layer is linear. The
backward pass is the chain rule written out, layer by layer, with ``f'`` taken from the
registry, so the experiments measure the package's own derivatives.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from activations.registry import FloatArray

# Standard deviation of the initial weights for each scheme, from (fan_in, fan_out):
# Glorot & Bengio (2010), He et al. (2015) and LeCun et al. (1998), all normal.
INIT: dict[str, Callable[[int, int], float]] = {
    "xavier": lambda fan_in, fan_out: math.sqrt(2.0 / (fan_in + fan_out)),
    "he": lambda fan_in, fan_out: math.sqrt(2.0 / fan_in),
    "lecun": lambda fan_in, fan_out: math.sqrt(1.0 / fan_in),
}


# (weight gradients, bias gradients), one array per layer.
Gradients = tuple[list[FloatArray], list[FloatArray]]


@dataclass
class Network:
    """Weights ``W[l]`` of shape (fan_out, fan_in) and biases; one activation for every
    hidden layer (a registry name, with its parameters)."""

    weights: list[FloatArray]
    biases: list[FloatArray]
    activation: str
    params: dict[str, float] = field(default_factory=dict)


@dataclass
class Trace:
    """What the backward pass needs from the forward pass: every layer's input and
    pre-activation (inputs[0] is the batch, rows are examples)."""

    inputs: list[FloatArray]
    pre: list[FloatArray]
    output: FloatArray


def init(
    sizes: list[int], activation: str, scheme: str, rng: np.random.Generator, **params: float
) -> Network:
    """Normal weights with the scheme's standard deviation, zero biases."""
    weights: list[FloatArray] = [
        rng.standard_normal((fan_out, fan_in)) * INIT[scheme](fan_in, fan_out)
        for fan_in, fan_out in itertools.pairwise(sizes)
    ]
    biases: list[FloatArray] = [np.zeros(fan_out) for fan_out in sizes[1:]]
    return Network(weights, biases, activation, dict(params))


def forward(net: Network, x: FloatArray) -> Trace:
    from activations import function

    f = function(net.activation)
    inputs: list[FloatArray] = []
    pre: list[FloatArray] = []
    h = x
    last = len(net.weights) - 1
    for layer, (w, b) in enumerate(zip(net.weights, net.biases, strict=True)):
        inputs.append(h)
        z = h @ w.T + b
        pre.append(z)
        h = z if layer == last else f(z, **net.params)
    return Trace(inputs, pre, h)


def backward(net: Network, trace: Trace, grad_output: FloatArray) -> Gradients:
    """Gradients of the loss for every weight matrix and bias, given dL/d(output)."""
    from activations import function

    derivative = function(net.activation).derivative
    grad_w: list[FloatArray] = [np.empty(0)] * len(net.weights)
    grad_b: list[FloatArray] = [np.empty(0)] * len(net.weights)
    delta = grad_output  # dL/dz of the (linear) last layer
    for layer in range(len(net.weights) - 1, -1, -1):
        grad_w[layer] = delta.T @ trace.inputs[layer]
        grad_b[layer] = delta.sum(axis=0)
        if layer:
            delta = (delta @ net.weights[layer]) * derivative(trace.pre[layer - 1], **net.params)
    return grad_w, grad_b


def step(net: Network, grads: Gradients, rate: float) -> None:
    """One plain gradient-descent update, in place."""
    for w, b, gw, gb in zip(net.weights, net.biases, *grads, strict=True):
        w -= rate * gw
        b -= rate * gb


def softmax_cross_entropy(logits: FloatArray, labels: np.ndarray) -> tuple[float, FloatArray]:
    """The mean cross-entropy of softmax(logits) against integer class labels, and its
    gradient dL/d(logits) = (softmax(logits) - one_hot(labels)) / batch. The largest
    logit of each row is subtracted first: softmax does not change, nothing overflows."""
    rows = np.arange(len(labels))
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    grad = np.exp(log_p)
    grad[rows, labels] -= 1.0
    return -float(log_p[rows, labels].mean()), grad / len(labels)


@dataclass
class Adam:
    """Adam's state (Kingma & Ba, 2015): the running means of each parameter's gradient
    and squared gradient, and the step count for their bias correction. The moments
    follow the order of ``Network.weights + Network.biases``."""

    rate: float
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8
    t: int = 0
    first: list[FloatArray] = field(default_factory=list)
    second: list[FloatArray] = field(default_factory=list)


def adam_step(net: Network, grads: Gradients, state: Adam) -> None:
    """One Adam update, in place: each parameter moves by
    rate * m_hat / (sqrt(v_hat) + eps), with m_hat and v_hat the bias-corrected moments."""
    params, gradients = [*net.weights, *net.biases], [*grads[0], *grads[1]]
    if not state.first:
        state.first = [np.zeros_like(p) for p in params]
        state.second = [np.zeros_like(p) for p in params]
    state.t += 1
    correct1, correct2 = 1.0 - state.beta1**state.t, 1.0 - state.beta2**state.t
    for p, g, m, v in zip(params, gradients, state.first, state.second, strict=True):
        m *= state.beta1
        m += (1.0 - state.beta1) * g
        v *= state.beta2
        v += (1.0 - state.beta2) * g * g
        p -= state.rate * (m / correct1) / (np.sqrt(v / correct2) + state.eps)
