"""简体中文: the generated text of the Chinese site (``mkdocs.zh.yml``, ``docs-zh/``).

The entries' texts sit in one module per catalog module (``zh/rectifiers.py`` mirrors
``catalog/rectifiers.py``); this module gathers them.

Keys mirror ``en.LABELS`` and the registry's names; the tests fail when either side has
something the other lacks. Formulas, names of code (``negative_slope``, ``tf.nn.relu``)
and numbers stay as in English.
"""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh import classic, other, rectifiers, shrinkage, sigmoidal, smooth

LABELS: dict[str, str] = {
    "heading.origin": "起源",
    "heading.formula": "公式",
    "heading.derivative": "导数",
    "heading.graphs": "图像",
    "heading.properties": "性质",
    "heading.parameters": "参数",
    "heading.uses": "适用场景",
    "heading.strengths": "优点与缺点",
    "heading.frameworks": "在各框架中",
    "heading.implementation": "实现",
    "heading.exercises": "练习",
    "heading.references": "参考文献",
    "lesson.strengths": "优点",
    "lesson.weaknesses": "缺点",
    "lesson.step": "第 {k} 步：",
    "lesson.exercise": "练习 {k}",
    "lesson.solution": "解答",
    "next.title": "下一步",
    "tab.function": "函数",
    "tab.derivative": "导数",
    "tab.both": "两者",
    "facts.property": "性质",
    "facts.value": "取值",
    "facts.range": "值域",
    "facts.bounded": "有界性",
    "facts.bounds": "有下界：{below}，有上界：{above}",
    "facts.monotonic": "单调",
    "facts.derivative_monotonic": "导数单调",
    "facts.origin": "经过原点，$f(0) = 0$",
    "facts.smoothness": "光滑性",
    "facts.saturating": "饱和（$f' \\to 0$）",
    "facts.identity": "在 0 附近近似恒等映射：$f(0) = 0$ 且 $f'(0) = 1$",
    "facts.kinks": "不可导点处",
    "monotonic.non-decreasing": "单调不减",
    "monotonic.non-increasing": "单调不增",
    "monotonic.constant": "常数",
    "monotonic.no": "否",
    "yes": "是",
    "no": "否",
    "discontinuous": "不连续",
    "saturation.none": "否",
    "saturation.left": "$x \\to -\\infty$ 时",
    "saturation.right": "$x \\to +\\infty$ 时",
    "saturation.both": "两侧",
    "params.none": "此函数没有参数。",
    "params.name": "参数",
    "params.default": "默认值",
    "params.valid": "取值范围",
    "params.meaning": "含义",
    "params.any": "任意有限实数",
    "params.and": " 且 ",
    "frameworks.numpy": "NumPy（本站）",
    "frameworks.and": " 和 ",
    "frameworks.missing.one": "{names} 没有内置此函数。",
    "frameworks.missing.many": "{names} 都没有内置此函数。",
    "frameworks.defaults.title": "各框架的默认值不同",
    "frameworks.defaults.text": (
        "参数名和默认值并非在所有框架中都相同：移植模型时请显式传入这些参数。"
    ),
    "references.none": "此函数并非由某一篇论文单独提出。",
    "table.plot": "图像",
    "table.name": "名称",
    "table.range": "值域",
    "table.continuity": "连续性",
    "table.monotonic": "单调",
    "table.saturating": "饱和",
}

FAMILIES: dict[str, str] = {
    "classic": "经典函数",
    "rectifier": "整流函数",
    "smooth": "光滑与门控函数",
    "sigmoidal": "类 Sigmoid 函数",
    "shrinkage": "收缩函数",
    "other": "其他",
}

# Alt text of the guide figures, by figure name; {domain} is the plotted x window.
FIGURES: dict[str, str] = {
    "compare/classic-four": (
        "四个经典激活函数（sigmoid、tanh、ReLU、Leaky ReLU）画在同一坐标系中，{domain}。"
    ),
    "compare/classic-four-derivatives": (
        "四个经典激活函数（sigmoid、tanh、ReLU、Leaky ReLU）的导数画在同一坐标系中，{domain}。"
    ),
    "compare/sigmoid-vs-tanh": (
        "Sigmoid 与 tanh 画在同一坐标系中，{domain}：tanh 更陡，并且以零为中心。"
    ),
    "compare/tanh-identity": (
        "σ(x)、σ(2x)、tanh(x)，以及用虚线画出的 2σ(2x) − 1，它与 tanh 的曲线完全重合。"
    ),
    "compare/vanishing-gradient": (
        "(1/4) 的 n 次方在对数坐标下的图像，n 从 1 到 20：n = 10 时已低于百万分之一；"
        "作为对照的是常数 1。"
    ),
    "experiments/vanishing": (
        "一个 20 层网络中每一层的梯度范数，第 1 层到第 20 层，纵轴为对数坐标，"
        "分别对应 sigmoid、tanh、ReLU、Leaky ReLU、GELU 和 SELU：sigmoid 的梯度从第一层到最后一层"
        "上升了大约十三个数量级，其余函数的变化都在大约十倍以内。"
    ),
    "experiments/dying": (
        "在学习率过大的训练过程中，从不激活的隐藏单元所占的比例，分别对应 ReLU、Leaky ReLU 和 ELU："
        "ReLU 的比例升得最高，ELU 的保持最低。"
    ),
    "experiments/nonlinearity": (
        "带噪声的 XOR 数据上的决策区域，左右对照：没有激活函数时，边界是一条直线，"
        "无法把四个簇分开；使用 ReLU 时，边界会绕着它们弯折。"
    ),
    "experiments/initialisation": (
        "一个 50 层网络中每一层激活前值的均方，纵轴为对数坐标：权重方差为 2/n 的 ReLU 和 1/n 的 "
        "SELU 保持水平，2/n 的 tanh 稳定在 0.6 附近，1/n 的 tanh 缓慢降到约 0.01，1/n 的 ReLU "
        "每层减半，降到约 10 的负 15 次方。"
    ),
}

# Alt text of every entry's figures, by kind; {title} is the entry's title.
FIGURE_KINDS: dict[str, str] = {
    "function": "{title} 的函数图像，{domain}。",
    "derivative": "{title} 的导数图像，{domain}。",
    "overlay": "{title}（实线）与其导数（虚线）画在同一坐标系中，{domain}。",
    "thumbnail": "{title} 的缩略图。",
}
DOMAIN = "x 从 {low:g} 到 {high:g}"


ENTRIES: dict[str, EntryText] = {
    **classic.ENTRIES,
    **rectifiers.ENTRIES,
    **smooth.ENTRIES,
    **sigmoidal.ENTRIES,
    **shrinkage.ENTRIES,
    **other.ENTRIES,
}
