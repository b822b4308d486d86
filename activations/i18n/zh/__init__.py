"""简体中文: the generated text of the Chinese site (``mkdocs.zh.yml``, ``docs-zh/``).

The entries' texts sit in one module per catalog module (``zh/rectifiers.py`` mirrors
``catalog/rectifiers.py``); this module gathers them.

Keys mirror ``en.LABELS`` and the registry's names; the tests fail when either side has
something the other lacks. Formulas, names of code (``negative_slope``, ``tf.nn.relu``)
and numbers stay as in English.
"""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh import (
    classic,
    other,
    rectifiers,
    shrinkage,
    sigmoidal,
    smooth,
    vector,
)

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
    "training.text": (
        "**在真实数据上训练。** 以此函数为激活、含 {shallow} 个和 {deep} 个隐藏层的网络，"
        "在 scikit-learn 自带的手写数字数据集上，从 {seeds} 个随机种子各训练一次：测试准确率 $a$"
        "（均值 $\\pm$ 标准差）、训练结束时的训练损失 $L$、测试准确率首次达到 90% 的轮次 $e$，"
        "以及死亡单元所占的比例 $\\rho$，均按深度列出。所有函数的结果、实验设置，以及这些数字"
        "能说明什么、不能说明什么，见[每个激活函数的训练表现]({target})。"
    ),
    "training.excluded": (
        "**未在真实数据上训练。** 在手写数字上训练其他所有函数的实验没有包含这个函数：它的导数"
        "在有定义的地方处处为 0，梯度无法传到它下面的权重（[为什么不包含它]({target})）。"
    ),
    # 向量条目（activations/vector_pages.py）
    "heading.jacobian": "雅可比矩阵",
    "tab.field": "平面上",
    "tab.slice": "沿一条直线",
    "tab.temperature": "温度",
    "tab.simplex": "概率单纯形上",
    "vector.kind": "类型",
    "vector.kind.normaliser": "归一化型：把一个向量映射为同样长度的向量",
    "vector.kind.gated": "门控型：把向量分成值的一半和门的一半",
    "vector.output": "输出长度",
    "vector.output.same": "与输入相同，$n$",
    "vector.output.half": "输入的一半，$n/2$",
    "vector.elementwise": "逐元素",
    "vector.not_elementwise": "不是逐元素的：每个输出依赖多个输入",
    "vector.sums": "每个输出向量之和为 1",
    "vector.kinks": "不可导点处",
    "vector.no_builtin": "没有内置函数：公式见 NumPy 标签页。",
}

FAMILIES: dict[str, str] = {
    "classic": "经典函数",
    "rectifier": "整流函数",
    "smooth": "光滑与门控函数",
    "sigmoidal": "类 Sigmoid 函数",
    "shrinkage": "收缩函数",
    "other": "其他",
    "vector": "向量与门控",
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
    **{
        f"experiments/digits-{group}-{depth}": (
            f"含 {depth} 个隐藏层的网络在手写数字上每一轮（共 30 轮）训练后的测试准确率，"
            f"对应{names}：三个随机种子的均值，阴影为上下各一个标准差。"
        )
        for group, names in (
            ("classic", "四个经典函数（sigmoid、tanh、ReLU、Leaky ReLU）"),
            ("modern", "现代常用函数（GELU、SiLU、Mish、ELU、SELU）"),
        )
        for depth in (4, 12)
    },
    "experiments/attention-weights": (
        "32 个键上最大注意力权重的平均值随头维数 d 的变化，d 从 1 到 4096，横轴为对数坐标："
        "未缩放的点积下它从约 0.1 升到 d = 4096 时的 0.99（一个键拿走全部权重）；除以 d 的平方根后，"
        "它在每个 d 下都保持在 0.1 与 0.2 之间。"
    ),
    "experiments/attention-gradients": (
        "softmax 雅可比矩阵 Frobenius 范数的平均值随头维数 d 的变化，两个坐标轴都是对数坐标，"
        "旁边用虚线画出均匀权重时的值：未缩放的点积下它在 d = 16 之前略有上升，随后稳步下降，"
        "d = 4096 时约为缩放后数值的十五分之一；除以 d 的平方根后，它保持水平，约为 0.24，"
        "略高于均匀值 0.17。"
    ),
    "softmax/simplex": (
        "两个概率三角形，三个顶点是三个独热向量，每个三角形里画的是同样 441 个输入 (x1, x2, 0) 的像，"
        "x1 与 x2 各从 −3 到 3：softmax 把每个点都放在三角形内部，sparsemax 把其中大多数点放在"
        "边上和顶点上，那里有一个或两个概率恰好为零。"
    ),
    "experiments/digits-gradients": (
        "30 轮训练中每一轮第一层与第十二层梯度范数之比，纵轴为对数坐标，分别对应 sigmoid、"
        "hardsigmoid、tanh、ReLU、GELU 和 SELU：tanh、ReLU、GELU 和 SELU 始终在 1 到 10 之间；"
        "hardsigmoid 始终约为 10 的负 8 次方；sigmoid 在前 18 轮低于 10 的负 5 次方，随后急剧上升，"
        "最后八轮在 0.08 到 3 之间。"
    ),
    "experiments/digits-sigmoid-layers": (
        "sigmoid 网络 12 层中每一层的梯度范数，纵轴为对数坐标，分别取第 1、10、20 和 30 轮："
        "第 1 轮和第 10 轮从最后一层到第一层每层缩小约四倍，总共六到七个数量级；第 20 轮时前几层的"
        "范数已开始回升；第 30 轮时曲线呈谷形，中间几层最低，第一层的范数高于最后一层。"
    ),
    "experiments/digits-dying": (
        "ReLU、Leaky ReLU 和 ELU 在过大的学习率 0.1 下，每一轮训练后在所有训练图像上都低于零的"
        "隐藏单元所占的比例：第一轮之后 ReLU 就有一半以上，随后升到约 70%；Leaky ReLU 和 ELU "
        "各约一半。"
    ),
}

# Alt text of every entry's figures, by kind; {title} is the entry's title.
FIGURE_KINDS: dict[str, str] = {
    "function": "{title} 的函数图像，{domain}。",
    "derivative": "{title} 的导数图像，{domain}。",
    "overlay": "{title}（实线）与其导数（虚线）画在同一坐标系中，{domain}。",
    "thumbnail": "{title} 的缩略图。",
    "field": "{title} 在平面上的等值线图：两个输入各从 −4 到 4，正负（或高低）区域着色区分。",
    "slice": "{title} 沿一条直线的截面（粗线），旁边是它在这条线上对应的标量函数（虚线）。",
    "temperature": "softmax 作用于 (x, 0) 时的第一个输出，温度分别为 0.25、1 和 4：温度越低，越接近 0 处的阶跃。",
}
DOMAIN = "x 从 {low:g} 到 {high:g}"


ENTRIES: dict[str, EntryText] = {
    **classic.ENTRIES,
    **rectifiers.ENTRIES,
    **smooth.ENTRIES,
    **sigmoidal.ENTRIES,
    **shrinkage.ENTRIES,
    **other.ENTRIES,
    **vector.ENTRIES,
}
