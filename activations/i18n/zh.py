"""简体中文: the generated text of the Chinese site (``mkdocs.zh.yml``, ``docs-zh/``).

Keys mirror ``en.LABELS`` and the registry's names; the tests fail when either side has
something the other lacks. Formulas, names of code (``negative_slope``, ``tf.nn.relu``)
and numbers stay as in English.
"""

from __future__ import annotations

from activations.i18n import EntryText

LABELS: dict[str, str] = {
    "heading.formula": "公式",
    "heading.derivative": "导数",
    "heading.graphs": "图像",
    "heading.properties": "性质",
    "heading.parameters": "参数",
    "heading.frameworks": "在各框架中",
    "heading.implementation": "实现",
    "heading.references": "参考文献",
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
    "facts.saturating": "饱和（导数 → 0）",
    "facts.identity": "在 0 附近近似恒等映射",
    "facts.kinks": "不可导点处",
    "yes": "是",
    "no": "否",
    "discontinuous": "不连续",
    "saturation.none": "否",
    "saturation.left": "x → −∞ 时",
    "saturation.right": "x → +∞ 时",
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
    "table.function": "函数",
    "table.derivative": "导数",
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
        "上升了大约十二个数量级，其余函数的变化都在大约十倍以内。"
    ),
    "experiments/dying": (
        "在学习率过大的训练过程中，从不激活的隐藏单元所占的比例，分别对应 ReLU、Leaky ReLU 和 ELU："
        "ReLU 的比例升得最高，ELU 的保持最低。"
    ),
    "experiments/nonlinearity": (
        "带噪声的 XOR 数据上的决策区域，左右对照：没有激活函数时，边界是一条直线，"
        "无法把四个簇分开；使用 ReLU 时，边界会绕着它们弯折。"
    ),
}

# Alt text of every entry's figures, by kind; {title} is the entry's title, {kink} its
# kink convention (with a leading space, or empty).
FIGURE_KINDS: dict[str, str] = {
    "function": "{title} 的函数图像，{domain}。",
    "derivative": "{title} 的导数图像，{domain}。{kink}",
    "overlay": "{title}（实线）与其导数（虚线）画在同一坐标系中，{domain}。",
    "thumbnail": "{title} 的缩略图。",
}
DOMAIN = "x 从 {low:g} 到 {high:g}"

PYTORCH = "与 PyTorch 的自动求导一致"

