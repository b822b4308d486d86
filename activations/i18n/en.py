"""English: the strings of the generated blocks. (Entry prose is the registry's own.)"""

from __future__ import annotations

LABELS: dict[str, str] = {
    # Headings of a generated function page
    "heading.origin": "Origin",
    "heading.formula": "Formula",
    "heading.derivative": "Derivative",
    "heading.graphs": "Graphs",
    "heading.properties": "Properties",
    "heading.parameters": "Parameters",
    "heading.uses": "Where to use it",
    "heading.strengths": "Strengths and weaknesses",
    "heading.frameworks": "In the frameworks",
    "heading.implementation": "Implementation",
    "heading.exercises": "Exercises",
    "heading.references": "References",
    # Strengths and weaknesses, and the learning path's next step
    "lesson.strengths": "Strengths",
    "lesson.weaknesses": "Weaknesses",
    "lesson.step": "Step {k}.",
    "lesson.exercise": "Exercise {k}",
    "lesson.solution": "Solution",
    "next.title": "Next step",
    # Tabs of the figures block
    "tab.function": "Function",
    "tab.derivative": "Derivative",
    "tab.both": "Both",
    # Facts table
    "facts.property": "Property",
    "facts.value": "Value",
    "facts.range": "Range",
    "facts.bounded": "Bounded",
    "facts.bounds": "below: {below}, above: {above}",
    "facts.monotonic": "Monotonic",
    "facts.derivative_monotonic": "Derivative monotonic",
    "facts.origin": "Passes through the origin, $f(0) = 0$",
    "facts.smoothness": "Smoothness",
    "facts.saturating": "Saturating ($f' \\to 0$)",
    "facts.identity": "Identity near 0: $f(0) = 0$ and $f'(0) = 1$",
    "facts.kinks": "At kinks",
    "monotonic.non-decreasing": "non-decreasing",
    "monotonic.non-increasing": "non-increasing",
    "monotonic.constant": "constant",
    "monotonic.no": "no",
    "yes": "yes",
    "no": "no",
    "discontinuous": "discontinuous",
    "saturation.none": "no",
    "saturation.left": "for $x \\to -\\infty$",
    "saturation.right": "for $x \\to +\\infty$",
    "saturation.both": "both sides",
    # Parameters table
    "params.none": "This function has no parameters.",
    "params.name": "Parameter",
    "params.default": "Default",
    "params.valid": "Valid values",
    "params.meaning": "Meaning",
    "params.any": "any finite number",
    "params.and": " and ",
    # Frameworks block
    "frameworks.numpy": "NumPy (this site)",
    "frameworks.and": " and ",
    "frameworks.missing.one": "{names} has no built-in for this function.",
    "frameworks.missing.many": "{names} have no built-in for this function.",
    "frameworks.defaults.title": "Defaults differ between frameworks",
    "frameworks.defaults.text": (
        "Parameter names and defaults are not the same in every framework: pass the "
        "parameters explicitly when you port a model."
    ),
    # Vector entries (activations/vector_pages.py)
    "heading.jacobian": "Jacobian",
    "tab.field": "Over the plane",
    "tab.slice": "Along a line",
    "tab.temperature": "Temperature",
    "tab.simplex": "On the simplex",
    "vector.kind": "Kind",
    "vector.kind.normaliser": "normaliser: maps a vector to a vector of the same length",
    "vector.kind.gated": "gated: splits the vector into a value half and a gate half",
    "vector.output": "Output length",
    "vector.output.same": "the input's, $n$",
    "vector.output.half": "half the input's, $n/2$",
    "vector.elementwise": "Elementwise",
    "vector.not_elementwise": "not elementwise: each output depends on several inputs",
    "vector.sums": "Each output vector sums to 1",
    "vector.kinks": "At kinks",
    "vector.no_builtin": "No built-in: see the NumPy tab for the formula.",
    # References block
    "references.none": "No single paper introduced this function.",
    # The digits experiment's row on a function page
    "training.text": (
        "**Trained on real data.** Networks of {shallow} and {deep} hidden layers with this "
        "function, trained on scikit-learn's handwritten digits from {seeds} seeds: test accuracy $a$ "
        "(mean $\\pm$ standard deviation), final training loss $L$, the first epoch with "
        "90% test accuracy $e$ and the share of dead units $\\rho$, each by depth. Every "
        "function's row, the set-up and what the numbers do and do not show: "
        "[how each activation trains]({target})."
    ),
    "training.excluded": (
        "**Not trained on real data.** The experiment that trains every other function "
        "on handwritten digits leaves this one out: its derivative is 0 wherever it is "
        "defined, so no gradient reaches the weights below it "
        "([why it is left out]({target}))."
    ),
    # Comparison table
    "table.plot": "Plot",
    "table.name": "Name",
    "table.range": "Range",
    "table.continuity": "Continuity",
    "table.monotonic": "Monotonic",
    "table.saturating": "Saturating",
}
