// The registry's activation functions in JavaScript, for the explorer's plot.
//
// One entry per registry name: f(x, p) and df(x, p) for a number x and the parameters p
// (an object by parameter name, defaults filled in by the page), kinks(p) where the
// derivative has a corner or a jump (the plot samples densely there and breaks the curve
// at jumps), and ok(p) where the registry constrains parameters together. Each follows
// the package's kernel, including its convention at kinks; tests/test_browser.py checks
// every entry against the package at ~200 points to 1e-6, and fails for a registry
// entry that has no entry here.
"use strict";

window.ActivationKernels = (() => {
  const { abs, exp, expm1, log1p, sqrt, tanh, hypot, min, max } = Math;
  const SELU_SCALE = 1.0507009873554805;
  const SELU_ALPHA = 1.6732632423543772;
  const GELU_TANH_K = sqrt(2 / Math.PI);
  const GELU_TANH_C = 0.044715;
  const none = () => [];
  const at0 = () => [0];

  // sigmoid(z) without overflow, and sigmoid(z) sigmoid(-z) = e / (1 + e)^2, e = e^-|z|.
  const sigmoid = (z) => (z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z)));
  const sigmoidSlope = (z) => {
    const e = exp(-abs(z));
    return e / ((1 + e) * (1 + e));
  };
  // erfc to a relative error below 1.2e-7 (Numerical Recipes' Chebyshev fit).
  const erfc = (x) => {
    const z = abs(x);
    const t = 1 / (1 + 0.5 * z);
    const poly =
      -z * z - 1.26551223 +
      t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 +
      t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 +
      t * 0.17087277))))))));
    const r = t * exp(poly);
    return x >= 0 ? r : 2 - r;
  };
  const normalCdf = (x) => 0.5 * erfc(-x / Math.SQRT2);
  const normalPdf = (x) => exp(-0.5 * x * x) / sqrt(2 * Math.PI);

  // x / sqrt(1 + alpha x^2) and its derivative; hypot never overflows.
  const isru = (x, alpha) => x / hypot(1, sqrt(alpha) * x);
  const isruSlope = (x, alpha) => hypot(1, sqrt(alpha) * x) ** -3;

  const leaky = (x, a) => (x > 0 ? x : a * x);
  const leakySlope = (x, a) => (x > 0 ? 1 : a);
  const clip = (x, lo, hi) => min(max(x, lo), hi);
  const inside = (x, lo, hi) => (x > lo && x < hi ? 1 : 0);

  // The GELU tanh approximation as x sigmoid(z), z = 2k (x + c x^3).
  const geluTanhZ = (x) => 2 * GELU_TANH_K * (x + GELU_TANH_C * x * x * x);

  // Mish: tanh(softplus(x)) = n / (n + 2) with n = e^x (e^x + 2), e^x capped at e^20.
  const mishParts = (x) => {
    const e = exp(min(x, 20));
    const n = e * (e + 2);
    return { e, n, d: n + 2 };
  };

  return {
    sigmoid: { f: (x) => sigmoid(x), df: (x) => sigmoidSlope(x), kinks: none },
    tanh: {
      f: (x) => tanh(x),
      df: (x) => {
        const e = exp(-2 * abs(x));
        return (4 * e) / ((1 + e) * (1 + e));
      },
      kinks: none,
    },
    relu: { f: (x) => max(x, 0), df: (x) => (x > 0 ? 1 : 0), kinks: at0 },
    leaky_relu: {
      f: (x, p) => leaky(x, p.negative_slope),
      df: (x, p) => leakySlope(x, p.negative_slope),
      kinks: at0,
    },
    relu6: { f: (x) => clip(x, 0, 6), df: (x) => inside(x, 0, 6), kinks: () => [0, 6] },
    prelu: { f: (x, p) => leaky(x, p.weight), df: (x, p) => leakySlope(x, p.weight), kinks: at0 },
    rrelu: {
      f: (x, p) => leaky(x, (p.lower + p.upper) / 2),
      df: (x, p) => leakySlope(x, (p.lower + p.upper) / 2),
      kinks: at0,
      ok: (p) => p.lower <= p.upper,
    },
    threshold: {
      f: (x, p) => (x <= p.threshold ? p.value : x),
      df: (x, p) => (x > p.threshold ? 1 : 0),
      kinks: (p) => [p.threshold],
    },
    elu: {
      f: (x, p) => (x > 0 ? x : p.alpha * expm1(x)),
      df: (x, p) => (x > 0 ? 1 : p.alpha * exp(x)),
      kinks: at0,
    },
    celu: {
      f: (x, p) => (x > 0 ? x : p.alpha * expm1(x / p.alpha)),
      df: (x, p) => (x > 0 ? 1 : exp(x / p.alpha)),
      kinks: at0,
    },
    selu: {
      f: (x) => SELU_SCALE * (x > 0 ? x : SELU_ALPHA * expm1(x)),
      df: (x) => SELU_SCALE * (x > 0 ? 1 : SELU_ALPHA * exp(x)),
      kinks: at0,
    },
    isrlu: {
      f: (x, p) => (x >= 0 ? x : isru(x, p.alpha)),
      df: (x, p) => (x >= 0 ? 1 : isruSlope(x, p.alpha)),
      kinks: at0,
    },
    squared_relu: {
      f: (x) => max(x, 0) * max(x, 0),
      df: (x) => 2 * max(x, 0),
      kinks: at0,
    },
    star_relu: {
      f: (x, p) => (p.scale === 0 ? p.bias : max(x, 0) * p.scale * max(x, 0) + p.bias),
      df: (x, p) => (p.scale === 0 ? 0 : 2 * p.scale * max(x, 0)),
      kinks: at0,
    },
    sparse_plus: {
      f: (x) => (x >= 1 ? x : (clip(x, -1, 1) + 1) ** 2 / 4),
      df: (x) => (clip(x, -1, 1) + 1) / 2, // continuous: 0 at -1, 1 at 1
      kinks: () => [-1, 1],
    },
    gelu: {
      f: (x) => x * normalCdf(x),
      df: (x) => {
        const c = clip(x, -40, 40);
        return normalCdf(c) + c * normalPdf(c);
      },
      kinks: none,
    },
    gelu_tanh: {
      f: (x) => {
        const low = max(x, -1e3);
        return low * sigmoid(geluTanhZ(min(low, 1e3)));
      },
      df: (x) => {
        const c = clip(x, -1e3, 1e3);
        const z = geluTanhZ(c);
        const slope = 2 * GELU_TANH_K * (1 + 3 * GELU_TANH_C * c * c);
        return sigmoid(z) + c * slope * sigmoidSlope(z);
      },
      kinks: none,
    },
    silu: {
      f: (x, p) => (p.beta === 0 ? x / 2 : x * sigmoid(p.beta * x)),
      df: (x, p) => {
        const z = p.beta * x;
        return sigmoid(z) + z * sigmoidSlope(z);
      },
      kinks: none,
    },
    mish: {
      f: (x) => {
        const { n, d } = mishParts(max(x, -1e3));
        return max(x, -1e3) * (n / d);
      },
      df: (x) => {
        const c = clip(x, -1e3, 40);
        const { e, n, d } = mishParts(c);
        return n / d + 4 * c * (e / d) * ((e + 1) / d);
      },
      kinks: none,
    },
    hardswish: {
      f: (x) => (max(x, -3) * clip(x + 3, 0, 6)) / 6,
      df: (x) => (x <= -3 ? 0 : x >= 3 ? 1 : x / 3 + 0.5), // 0 and 1 at the kinks, as PyTorch
      kinks: () => [-3, 3],
    },
    softplus: {
      f: (x, p) => {
        const z = p.beta * x;
        return z > p.threshold ? x : max(x, 0) + log1p(exp(-abs(z))) / p.beta;
      },
      df: (x, p) => (p.beta * x > p.threshold ? 1 : sigmoid(p.beta * x)),
      kinks: none,
    },
    squareplus: {
      f: (x, p) => {
        if (p.b === 0) return max(x, 0);
        const r = hypot(x, sqrt(p.b));
        return max(x, 0) + p.b / (2 * (r + abs(x)));
      },
      df: (x, p) => {
        if (p.b === 0) return x > 0 ? 1 : 0;
        const r = hypot(x, sqrt(p.b));
        const q = p.b / (2 * r * (r + abs(x)));
        return x > 0 ? 1 - q : q;
      },
      kinks: none,
    },
    bent_identity: {
      f: (x) => x * (1 + x / (hypot(x, 1) + 1) / 2),
      df: (x) => 1 + x / (2 * hypot(x, 1)),
      kinks: none,
    },
    hardsigmoid: {
      f: (x) => clip(x + 3, 0, 6) / 6,
      df: (x) => inside(x, -3, 3) / 6,
      kinks: () => [-3, 3],
    },
    hardtanh: {
      f: (x, p) => clip(x, p.min_val, p.max_val),
      df: (x, p) => inside(x, p.min_val, p.max_val),
      kinks: (p) => [p.min_val, p.max_val],
      ok: (p) => p.min_val < p.max_val,
    },
    softsign: {
      f: (x) => x / (1 + abs(x)),
      df: (x) => (1 / (1 + abs(x))) ** 2,
      kinks: at0,
    },
    arctan: { f: (x) => Math.atan(x), df: (x) => 1 / (1 + x * x), kinks: none },
    isru: { f: (x, p) => isru(x, p.alpha), df: (x, p) => isruSlope(x, p.alpha), kinks: none },
    logsigmoid: {
      f: (x) => min(x, 0) - log1p(exp(-abs(x))),
      df: (x) => sigmoid(-x),
      kinks: none,
    },
    sparse_sigmoid: {
      f: (x) => clip(0.5 * x + 0.5, 0, 1),
      df: (x) => inside(x, -1, 1) / 2, // 0 at both kinks, the constant pieces' slope
      kinks: () => [-1, 1],
    },
    softshrink: {
      f: (x, p) => x - clip(x, -p.lambd, p.lambd),
      df: (x, p) => (abs(x) > p.lambd ? 1 : 0),
      kinks: (p) => [-p.lambd, p.lambd],
    },
    hardshrink: {
      f: (x, p) => (abs(x) > p.lambd ? x : 0),
      df: (x, p) => (abs(x) > p.lambd ? 1 : 0),
      kinks: (p) => [-p.lambd, p.lambd],
    },
    tanhshrink: { f: (x) => x - tanh(x), df: (x) => tanh(x) ** 2, kinks: none },
    identity: { f: (x) => x, df: () => 1, kinks: none },
    binary_step: { f: (x) => (x >= 0 ? 1 : 0), df: () => 0, kinks: at0 },
    gaussian: {
      f: (x) => exp(-x * x),
      df: (x) => {
        const c = clip(x, -64, 64);
        return -2 * c * exp(-c * c);
      },
      kinks: none,
    },
    sinusoid: { f: (x) => Math.sin(x), df: (x) => Math.cos(x), kinks: none },
    sinc: {
      f: (x) => (x === 0 ? 1 : Math.sin(x) / x),
      // (cos x - sinc x) / x cancels near 0: the Taylor series -x/3 + x^3/30 - ... there.
      df: (x) => {
        if (abs(x) < 0.25) {
          const x2 = x * x;
          return x * (-1 / 3 + x2 * (1 / 30 + x2 * (-1 / 840 + x2 / 45360)));
        }
        return (Math.cos(x) - Math.sin(x) / x) / x;
      },
      kinks: none,
    },
    // Snake: x + sin^2(a x) / a, and its slope (sin(a x) + cos(a x))^2 = 1 + sin(2 a x).
    snake: {
      f: (x, p) => {
        const t = p.alpha * x;
        if (!Number.isFinite(t)) return x;
        const s = Math.sin(t);
        return x + (s / p.alpha) * s;
      },
      df: (x, p) => {
        const t = p.alpha * x;
        const v = Math.sin(t) + Math.cos(t);
        return v * v;
      },
      kinks: none,
    },
    exponential: { f: (x) => exp(x), df: (x) => exp(x), kinks: none },
  };
})();