ENTRIES: dict[str, EntryText] = {
    "sigmoid": EntryText(
        "Sigmoid",
        "logistic 函数：把任意实数压缩到区间 (0, 1) 之内。",
    ),
    "tanh": EntryText(
        "Tanh",
        "双曲正切函数：一条以零为中心、关于原点对称（奇函数）的 S 形曲线，值域为 (-1, 1)。",
    ),
    "relu": EntryText(
        "ReLU",
        "修正线性单元：输入为正时原样输出，否则输出 0。",
        f"ReLU 在 0 处不可导；{PYTORCH}，导数在该点取 0。",
    ),
    "leaky_relu": EntryText(
        "Leaky ReLU",
        "在负输入一侧保留一个小斜率的 ReLU，因此任何单元的梯度都不会恰好为零。",
        f"Leaky ReLU 在 0 处不可导；{PYTORCH}，导数在该点取斜率 a。",
        {"negative_slope": "x <= 0 一侧的斜率 a。"},
    ),
    "relu6": EntryText(
        "ReLU6",
        "上限为 6 的 ReLU：把输入截断到 [0, 6]，是一种有界的整流函数，适合低精度运算。",
        f"ReLU6 在 0 和 6 处不可导；{PYTORCH}，导数在这两点都取 0。",
    ),
    "prelu": EntryText(
        "PReLU",
        "参数化 ReLU：一种 Leaky ReLU，其负半轴斜率与其他权重一起学习得到。",
        f"PReLU 在 0 处不可导；{PYTORCH}，导数在该点取斜率 a。",
        {
            "weight": "x <= 0 一侧的斜率 a，是一个可学习的参数（PyTorch 将其初始化为 0.25，且不加约束）。"
        },
    ),
    "rrelu": EntryText(
        "RReLU",
        "评估模式下的随机化 Leaky ReLU：训练时负半轴斜率从 [lower, upper] 中均匀抽取，"
        "评估时固定为其均值。",
        "RReLU 在 0 处不可导；与 PyTorch 的自动求导在评估模式下的做法一致，"
        "导数在该点取斜率 (l + u)/2。",
        {"lower": "训练时斜率区间的下端 l。", "upper": "训练时斜率区间的上端 u。"},
    ),
    "threshold": EntryText(
        "阈值函数",
        "输入超过阈值时原样输出，否则输出一个固定值；默认值（阈值 1、取值 0）是本站的选择，"
        "PyTorch 没有默认值。",
        f"阈值函数在 t 处跳跃（除非 v = t）；{PYTORCH}，导数在该点取 0。",
        {"threshold": "阈值 t：输入必须超过它才能原样通过。", "value": "x <= t 时返回的值 v。"},
    ),
    "elu": EntryText(
        "ELU",
        "指数线性单元：正输入时为恒等映射，负输入时以指数方式趋近 -alpha。",
        "ELU 的二阶导数在 0 处跳跃，alpha 不等于 1 时一阶导数也跳跃；"
        f"{PYTORCH}，导数在该点取 alpha（即 x <= 0 分支的值）。",
        {"alpha": "负半轴饱和值 -alpha 的大小。"},
    ),
    "celu": EntryText(
        "CELU",
        "把指数项按 1/alpha 缩放的 ELU，使得无论 alpha 取何值，0 处的斜率都是 1。",
        "CELU 的二阶导数在 0 处跳跃（从 1/alpha 跳到 0）；一阶导数在该点左右两侧都等于 1。",
        {"alpha": "负半轴饱和值 -alpha 的大小。"},
    ),
    "selu": EntryText(
        "SELU",
        "缩放 ELU：其常数经过专门选取，使激活值在深层网络中始终保持零均值和单位方差。",
        f"SELU 在 0 处不可导（左侧斜率为 lambda alpha，右侧为 lambda）；{PYTORCH}，"
        "导数在该点取 lambda alpha。",
    ),
    "isrlu": EntryText(
        "ISRLU",
        "逆平方根线性单元：正输入时为恒等映射，负输入时为 x / sqrt(1 + alpha x^2)，"
        "是一条形状类似 ELU、却不含指数运算的曲线。",
        "ISRLU 在 0 处二阶连续可导（只有三阶导数跳跃）；一阶导数在该点左右两侧都等于 1。",
        {"alpha": "决定负半轴的饱和值 -1/sqrt(alpha)。"},
    ),
    "gelu": EntryText(
        "GELU",
        "高斯误差线性单元：输入乘以标准正态变量小于它的概率，即 x Phi(x)。",
    ),
    "gelu_tanh": EntryText(
        "GELU（tanh 近似）",
        "原论文给出的 GELU 的 tanh 近似，至今仍是一些框架和预训练模型的默认形式。",
    ),
    "silu": EntryText(
        "SiLU（Swish）",
        "以 sigmoid 加权的线性单元 x sigmoid(beta x)：beta = 1 时即 SiLU，beta 可学习时即 Swish。",
        "",
        {"beta": "门控的陡峭程度 beta（Swish）；取 1 即为 SiLU。"},
    ),
    "mish": EntryText(
        "Mish",
        "输入乘以 softplus 的 tanh，即 x tanh(log(1 + e^x))：光滑、非单调、上方无界。",
    ),
    "hardswish": EntryText(
        "Hardswish",
        "分段二次的 SiLU：输入乘以硬 sigmoid relu6(x + 3)/6，在移动端硬件上计算代价很低。",
        f"Hardswish 在 -3 和 3 处不可导；{PYTORCH}，导数在这两点取 x/3 + 1/2"
        "（即 -1/2 和 3/2，也就是内侧的单侧斜率）。",
    ),
    "softplus": EntryText(
        "Softplus",
        "形如 log(1 + e^(beta x)) / beta 的光滑凸函数，可看作光滑版 ReLU；与 PyTorch 一样，"
        "当 beta x 超过阈值时直接返回 x 本身。",
        "",
        {
            "beta": "陡峭程度 beta；取值越大越接近 ReLU。",
            "threshold": "当 beta x > threshold 时改为返回恒等映射"
            "（PyTorch 的切换点；在该处两者之差小于 1e-8 / beta）。",
        },
    ),
    "squareplus": EntryText(
        "Squareplus",
        "形如 (x + sqrt(x^2 + b)) / 2 的光滑 ReLU：与 softplus 相似，但用平方根代替了 exp 和 log。",
        "",
        {"b": "拐弯处的曲率 b；取 0 即为 ReLU。"},
    ),
    "bent_identity": EntryText(
        "弯曲恒等函数",
        "恒等函数加上 sqrt(x^2 + 1) - 1 的一半：一条光滑的凸曲线，左侧斜率趋于 1/2，右侧趋于 3/2。",
    ),
    "hardsigmoid": EntryText(
        "Hardsigmoid",
        "分段线性的 sigmoid，relu6(x + 3)/6：在 -3 及以下为 0，在 3 及以上为 1，中间是一条直线。",
        f"Hardsigmoid 在 -3 和 3 处不可导；{PYTORCH}，导数在这两点都取 0。",
    ),
    "hardtanh": EntryText(
        "Hardtanh",
        "分段线性的 tanh：把输入截断到 [min_val, max_val]，默认为 [-1, 1]。",
        f"Hardtanh 在 min_val 和 max_val 处不可导；{PYTORCH}，导数在这两点都取 0。",
        {"min_val": "截断下限。", "max_val": "截断上限。"},
    ),
    "softsign": EntryText(
        "Softsign",
        "形如 x / (1 + |x|) 的 S 形曲线，值域为 (-1, 1)，以多项式速度逼近上下界，比 tanh 慢得多。",
        "Softsign 的二阶导数在 0 处跳跃（从 2 跳到 -2）；一阶导数在该点左右两侧都等于 1。",
    ),
    "arctan": EntryText(
        "反正切函数",
        "反正切：一条值域为 (-pi/2, pi/2) 的奇函数 S 形曲线，斜率以多项式速度衰减。",
    ),
    "isru": EntryText(
        "ISRU",
        "逆平方根单元 x / sqrt(1 + alpha x^2)：一条类似 tanh、却不含指数运算的曲线，"
        "值域为 (-1/sqrt(alpha), 1/sqrt(alpha))。",
        "",
        {"alpha": "决定上下界 ±1/sqrt(alpha)。"},
    ),
    "logsigmoid": EntryText(
        "LogSigmoid",
        "sigmoid 的对数，即 -softplus(-x)：输入很大时接近 0，输入很负时接近 x。",
    ),
    "softshrink": EntryText(
        "Softshrink",
        "软阈值：|x| <= lambda 时为 0，否则把输入向 0 移动 lambda。",
        f"Softshrink 在 -lambda 和 lambda 处不可导；{PYTORCH}，导数在这两点都取 0。",
        {"lambd": "阈值 lambda：满足 |x| <= lambda 的输入映射为 0。"},
    ),
    "hardshrink": EntryText(
        "Hardshrink",
        "硬阈值：|x| <= lambda 时为 0，否则原样输出。",
        f"Hardshrink 在 -lambda 和 lambda 处跳跃；{PYTORCH}，导数在这两点都取 0。",
        {"lambd": "阈值 lambda：满足 |x| <= lambda 的输入映射为 0。"},
    ),
    "tanhshrink": EntryText(
        "Tanhshrink",
        "形如 x - tanh(x) 的函数：在 0 附近很平坦，行为类似 x^3/3；|x| 很大时是向 0 平移了 1 的恒等映射。",
    ),
    "identity": EntryText(
        "恒等函数",
        "原样输出输入：完全没有非线性，用于回归任务的输出层。",
    ),
    "binary_step": EntryText(
        "二值阶跃函数",
        "Heaviside 阶跃函数：x >= 0 时为 1，否则为 0；它是最早的神经元模型所用的阈值单元，"
        "梯度处处为零。",
        "阶跃函数在 0 处跳跃，在该点没有导数；导数在该点取 0，即它两侧的值。",
    ),
    "gaussian": EntryText(
        "高斯函数",
        "钟形曲线 exp(-x^2)：在 0 处为 1，向两侧衰减到 0，用于径向基函数网络。",
    ),
    "sinusoid": EntryText(
        "正弦函数",
        "正弦：周期、有界，在无穷远处没有极限（在那里返回 NaN），用于隐式神经表示。",
    ),
    "sinc": EntryText(
        "Sinc 函数",
        "未归一化的 sinc 函数 sin(x)/x，并规定 sinc(0) = 1"
        "（np.sinc 和 torch.sinc 是归一化的 sin(pi x)/(pi x)）。",
    ),
}
