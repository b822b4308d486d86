"""简体中文: the texts of the entries in activations/catalog/rectifiers.py."""

from __future__ import annotations

from inspect import cleandoc

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH
from activations.registry import Exercise

ENTRIES: dict[str, EntryText] = {
    "relu6": EntryText(
        "ReLU6",
        "ReLU6 是上限为 $6$ 的 ReLU：它把输入截断到 $[0, 6]$，是一种适合低精度运算的有界整流函数。",
        f"ReLU6 在 $x = 0$ 和 $x = 6$ 处不可导；{PYTORCH}，导数在这两点都取 $0$。",
        origin=r"Alex Krizhevsky 在 2010 年一份关于在 CIFAR-10 上训练卷积深度信念网络的报告中，"
        r"给修正线性单元加了上限 $6$，写作 $\min(\max(x, 0), 6)$。他报告说，这个上限使模型更早地"
        "学到稀疏特征；按照 Nair 和 Hinton 把 ReLU 看作无穷多个偏置依次错开的二值单元副本之和的"
        "观点，ReLU6 相当于只保留其中六个。他把上限为 $n$ 的单元称为 ReLU-$n$ 单元。",
        uses="MobileNetV2（Sandler 等，2018）在扩展卷积和深度卷积之后使用 ReLU6，理由是它在低精度"
        "计算下表现稳健；MobileNetV1（Howard 等，2017）的 TensorFlow 参考实现也已经使用它，两者"
        "都是为移动设备设计的。MobileNetV3（Howard 等，2019）用它构造了 hard-swish："
        r"$x\,\operatorname{ReLU6}(x+3)/6$。",
        strengths=(
            "输出落在 $[0, 6]$ 内，定点或 8 位格式能以已知的分辨率覆盖整个取值范围；ReLU 的输出"
            "没有上界，无法给出这样的保证。",
            "与 ReLU 一样廉价：两次比较，没有指数运算。",
            "在 $0$ 与 $6$ 之间斜率为 $1$，梯度原样通过，这一点与 ReLU 相同。",
        ),
        weaknesses=(
            "不仅 $x < 0$ 的输入梯度为零，$x > 6$ 的输入梯度也为零，单元在两侧都可能停止学习。",
            "上限 $6$ 是一个固定常数，并不随各层输入的尺度而调整。",
            "与 ReLU 一样，它的输出不以零为中心，并且有折点；MobileNetV3 为了更高的精度，在较深的"
            "层中改用 hard-swish，即平滑的 Swish 的廉价版本。",
        ),
    ),
    "prelu": EntryText(
        "PReLU",
        "PReLU（参数化 ReLU）是一种 Leaky ReLU，其负半轴斜率与其他权重一起学习得到。",
        f"PReLU 在 $x = 0$ 处不可导；{PYTORCH}，导数在该点取斜率 $a$。",
        {
            "weight": r"$x \le 0$ 一侧的斜率 $a$，是一个可学习的参数（PyTorch 将其初始化为 "
            "$0.25$，且不加约束）。"
        },
        origin="He、Zhang、Ren 和 Sun 于 2015 年提出 PReLU，同一篇论文还推导出了针对整流网络的"
        "初始化方法，即如今以 He 命名的初始化。Leaky ReLU 的负半轴斜率是一个人工选定的固定常数；"
        "PReLU 把它变成一个通过反向传播学习的参数 $a$，可以每个通道一个，也可以整层共享一个，"
        "几乎不增加计算量。借助它，他们的 ImageNet 模型取得了 4.94% 的 top-5 错误率，作者称这是"
        "该基准上首次超过人类水平（5.1%）的结果。",
        uses="He 等（2015）用于 ImageNet 分类的 PReLU 网络；实时语义分割网络 ENet（Paszke 等，"
        "2016）在各卷积之间使用它，SRGAN（Ledig 等，2017）的生成器在残差块中使用它。近年的大多数"
        "架构则选用 ReLU、GELU 或 SiLU。",
        strengths=(
            "网络自己选择负半轴斜率，需要时每个通道各选一个，而不必像 Leaky ReLU 那样人工取 "
            "$a = 0.01$。",
            "除非 $a$ 被学成 $0$，负输入的梯度都不为零，因此单元不会像 ReLU 那样“死亡”。",
            "每个通道最多增加一个参数，计算开销与 Leaky ReLU 相同。",
        ),
        weaknesses=(
            "学到的斜率在小数据集上可能过拟合：Xu 等（2015）发现，在这种情况下 PReLU 不如随机取"
            "斜率的 RReLU。",
            "权重衰减会把 $a$ 拉向 $0$，使 PReLU 退回 ReLU；因此 He 等没有对 $a$ 施加权重衰减。",
            "$a$ 不受约束，训练可能把它变成负数，此时函数不再单调。",
            r"它在 $x = 0$ 处仍有折点，不像 $\alpha = 1$ 的 ELU 或 GELU 那样光滑。",
        ),
    ),
    "rrelu": EntryText(
        "RReLU",
        "本条目是评估模式下的 RReLU：随机化 Leaky ReLU 在训练时从 $[l, u]$ 中均匀抽取负半轴"
        "斜率，评估时把它固定为均值 $(l+u)/2$。",
        "RReLU 在 $x = 0$ 处不可导；与 PyTorch 的自动求导在评估模式下的做法一致，"
        "导数在该点取斜率 $(l+u)/2$。",
        {"lower": "训练时斜率区间的下端 $l$。", "upper": "训练时斜率区间的上端 $u$。"},
        origin="Xu、Wang、Chen 和 Li 于 2015 年在一项比较 ReLU、Leaky ReLU、PReLU 与 RReLU 在图像"
        "分类上表现的实证研究中描述了随机化 Leaky ReLU，并指出它最早用于 Kaggle 的 National Data "
        "Science Bowl 竞赛。训练时每个负输入都有自己的斜率，从均匀分布中抽取，这种噪声起到正则化"
        "作用；测试时斜率固定为均值，就像测试时用 dropout 的平均效果代替随机丢弃一样。他们的主要"
        "发现是：非零的负半轴斜率总能带来改进，这与“ReLU 之所以有效是因为稀疏性”的看法相悖。",
        uses="实际中很少使用。Xu 等在 CIFAR-10、CIFAR-100 和 National Data Science Bowl 的数据上"
        "使用它，在 CIFAR-100 上不借助多次测试或模型集成就达到了 75.68% 的准确率；PyTorch 提供了 "
        "`torch.nn.RReLU`，而 TensorFlow 核心库和 JAX 没有内置版本。",
        strengths=(
            "随机斜率是内置于激活函数中的正则化：Xu 等发现，在小数据集上它优于固定斜率"
            "（Leaky ReLU）和学习得到的斜率（PReLU），后两者会过拟合。",
            "与 Leaky ReLU 一样，负输入的梯度从不为零，单元不会“死亡”。",
            "测试时它就是一个普通的 Leaky ReLU，开销同样低。",
        ),
        weaknesses=(
            "与 dropout 一样，训练和评估计算的是不同的函数：忘记调用 `model.eval()` 会得到带噪声"
            "的预测。",
            "每个负输入都要抽取一个随机数，训练更耗时，结果也依赖随机种子。",
            "支持它的证据只有 2015 年在小型图像基准上的一项研究，后来的架构并未采用它。",
            "各实现并不一致：论文把负输入除以从 $[3, 8]$ 中抽取的数，PyTorch 则乘以从 "
            "$[1/8, 1/3]$ 中抽取的斜率，所以测试时的斜率不同"
            r"（论文为 $1/5.5 \approx 0.18$，PyTorch 约为 $0.23$）。",
        ),
    ),
    "threshold": EntryText(
        "阈值函数",
        "阈值函数在输入超过阈值 $t$ 时原样输出，否则输出一个固定值 $v$；默认值 $t = 1$、$v = 0$ "
        "是本站的选择，因为 PyTorch 没有默认值。",
        f"阈值函数在 $x = t$ 处跳跃（除非 $v = t$）；{PYTORCH}，导数在该点取 $0$。",
        {
            "threshold": "阈值 $t$：输入必须超过它才能原样通过。",
            "value": r"$x \le t$ 时返回的值 $v$。",
        },
        origin="PyTorch 的 `Threshold` 来自 Lua Torch 库，在那里 ReLU 本身就定义为 "
        "`Threshold(0, 0)`：它是一个通用的门控函数，并没有专门的论文。$v = 0$、$t > 0$ 的情形就是 "
        "Konda、Memisevic 和 Krueger 于 2014 年为零偏置自编码器提出的阈值整流函数。他们指出，经过"
        "正则化训练的自编码器会学到很大的负隐藏层偏置，因为同一个偏置既要决定哪些单元被激活，又要"
        "平移它们的取值，而这妨碍了对高内在维度数据的学习；改由固定阈值负责选择后，单元不再需要"
        "偏置，一旦被激活就把输入原样传出。同一篇论文还给出了一个对称的变体，即阈值线性单元"
        r"（thresholded linear unit）：只要 $\lvert x\rvert > t$ 就让 $x$ 通过；本条目是其单侧"
        "的、整流的版本。",
        uses="在现代网络中很少用作隐藏层激活函数。Konda 等（2014）把阈值整流函数用作零偏置自编码器"
        "的隐藏单元。$v = 0$ 的情形后来以 ThresholdedReLU 之名成为标准算子：Keras 2 的 "
        "`ThresholdedReLU` 层（其文档引用了 Konda 等的论文）、ONNX 的 `ThresholdedRelu` 算子和 "
        "PaddlePaddle 的 `paddle.nn.ThresholdedReLU` 都以 $t = 1$ 为默认阈值，与本条目相同。"
        "$v = t$ 且阈值可学习的连续情形，就是 Singh 和 Krishnan（2020）放在其滤波响应归一化"
        r"（Filter Response Normalization）之后、用来替代 ReLU 的 TLU，即 $\max(x, \tau)$；他们"
        "把它用于 ResNet 和 Inception 图像分类网络以及 COCO 目标检测器。",
        strengths=(
            r"满足 $x \le t$ 的输入被精确地置为 $v$，因此当 $v = 0$ 时激活是稀疏的，而无需像 ReLU "
            "层那样靠很大的负偏置来达到同样的稀疏度。",
            "超过阈值后它是恒等映射，梯度为 $1$，被激活的单元把输入和梯度原样传递，这与 ReLU "
            "相同。",
            "只需一次比较，与 ReLU 一样廉价。",
        ),
        weaknesses=(
            r"当 $v \ne t$ 时它在 $t$ 处不连续：输出跳变 $\lvert t - v\rvert$，而梯度不会把这个"
            "跳变告诉网络。",
            "不超过 $t$ 的输入梯度为零，停留在那里的单元会停止学习；当 $t > 0$ 时，这个“死区”比 "
            "ReLU 的更宽。",
            "阈值是固定的超参数，不参与学习，也没有公认的默认值：PyTorch 要求显式给出两个值。",
        ),
        derivation=(
            r"用一个指示函数写出两个分支。令 $s > 0$ 时 $H(s) = 1$，$s \le 0$ 时 $H(s) = 0$"
            r"（即 Heaviside 阶跃函数；它在 $0$ 处的取值与定义中的严格不等式 $x > t$ 相符）。"
            r"当 $x > t$ 时下式右边为 $v + (x - v) = x$，当 $x \le t$ 时为 $v$，所以它就是函数"
            "本身：",
            r"在 $t$ 两侧用乘积法则求导。在 $t$ 的任一侧，因子 $H(x - t)$ 都是常数（右侧为 $1$，"
            r"左侧为 $0$），所以它在那里的导数为 $0$，只剩下对 $x - v$ 求导的那一项：",
            r"在 $x = t$ 处回到导数的定义，其中 $\operatorname{Threshold}(t) = v$。从左侧看，"
            r"对每个 $h < 0$ 差商都是 $(v - v)/h = 0$，所以左导数为 $0$。从右侧看（$h > 0$），"
            "函数处在恒等分支上：",
            r"分情况读出结果。当 $v \ne t$ 时，$(t - v)/h$ 趋于 $\pm\infty$：函数跳跃了 $t - v$，"
            r"在 $t$ 处没有导数。当 $v = t$ 时，右导数为 $1$、左导数为 $0$：这是一个拐角，和 "
            r"ReLU 一样。无论哪种情况，$t$ 处都没有导数；注册表在该点返回 $0$，即 $x \le t$ "
            "分支的值，与 PyTorch 的自动求导一致。这一约定遗漏了什么，可以从分布意义下的导数"
            r"看出：$H$ 的导数是狄拉克 δ 函数 $\delta$，而由于 $\delta(x - t)$ 只“看到” "
            r"$x = t$ 处的值，有 $(x - v)\,\delta(x - t) = (t - v)\,\delta(x - t)$。跳跃变成了"
            r"一个权重为 $t - v$ 的尖峰，任何梯度步都看不到它：",
        ),
        exercises=(
            Exercise(
                r"取默认值 $t = 1$、$v = 0$，计算 $\operatorname{Threshold}(x)$ 和 "
                r"$\operatorname{Threshold}'(x)$ 在 $x = 0.5$、$x = 1$ 和 $x = 1.5$ 处的值。再"
                r"保持 $t = 1$ 而令 $v = -1$：$\operatorname{Threshold}(0.5)$ 是多少？$t$ 处的"
                "跳跃有多大？",
                cleandoc(
                    r"""
                    输入必须严格大于 $t$ 才能通过。在 $x = 0.5$ 和 $x = 1$ 处都不满足，所以输出为 $v = 0$，导数为 $0$；在 $x = 1$ 处函数跳跃，注册表返回左侧分支的斜率 $0$。在 $x = 1.5 > 1$ 处输入通过：输出为 $1.5$，斜率为 $1$。

                    当 $v = -1$ 时，被截断的输入改为输出 $-1$，所以 $\operatorname{Threshold}(0.5) = -1$。在 $t$ 右侧紧邻处输出接近 $t = 1$，所以跳跃为 $t - v = 2$，是默认情形的两倍。
                    <!-- answer: threshold(0.5) = 0 -->
                    <!-- answer: threshold(1.0) = 0 -->
                    <!-- answer: threshold.derivative(1.0) = 0 -->
                    <!-- answer: threshold(1.5) = 1.5 -->
                    <!-- answer: threshold.derivative(1.5) = 1 -->
                    <!-- answer: threshold(0.5, value=-1.0) = -1 -->
                    <!-- answer: threshold(1.0 + 1e-12, value=-1.0) - threshold(1.0, value=-1.0) = 2 -->
                    """
                ),
            ),
            Exercise(
                r"证明当 $v = t$ 时函数连续，且等于 "
                r"$\max(x, t) = t + \operatorname{ReLU}(x - t)$，因此 $t = v = 0$ 时就是 ReLU。"
                r"滤波响应归一化中的 TLU 就是 $\max(x, \tau)$，其中 $\tau$ 可学习：求 "
                r"$\partial \max(x, \tau) / \partial \tau$，并用本包的 Threshold 计算 "
                r"$\max(3, 2)$ 和 $\max(1, 2)$。",
                cleandoc(
                    r"""
                    **恒等式。** 当 $x > t$ 时函数给出 $x$，$\max(x, t)$ 也是如此，因为 $x$ 较大；当 $x \le t$ 时函数给出 $v = t$，而 $\max(x, t) = t$。把 $t$ 提出来，$\max(x, t) = t + \max(x - t, 0) = t + \operatorname{ReLU}(x - t)$：这是一个向右平移 $t$、再向上平移 $t$ 的 ReLU，两段在 $(t, t)$ 处相接，所以没有跳跃。当 $t = v = 0$ 时它就是 $\operatorname{ReLU}(x)$，Lua Torch 正是这样定义 ReLU 的。

                    **阈值的梯度。** 对 $\tau + \operatorname{ReLU}(x - \tau)$ 关于 $\tau$ 求导，链式法则给出内层导数 $-1$：

                    $$
                    \frac{\partial \max(x, \tau)}{\partial \tau} = 1 - \operatorname{ReLU}'(x - \tau) = \begin{cases} 0 & x > \tau \\ 1 & x < \tau \end{cases}
                    $$

                    对一个批次，若传入的梯度为 $\delta_i$，阈值得到 $\partial L / \partial \tau = \sum_i \delta_i \, [x_i < \tau]$：只有被它截断的输入才会推动它。取 $\tau = 2$：$\max(3, 2) = 3$，输入通过；$\max(1, 2) = 2$，输出就是阈值本身。
                    <!-- answer: threshold(3.0, threshold=2.0, value=2.0) = 3 -->
                    <!-- answer: threshold(1.0, threshold=2.0, value=2.0) = 2 -->
                    """
                ),
            ),
            Exercise(
                r"设输入 $Z$ 服从标准正态分布，$t = 1$，$v = 0$。输出恰好为 $0$ 的比例是多少？"
                r"证明 $\mathbb{E}[\operatorname{Threshold}(Z)] = \varphi(1)$，其中 $\varphi$ "
                r"是标准正态密度，并求 $\mathbb{E}[\operatorname{Threshold}(Z)^2]$。对 ReLU，"
                r"这三个数分别是 $\tfrac12$、$\varphi(0) \approx 0.3989$ 和 $\tfrac12$。",
                cleandoc(
                    r"""
                    **稀疏性。** 输出恰为 $0$ 当且仅当 $Z \le 1$，其概率为 $\Phi(1) \approx 0.8413$：约 84% 的输出为零，而 ReLU 只有一半。

                    **均值。** 只有 $z > 1$ 的部分有贡献。密度满足 $\varphi'(z) = -z\,\varphi(z)$，所以 $-\varphi$ 是 $z\,\varphi(z)$ 的一个原函数：

                    $$
                    \mathbb{E}[\operatorname{Threshold}(Z)] = \int_{1}^{\infty} z\,\varphi(z)\,dz = \bigl[-\varphi(z)\bigr]_{1}^{\infty} = \varphi(1) = \frac{e^{-1/2}}{\sqrt{2\pi}} \approx 0.2420
                    $$

                    **二阶矩。** 对 $z \cdot z\,\varphi(z)$ 分部积分：对 $z$ 求导，把 $z\,\varphi(z)$ 积分为 $-\varphi(z)$：

                    $$
                    \int_{1}^{\infty} z^{2}\varphi(z)\,dz = \bigl[-z\,\varphi(z)\bigr]_{1}^{\infty} + \int_{1}^{\infty} \varphi(z)\,dz = \varphi(1) + 1 - \Phi(1) \approx 0.4006
                    $$

                    阈值使这一层比 ReLU 稀疏得多，也削弱了信号：二阶矩只有 ReLU 的 $\tfrac12$ 的 $0.80$，所以按 ReLU 设定尺度的权重会让激活值逐层缩小。
                    <!-- answer: 1 - np.trapezoid(threshold.derivative(np.linspace(-12, 12, 2400001)) * np.exp(-np.linspace(-12, 12, 2400001)**2 / 2), np.linspace(-12, 12, 2400001)) / math.sqrt(2 * math.pi) = 0.8413 -->
                    <!-- answer: np.trapezoid(threshold(np.linspace(-12, 12, 240001)) * np.exp(-np.linspace(-12, 12, 240001)**2 / 2), np.linspace(-12, 12, 240001)) / math.sqrt(2 * math.pi) = 0.2420 -->
                    <!-- answer: np.trapezoid(threshold(np.linspace(-12, 12, 240001))**2 * np.exp(-np.linspace(-12, 12, 240001)**2 / 2), np.linspace(-12, 12, 240001)) / math.sqrt(2 * math.pi) = 0.4006 -->
                    <!-- answer: np.trapezoid(threshold(np.linspace(-12, 12, 240001))**2 * np.exp(-np.linspace(-12, 12, 240001)**2 / 2), np.linspace(-12, 12, 240001)) / math.sqrt(2 * math.pi) / 0.5 = 0.80 -->
                    """
                ),
            ),
            Exercise(
                r"梯度检验把自动求导给出的导数与中心差分 "
                r"$\bigl(f(x + h) - f(x - h)\bigr)/(2h)$ 相比较。取默认参数，分别用 "
                r"$h = 0.01$ 和 $h = 0.001$ 计算 $x = 1$ 处的中心差分，并与自动求导在 "
                r"$x = 0.99$ 和 $x = 1.01$ 处给出的值比较。停在 $z = 0.99$ 的单元能从它的梯度"
                "中学到什么？",
                cleandoc(
                    r"""
                    点 $1 + h$ 能通过，$1 - h$ 不能，所以

                    $$
                    \frac{\operatorname{Threshold}(1 + h) - \operatorname{Threshold}(1 - h)}{2h} = \frac{(1 + h) - 0}{2h} = \frac{1}{2h} + \frac{1}{2}
                    $$

                    当 $h = 0.01$ 时为 $50.5$，当 $h = 0.001$ 时为 $500.5$。当 $h \to 0$ 时它无界增长，这是跳跃的标志；如果是拐角，它会稳定在两侧斜率的平均值上。自动求导在 $0.99$ 处给出 $0$，在 $1.01$ 处给出 $1$，两个数都不知道这个跳跃。位于 $z = 0.99$ 的单元输出 $0$，梯度为零，尽管把 $z$ 增大 $0.02$ 就能让它的输出增加 $1.01$：梯度下降看不到这个收益，只有当其他权重碰巧把它推过阈值时，这个单元才会越过阈值。
                    <!-- answer: (threshold(1.01) - threshold(0.99)) / 0.02 = 50.5 -->
                    <!-- answer: (threshold(1.001) - threshold(0.999)) / 0.002 = 500.5 -->
                    <!-- answer: threshold.derivative(0.99) = 0 -->
                    <!-- answer: threshold.derivative(1.01) = 1 -->
                    <!-- answer: threshold(1.01) - threshold(0.99) = 1.01 -->
                    """
                ),
            ),
        ),
    ),
    "elu": EntryText(
        "ELU",
        r"指数线性单元对正输入是恒等映射，对负输入则以指数方式趋近 $-\alpha$。",
        r"ELU 的二阶导数在 $x = 0$ 处跳跃，$\alpha \ne 1$ 时一阶导数也跳跃；"
        f"{PYTORCH}，"
        r"导数在该点取 $\alpha$（即 $x \le 0$ 分支的值）。",
        {"alpha": r"负半轴饱和值 $-\alpha$ 的大小。"},
        origin="Clevert、Unterthiner 和 Hochreiter 于 2015 年提出 ELU，目的是像批归一化那样把一层"
        "激活的均值推向零，但直接在非线性函数内部完成：ReLU 的输出从不为负，均值为正，这种偏置"
        r"偏移会拖慢下一层的学习。负半轴分支 $\alpha(e^{x}-1)$ 在 $-\alpha$ 处饱和，因此很负的"
        "输入只产生一个小而有界的信号，即一种对噪声稳健的“关闭”状态；Leaky ReLU 和 PReLU 的负半轴"
        "无界增长，没有这种状态。",
        uses="Clevert 等发现，在超过五层的网络中，它比 ReLU 和 Leaky ReLU 训练更快、泛化更好；他们"
        "的 ELU 网络在不使用多视角评估或模型平均的条件下，取得了当时 CIFAR-100 上已发表的最好结果。"
        "图注意力网络（GAT，Veličković 等，2018）在隐藏层的各注意力头之后使用 ELU，PixelCNN++"
        "（Salimans 等，2017）在残差块中使用拼接形式的 ELU（concatenated ELU）。",
        strengths=(
            "负输出把激活均值拉向 $0$，Clevert 等发现这比 ReLU 学得更快。",
            r"负输入保留非零梯度 $\alpha e^{x}$，单元不会像 ReLU 那样“死亡”。",
            r"$\alpha = 1$ 时它连续可导（$C^1$），在 $x = 0$ 处没有折点。",
            r"在 $-\alpha$ 处饱和，使“关闭”状态对输入有多负不敏感，而 Leaky ReLU 的负半轴无界。",
        ),
        weaknesses=(
            "指数运算比 ReLU 的一次比较更耗时，在 CPU 和小型设备上尤其明显。",
            r"在远小于 $0$ 处梯度 $\alpha e^{x}$ 趋于零，很负的单元学得很慢。",
            r"$\alpha \ne 1$ 时斜率在 $x = 0$ 处从 $\alpha$ 跳到 $1$；CELU 通过重新参数化消除了这个"
            "跳变。",
        ),
    ),
    "celu": EntryText(
        "CELU",
        r"CELU 是把指数项按 $1/\alpha$ 缩放的 ELU，使得无论 $\alpha$ 取何值，$x = 0$ 处的斜率"
        "都是 $1$。",
        r"CELU 的二阶导数在 $x = 0$ 处跳跃（从 $1/\alpha$ 跳到 $0$）；一阶导数在该点左右两侧"
        "都等于 $1$。",
        {"alpha": r"负半轴饱和值 $-\alpha$ 的大小。"},
        origin="Jonathan T. Barron 于 2017 年在一篇讨论 ELU 参数化的短文中提出了 CELU：当 "
        r"$\alpha \ne 1$ 时，ELU 的斜率在 $x = 0$ 处从 $\alpha$ 跳到 $1$，因而不是连续可导的。"
        r"把指数除以 $\alpha$，即在 $x \le 0$ 时取 $\alpha(e^{x/\alpha} - 1)$，就能使任意 "
        r"$\alpha$ 下 $x = 0$ 处左右两侧的斜率都等于 $1$。Barron 还指出了其他性质：ReLU"
        r"（$\alpha \to 0^{+}$）和恒等映射（$\alpha \to \infty$）是它的极限情形，并且它具有"
        "尺度相似性："
        r"$\operatorname{CELU}(x; \alpha) = \alpha\,\operatorname{CELU}(x/\alpha; 1)$。",
        uses="ANI 神经网络势函数用到了它，这类模型根据各原子的环境预测分子的能量：ANI 的 PyTorch "
        r"实现 TorchANI（Gao 等，2020）用 `torch.nn.CELU(0.1)`，即 $\alpha = 0.1$，构建 ANI-1x、"
        "ANI-1ccx 和 ANI-2x 模型的原子网络。作用在原子上的力是该能量的负梯度，因而含有激活函数"
        "的导数，而 CELU 的导数是连续的。除此之外它并不常见，不过 PyTorch（`torch.nn.CELU`）、"
        r"JAX（`jax.nn.celu`）和 Keras 都提供了它；需要调节 $\alpha$ 时，它是首选的 ELU 形式，"
        r"因为改变 $\alpha$ 后 $x = 0$ 处的斜率仍等于 $1$。",
        strengths=(
            r"对任意 $\alpha$ 它都是 $C^1$ 的，而 ELU 只有在 $\alpha = 1$ 时才是。",
            r"调节 $\alpha$ 只改变负半轴的下限 $-\alpha$ 及趋近它的快慢，不改变 $x = 0$ 处的行为。",
            r"$\alpha = 1$ 时它就是 ELU，因此保留了 ELU 把均值拉向 $0$ 的负输出，以及负输入处非零的"
            "梯度。",
        ),
        weaknesses=(
            "每个负输入都要做一次除法和一次指数运算，比 ReLU 或 Leaky ReLU 开销大。",
            r"与 ELU 一样会饱和：在远小于 $0$ 处梯度 $e^{x/\alpha}$ 趋于零。",
            r"二阶导数在 $x = 0$ 处仍从 $1/\alpha$ 跳到 $0$，而 GELU 和 SiLU 是光滑的。",
            "几乎没有已发表的证据表明它比 ELU 训练得更好；它的优势在于参数化更干净。",
        ),
        derivation=(
            r"当 $x > 0$ 时函数是直线 $y = x$，导数为 $1$。当 $x < 0$ 时，对 "
            r"$\alpha(e^{u} - 1)$ 用链式法则，内层函数为 $u = x/\alpha$，其导数为 $1/\alpha$：",
            r"前面的因子 $\alpha$ 抵消了链式法则带来的 $1/\alpha$，这正是这一设计的全部用意。"
            r"比较 $x \to 0^{-}$ 时斜率的极限：ELU 的分支 $\alpha(e^{x} - 1)$ 的斜率为 "
            r"$\alpha e^{x}$，趋于 $\alpha$，而不是右侧的斜率 $1$；CELU 的斜率则趋于 $1$：",
            r"在 $x = 0$ 处用导数的定义，其中 $\operatorname{CELU}(0) = 0$。从左侧看，作代换 "
            r"$s = h/\alpha$；$(e^{s} - 1)/s$ 的极限就是 $e^{s}$ 在 $0$ 处的导数，即 $1$。从右侧"
            r"看，差商为 $h/h = 1$。两者一致，所以 CELU 在 $0$ 处可导，且 "
            r"$\operatorname{CELU}'(0) = 1$，这正是 $x \le 0$ 分支 $e^{x/\alpha}$ 在该点给出"
            "的值：",
            r"再求一次导，在 $x < 0$ 上再次使用链式法则。二阶导数从左侧趋于 $1/\alpha$，在右侧"
            r"为 $0$，所以 CELU 是 $C^1$ 的，但不是 $C^2$ 的：这一跳跃就是注册表在 $x = 0$ 处"
            "记录的拐点。",
        ),
        exercises=(
            Exercise(
                r"取 $\alpha = 2$，计算 $\operatorname{CELU}(-2)$ 和 "
                r"$\operatorname{CELU}'(-2)$，再计算同一点、同一 $\alpha$ 下 ELU 的值和斜率。"
                r"当 $\alpha = 2$ 时，ELU 在 $x = 0$ 处的左右斜率各是多少？CELU 的呢？",
                cleandoc(
                    r"""
                    **CELU。** 此时 $x/\alpha = -1$，所以 $\operatorname{CELU}(-2) = 2(e^{-1} - 1) \approx -1.2642$，$\operatorname{CELU}'(-2) = e^{-1} \approx 0.3679$。

                    **ELU。** $\operatorname{ELU}(-2) = 2(e^{-2} - 1) \approx -1.7293$，$\operatorname{ELU}'(-2) = 2e^{-2} \approx 0.2707$。两个函数的下限都是 $-2$，但 ELU 更早地接近它，因为它的指数没有被 $\alpha$ 拉伸。

                    **在 $x = 0$ 处。** ELU 的斜率从左侧看是 $\alpha e^{0} = 2$（注册表在 $0$ 处返回的值），从右侧看是 $1$，跳跃为 $1$。CELU 的斜率从两侧看都是 $e^{0} = 1$。
                    <!-- answer: celu(-2.0, alpha=2.0) = -1.2642 -->
                    <!-- answer: celu.derivative(-2.0, alpha=2.0) = 0.3679 -->
                    <!-- answer: elu(-2.0, alpha=2.0) = -1.7293 -->
                    <!-- answer: elu.derivative(-2.0, alpha=2.0) = 0.2707 -->
                    <!-- answer: elu.derivative(0.0, alpha=2.0) = 2 -->
                    <!-- answer: elu.derivative(1e-9, alpha=2.0) = 1 -->
                    <!-- answer: celu.derivative(0.0, alpha=2.0) = 1 -->
                    """
                ),
            ),
            Exercise(
                r"证明尺度相似性 "
                r"$\operatorname{CELU}(x; \alpha) = \alpha\,\operatorname{CELU}(x/\alpha; 1)$，"
                r"并推出 $\operatorname{CELU}'(x; \alpha) = \operatorname{CELU}'(x/\alpha; 1)$。"
                r"然后证明：对固定的 $x < 0$，当 $\alpha \to 0^{+}$ 时 CELU 趋于 $0$（ReLU），"
                r"当 $\alpha \to \infty$ 时趋于 $x$（恒等映射）；用 $x = -1$ 以及 "
                r"$\alpha = 0.01$、$10$ 和 $100$ 验证。",
                cleandoc(
                    r"""
                    **尺度相似性。** 当 $x > 0$ 时 $x/\alpha > 0$ 也成立，且 $\alpha \cdot (x/\alpha) = x$。当 $x \le 0$ 时，$\alpha\,\operatorname{CELU}(x/\alpha; 1) = \alpha\,(e^{x/\alpha} - 1)$，正是定义。两边求导，链式法则给出内层导数 $1/\alpha$：

                    $$
                    \operatorname{CELU}'(x; \alpha) = \alpha \cdot \frac{1}{\alpha}\,\operatorname{CELU}'\!\left(\frac{x}{\alpha}; 1\right) = \operatorname{CELU}'\!\left(\frac{x}{\alpha}; 1\right)
                    $$

                    改变 $\alpha$ 会把函数图像在两个方向上按同一比例拉伸，而导数的图像只在水平方向拉伸。

                    **$\alpha \to 0^{+}$。** 此时 $x/\alpha \to -\infty$，所以 $e^{x/\alpha} \to 0$，$\alpha(e^{x/\alpha} - 1) \to 0$。当 $\alpha = 0.01$ 时，$\operatorname{CELU}(-1) = 0.01(e^{-100} - 1) \approx -0.0100$。

                    **$\alpha \to \infty$。** 把指数函数展开，$e^{s} = 1 + s + s^{2}/2 + \dots$，其中 $s = x/\alpha \to 0$：

                    $$
                    \alpha\bigl(e^{x/\alpha} - 1\bigr) = x + \frac{x^{2}}{2\alpha} + O\!\left(\frac{1}{\alpha^{2}}\right) \longrightarrow x
                    $$

                    当 $\alpha = 10$ 时值为 $-0.9516$，当 $\alpha = 100$ 时为 $-0.9950$，而前两项给出 $-1 + 1/200 = -0.995$。
                    <!-- answer: celu(-1.0, alpha=0.01) = -0.0100 -->
                    <!-- answer: celu(-1.0, alpha=10.0) = -0.9516 -->
                    <!-- answer: celu(-1.0, alpha=100.0) = -0.9950 -->
                    """
                ),
            ),
            Exercise(
                r"(a) CELU 在何处达到其下限的 $95\%$，即 "
                r"$\operatorname{CELU}(x) = -0.95\,\alpha$？对 $\alpha = 2$ 求解，并求任意 "
                r"$\alpha$ 下该点的斜率。(b) ANI 势函数使用 $\alpha = 0.1$：计算 "
                r"$\operatorname{CELU}(-0.5)$ 和 $\operatorname{CELU}'(-0.5)$，并解释：当作用"
                "在原子上的力是网络能量对原子位置的负梯度时，为什么导数连续很重要。",
                cleandoc(
                    r"""
                    **(a)** 解 $\alpha(e^{x/\alpha} - 1) = -0.95\,\alpha$：两边除以 $\alpha$ 得 $e^{x/\alpha} = 0.05$，所以

                    $$
                    x = \alpha \ln 0.05 \approx -2.996\,\alpha
                    $$

                    当 $\alpha = 2$ 时为 $-5.991$。该点的斜率为 $e^{x/\alpha} = 0.05$，与 $\alpha$ 无关：$\alpha$ 按比例决定弯曲区域的宽度。同一 $\alpha$ 下的 ELU 对每个 $\alpha$ 都在 $x = \ln 0.05 \approx -2.996$ 处达到其下限 $-\alpha$ 的 $95\%$，因为它的 $\alpha$ 只在竖直方向拉伸曲线。

                    **(b)** 取 $\alpha = 0.1$，$\operatorname{CELU}(-0.5) = 0.1(e^{-5} - 1) \approx -0.0993$，$\operatorname{CELU}'(-0.5) = e^{-5} \approx 0.0067$：在五个弯曲宽度之外，单元几乎到达下限 $-0.1$，也几乎是平的，所以这个函数接近 ReLU，同时仍是 $C^1$ 的。力等于 $-\partial E / \partial \mathbf{r}$，由链式法则，它包含沿途每个单元的导数。对 ReLU 而言，这个导数在单元开启处从 $0$ 跳到 $1$，所以原子移动时力会跳变；对 CELU，力则连续变化。进入力的变化率的二阶导数在 $0$ 处仍有跳跃，跳跃量为 $1/\alpha = 10$。
                    <!-- answer: root(lambda x: celu(x, alpha=2.0) + 1.9, -10, -1) = -5.991 -->
                    <!-- answer: celu.derivative(2.0 * math.log(0.05), alpha=2.0) = 0.05 -->
                    <!-- answer: root(lambda x: elu(x, alpha=2.0) + 1.9, -10, -1) = -2.996 -->
                    <!-- answer: celu(-0.5, alpha=0.1) = -0.0993 -->
                    <!-- answer: celu.derivative(-0.5, alpha=0.1) = 0.0067 -->
                    <!-- answer: (celu.derivative(-1e-9, alpha=0.1) - celu.derivative(-2e-9, alpha=0.1)) / 1e-9 = 10 -->
                    """
                ),
            ),
        ),
    ),
    "selu": EntryText(
        "SELU",
        "SELU 是缩放的 ELU，其常数经过专门选取，使激活值在深层全连接网络中始终保持零均值和单位"
        "方差。",
        r"SELU 在 $x = 0$ 处不可导（左侧斜率为 $\lambda\alpha$，右侧为 $\lambda$）；"
        f"{PYTORCH}，"
        r"导数在该点取 $\lambda\alpha$。",
        origin="Klambauer、Unterthiner、Mayr 和 Hochreiter 于 2017 年随自归一化神经网络一起提出 "
        "SELU，目的是让深层的普通前馈网络也能奏效：与 CNN 和 RNN 不同，表现好的前馈网络通常都很浅。"
        r"他们选取了 ELU 的常数 $\lambda \approx 1.0507$ 和 $\alpha \approx 1.6733$，使得从一层"
        "激活的均值和方差到下一层均值和方差的映射在零均值、单位方差处有一个吸引不动点，并用 Banach "
        "不动点定理证明了这一点。他们还证明了方差的上下界，从而排除了梯度消失和梯度爆炸。",
        uses="专为自归一化全连接网络设计：Klambauer 等在 121 个 UCI 数据集、Tox21 药物发现基准和 "
        "HTRU2 脉冲星数据集上测试了这类网络，它们胜过了参与比较的其他前馈网络。在深层 MLP 之外它"
        "并不常见：卷积网络和 Transformer 依靠的是归一化层。",
        strengths=(
            "在其假设成立时，它无需批归一化就能让激活值逐层保持归一化，使深层普通 MLP 能够训练。",
            "这一效果是经过证明的，而不只是观察到的：在这些假设下，方差的上下界排除了梯度消失和"
            "梯度爆炸。",
            "它保留了 ELU 相对 ReLU 的优点：有负输出，负输入处梯度不为零，下限为 "
            r"$-\lambda\alpha \approx -1.758$。",
        ),
        weaknesses=(
            "这一保证要求权重以均值 $0$、方差 $1/n$ 初始化（LeCun 正态初始化）、输入经过标准化、且"
            "网络由全连接层构成；普通 dropout 会破坏它，因此论文提出了一种不破坏这一性质的 dropout 变体（`torch.nn.AlphaDropout`）。",
            "残差连接和注意力会改变证明所依赖的统计量，所以在 ResNet 和 Transformer 中它没有这种"
            "保证，也很少被使用。",
            r"它的斜率在 $x = 0$ 处从 $\lambda\alpha \approx 1.758$ 跳到 "
            r"$\lambda \approx 1.051$，因此不像 $\alpha = 1$ 的 ELU 那样是 $C^1$ 的。",
            "指数运算使它比 ReLU 慢。",
        ),
    ),
    "isrlu": EntryText(
        "ISRLU",
        r"逆平方根线性单元对正输入是恒等映射，对负输入为 $x/\sqrt{1 + \alpha x^2}$，"
        "是一条形状类似 ELU、却不含指数运算的曲线。",
        "ISRLU 在 $x = 0$ 处二阶连续可导（只有三阶导数跳跃）；一阶导数在该点左右两侧都等于 $1$。",
        {"alpha": r"决定负半轴的饱和值 $-1/\sqrt{\alpha}$。"},
        origin="Carlile、Delamarter、Kinney、Marti 和 Whitney 于 2017 年提出 ISRLU，作为 ELU 的一种"
        r"更快的替代。它的负半轴分支 $x/\sqrt{1 + \alpha x^2}$ 具有 ELU 那种有用的形状：取负值，"
        r"能把激活均值拉向 $0$；并且在 $-1/\sqrt{\alpha}$ 处饱和，提供对噪声稳健的“关闭”状态。不同"
        "之处在于计算代价：在普通 CPU 上，逆平方根比指数计算更便宜，作者认为这一优势同样适用于"
        "硬件设计。同一篇论文还"
        r"提出了 ISRU，即在整条实轴上取 $x/\sqrt{1 + \alpha x^2}$，作为循环网络中类似 $\tanh$ "
        "的函数。",
        uses="实际中很少使用：PyTorch、TensorFlow 和 JAX 都没有提供它，也没有广泛使用的架构采用它。"
        "Carlile 等在 TensorFlow 中用卷积网络测试了它，结果比 ReLU 学得更快、泛化更好。",
        strengths=(
            "它有 ELU 的形状（$0$ 以上为恒等映射，负半轴有界，$0$ 以下梯度不为零），却不需要"
            "指数运算。",
            r"它在 $x = 0$ 处比 ELU 更光滑：对任意 $\alpha$ 都二阶连续可导（$C^2$），而 "
            r"$\alpha = 1$ 的 ELU 只是 $C^1$。",
            r"负输入处的梯度 $(1 + \alpha x^2)^{-3/2}$ 只按多项式衰减，比 ELU 的 $e^{x}$ 慢。",
        ),
        weaknesses=(
            "主流框架都没有提供它，使用时需要自己编写并测试实现。",
            "它仍然会饱和：在远小于 $0$ 处梯度趋于 $0$，与 ELU 一样。",
            "支持它的证据主要来自原论文的实验。",
        ),
        derivation=(
            r"当 $x \ge 0$ 时函数是恒等映射，导数为 $1$。当 $x < 0$ 时，把该分支写成乘积 "
            r"$x \cdot (1 + \alpha x^{2})^{-1/2}$，用乘积法则求导，其中第二个因子用链式法则求导"
            r"（外层函数为 $u^{-1/2}$，内层为 $u = 1 + \alpha x^{2}$，$du/dx = 2\alpha x$）：",
            r"提出公因子 $(1 + \alpha x^{2})^{-3/2}$，把第一项写成 "
            r"$(1 + \alpha x^{2}) \cdot (1 + \alpha x^{2})^{-3/2}$；两个 $\alpha x^{2}$ 项相消，"
            r"括号里只剩下 $1$：",
            r"只用输出也能得到同一斜率。对 $x < 0$，令 $y = \operatorname{ISRLU}(x)$；平方得 "
            r"$y^{2} = x^{2}/(1 + \alpha x^{2})$，所以 $1 - \alpha y^{2}$ 是 "
            r"$1 + \alpha x^{2}$ 的倒数，而斜率是它的 $3/2$ 次幂。反向传播只要保存了前向传播的 "
            r"$y$，就不再需要别的量：",
            r"在 $0$ 处的光滑性。当 $x \to 0^{-}$ 时斜率趋于 $1$，与右侧一致，所以 ISRLU 是 "
            r"$C^1$ 的。用链式法则对 $(1 + \alpha x^{2})^{-3/2}$ 求导得到二阶导数，它趋于 $0$，"
            r"同样与右侧一致，所以 ISRLU 是 $C^2$ 的。再求一次导（乘积法则）得到 "
            r"$-3\alpha(1 + \alpha x^{2})^{-5/2} + 15\alpha^{2}x^{2}(1 + \alpha x^{2})^{-7/2}$，"
            r"它趋于 $-3\alpha$，而右侧的三阶导数为 $0$：第一个跳跃出现在三阶导数中。",
        ),
        exercises=(
            Exercise(
                r"取 $\alpha = 1$，计算 $\operatorname{ISRLU}(-2)$ 和 "
                r"$\operatorname{ISRLU}'(-2)$，并用只依赖输出的形式 "
                r"$\bigl(1 - \alpha y^{2}\bigr)^{3/2}$ 验证导数。再与 ELU 在 $x = -2$ 处的值"
                "比较。",
                cleandoc(
                    r"""
                    此时 $1 + \alpha x^{2} = 5$，所以 $\operatorname{ISRLU}(-2) = -2/\sqrt{5} \approx -0.8944$，$\operatorname{ISRLU}'(-2) = 5^{-3/2} \approx 0.0894$。从输出出发：$y^{2} = 4/5$，所以 $1 - y^{2} = 1/5$，而 $(1/5)^{3/2}$ 同样是 $0.0894$。ELU 给出 $e^{-2} - 1 \approx -0.8647$，斜率为 $e^{-2} \approx 0.1353$：在 $x = -2$ 处，ISRLU 略低一些，也更平一些。
                    <!-- answer: isrlu(-2.0) = -0.8944 -->
                    <!-- answer: isrlu.derivative(-2.0) = 0.0894 -->
                    <!-- answer: (1 - isrlu(-2.0)**2)**1.5 = 0.0894 -->
                    <!-- answer: elu(-2.0) = -0.8647 -->
                    <!-- answer: elu.derivative(-2.0) = 0.1353 -->
                    """
                ),
            ),
            Exercise(
                r"证明当 $x \to -\infty$ 时 $\operatorname{ISRLU}(x) \to -1/\sqrt{\alpha}$，并"
                r"证明当 $\lvert x\rvert$ 很大时导数的行为类似于 "
                r"$\alpha^{-3/2}\lvert x\rvert^{-3}$。求 $\alpha = 3$ 时的下限，并在 "
                r"$\alpha = 1$ 时比较 $\operatorname{ISRLU}'(-10)$ 与 "
                r"$\operatorname{ELU}'(-10)$。",
                cleandoc(
                    r"""
                    对 $x < 0$，$\lvert x\rvert = \sqrt{x^{2}}$；分子分母同除以 $\lvert x\rvert$：

                    $$
                    \frac{x}{\sqrt{1 + \alpha x^{2}}} = \frac{-1}{\sqrt{1/x^{2} + \alpha}} \longrightarrow -\frac{1}{\sqrt{\alpha}} \qquad (x \to -\infty)
                    $$

                    当 $\alpha = 3$ 时为 $-0.5774$。对导数，作分解 $1 + \alpha x^{2} = \alpha x^{2}\bigl(1 + 1/(\alpha x^{2})\bigr)$：

                    $$
                    \operatorname{ISRLU}'(x) = \bigl(\alpha x^{2}\bigr)^{-3/2}\Bigl(1 + \frac{1}{\alpha x^{2}}\Bigr)^{-3/2} \approx \alpha^{-3/2}\lvert x\rvert^{-3}
                    $$

                    在 $x = -10$、$\alpha = 1$ 处：$101^{-3/2} \approx 0.000985$（近似式给出 $0.001$），而 $\operatorname{ELU}'(-10) = e^{-10} \approx 0.0000454$，约小 $22$ 倍。多项式尾部使很负的单元在 ELU 的梯度早已消失之后，仍有微弱的梯度流入。
                    <!-- answer: isrlu(-1e8, alpha=3.0) = -0.5774 -->
                    <!-- answer: isrlu.derivative(-10.0) = 0.000985 -->
                    <!-- answer: 10.0**-3 = 0.001 -->
                    <!-- answer: elu.derivative(-10.0) = 0.0000454 -->
                    <!-- answer: isrlu.derivative(-10.0) / elu.derivative(-10.0) = 22 -->
                    """
                ),
            ),
            Exercise(
                r"把 ISRLU 和 ELU（都取 $\alpha = 1$）在 $x \to 0^{-}$ 时展开到第一个非线性项："
                r"对于小的负输入，哪一个更接近恒等映射？在 $x = -0.1$、$-1$ 和 $-5$ 处验证："
                r"在远处，哪一个更接近其下限 $-1$？",
                cleandoc(
                    r"""
                    利用二项式级数 $(1 + u)^{-1/2} = 1 - u/2 + \dots$（其中 $u = \alpha x^{2}$）以及 ELU 的指数级数：

                    $$
                    \operatorname{ISRLU}(x) = x - \frac{\alpha}{2}x^{3} + O(x^{5}), \qquad \operatorname{ELU}(x) = x + \frac{x^{2}}{2} + O(x^{3})
                    $$

                    ISRLU 直到三阶项才偏离恒等映射，ELU 在二阶项就已偏离：ISRLU 弯得更晚，这也是它在 $0$ 处为 $C^2$ 的原因。在 $x = -0.1$ 处，两者的值分别为 $-0.0995$ 和 $-0.0952$；在 $x = -1$ 处为 $-0.7071$ 和 $-0.6321$；在 $x = -5$ 处为 $-0.9806$ 和 $-0.9933$。在 $0$ 附近 ISRLU 更接近恒等映射；在远处 ELU 更接近下限，因为它与 $-1$ 的差距按指数缩小，而 ISRLU 的差距只按 $1/(2x^{2})$ 缩小，这正是上一题中让 ISRLU 的梯度不至于消失的那条缓慢的尾部。
                    <!-- answer: isrlu(-0.1) = -0.0995 -->
                    <!-- answer: elu(-0.1) = -0.0952 -->
                    <!-- answer: isrlu(-1.0) = -0.7071 -->
                    <!-- answer: elu(-1.0) = -0.6321 -->
                    <!-- answer: isrlu(-5.0) = -0.9806 -->
                    <!-- answer: elu(-5.0) = -0.9933 -->
                    """
                ),
            ),
        ),
    ),
    "squared_relu": EntryText(
        "平方 ReLU",
        r"平方 ReLU，即 $\max(x, 0)^2$，对负输入为 $0$，对正输入是一条抛物线；它是对高效 "
        "Transformer 的演化搜索 Primer 为前馈模块找到的激活函数。",
        r"平方 ReLU 连续可导；它的二阶导数在 $x = 0$ 处跳跃（从 $0$ 跳到 $2$），导数在该点左右两侧"
        r"都等于 $0$。",
        origin="So、Mańke、Liu、Dai、Shazeer 和 Le 于 2021 年通过 Primer 找到了平方 ReLU。Primer 是"
        "一次寻找更廉价的 Transformer 语言模型的演化搜索：它不在整层之间挑选，而是对定义模型的 "
        "TensorFlow 程序做变异，细到单个运算，并保留在相同训练计算量下验证损失更低的程序。搜索找到的"
        "改动中，有两项贡献了大部分收益：把前馈模块中的 ReLU 取平方，以及在自注意力的每个 query、key "
        r"和 value 投影之后加一个深度卷积。作者指出，平方 ReLU 就是门控权重与值权重绑定（$U = V$）时的 "
        r"ReGLU，$\max(xU, 0) \odot xV$：它用少一个权重矩阵的代价保留了门控变体的部分好处。",
        uses="首先是 Primer 本身：把它的改动放进 T5 代码库后，一个 5 亿参数、在 C4 上训练的语言模型的"
        "训练成本降到四分之一（So 等，2021）。NVIDIA 的 Nemotron-4 15B（Parmar 等，2024）在 MLP "
        "层中使用平方 ReLU，StarReLU（Yu 等，2022）则为视觉 MetaFormer 给它加上缩放和平移。PyTorch、"
        "TensorFlow 和 JAX 都没有内置它；`torch.relu(x) ** 2` 就是完整的实现。",
        strengths=(
            r"它的导数 $2\max(x, 0)$ 是连续的，所以与 ReLU 不同，它在 $0$ 处没有折角（$C^1$），同时"
            "保留了 ReLU 对负输入给出的精确零值。",
            "计算只需一次比较和一次乘法，远比 GELU 的误差函数或 SiLU 的指数运算便宜，而且没有参数。",
            "把门控权重与值权重绑定后它就是 ReGLU，因此前馈模块不需要第三个权重矩阵就能得到门控乘积。",
        ),
        weaknesses=(
            r"它按平方增长：较大的预激活会给出很大的输出和梯度 $2x$；在 float16 中，一旦 $x$ 超过"
            r"约 $256$，平方就溢出为无穷大，所以它依赖归一化和谨慎的缩放。",
            r"负输入的梯度为零，与 ReLU 一样；而在 $0$ 稍右处梯度 $2x$ 也很小，所以单元可能死亡，"
            "较小的正输入学得很慢。",
            "支持它的证据来自 Transformer 语言模型；在其他场景中它几乎没有使用记录，主流框架也都没有"
            "提供它。",
        ),
        derivation=(
            r"在 $0$ 以外，对每一段分别求导：由幂法则，$x^{2}$ 的导数是 $2x$，常数 $0$ 的导数是 $0$。"
            r"用 ReLU 来写，链式法则给出同样的结果：外层 $u^{2}$ 贡献 $2u$，内层 $\max(x, 0)$ 贡献它的"
            r"斜率 $1$ 或 $0$：",
            r"在 $x = 0$ 处链式法则不适用，因为 ReLU 在那里不可导；回到差商，$f(0) = 0$。从右侧看差商为 "
            r"$h^{2}/h = h$，从左侧看为 $0/h = 0$，两者都趋于 $0$：平方 ReLU 在原点可导，而 ReLU 不可导。",
            r"所以导数处处都是 $2\max(x, 0)$，即 ReLU 的两倍：连续，因此平方 ReLU 是 $C^1$ 的。再求一次"
            r"导得到 ReLU 阶跃的两倍，它在原点从 $0$ 跳到 $2$，所以函数不是 $C^2$ 的；原点就是本注册表"
            "记录的不可导点。",
            r"只用输出也可以：$y = f(x)$ 等于 $x^{2}$ 或 $0$，所以 $\sqrt{y}$ 就是 $\max(x, 0)$，保存了 "
            r"$y$ 的反向传播不再需要别的量：",
        ),
        exercises=(
            Exercise(
                r"计算平方 ReLU 及其导数在 $x = -1$、$0.5$ 和 $3$ 处的值。对哪些输入它小于 ReLU？对哪些"
                r"输入它的斜率小于 ReLU 的斜率 $1$？",
                cleandoc(
                    r"""
                    在 $x = -1$ 处两者都是 $0$。在 $x = 0.5$ 处，值为 $0.25$，斜率为 $2 \cdot 0.5 = 1$；在 $x = 3$ 处，值为 $9$，斜率为 $6$。

                    当 $0 < x < 1$ 时 $x^{2} < x$：平方 ReLU 压小较小的正激活、放大较大的正激活，是一种只保留最强响应的柔和形式。它的斜率 $2x$ 在 $0 < x < 0.5$ 时小于 $1$，此后大于它，所以与 ReLU 相比，小的正输入学得更慢，大的正输入学得更快。
                    <!-- answer: squared_relu(-1.0) = 0 -->
                    <!-- answer: squared_relu(0.5) = 0.25 -->
                    <!-- answer: squared_relu.derivative(0.5) = 1 -->
                    <!-- answer: squared_relu(3.0) = 9 -->
                    <!-- answer: squared_relu.derivative(3.0) = 6 -->
                    """
                ),
            ),
            Exercise(
                r"ReGLU 把值 $a$ 乘以门 $b$ 的 ReLU。证明当 $a = b = u$ 时它就是 $u$ 的平方 ReLU，并在 "
                r"$u = 1.5$ 和 $u = -2$ 处验证。再数一数权重：模型宽度为 $512$、隐藏宽度为 $2048$ 的前馈"
                "模块在使用平方 ReLU 时有两个权重矩阵，共有多少个权重？有三个矩阵的 ReGLU 取多大的隐藏宽度"
                "才能得到相同的数目？",
                cleandoc(
                    r"""
                    当 $u > 0$ 时 $u \cdot \max(u, 0) = u^{2}$；当 $u \le 0$ 时 ReLU 为 $0$，乘积也一样。两种情形下都等于 $\max(u, 0)^{2}$。在 $u = 1.5$ 处两者都是 $2.25$；在 $u = -2$ 处两者都是 $0$。在模块中，把门控权重与值权重绑定（$U = V$），ReGLU 就变成作用于 $xU$ 的平方 ReLU。

                    平方 ReLU 的模块有 $2 \cdot 512 \cdot 2048$ 个权重，约 $2.10$ 百万。ReGLU 有三个 $512 \times h$ 的矩阵，所以数目相同需要 $3h = 2 \cdot 2048$，即 $h \approx 1365$：宽度的三分之二，这正是门控前馈模块在同等规模下比较时遵循的规则。
                    <!-- answer: 1.5 * relu(1.5) = 2.25 -->
                    <!-- answer: squared_relu(1.5) = 2.25 -->
                    <!-- answer: squared_relu(-2.0) = 0 -->
                    <!-- answer: 2 * 512 * 2048 / 1e6 = 2.10 -->
                    <!-- answer: 2 * 2048 / 3 = 1365 -->
                    """
                ),
            ),
            Exercise(
                r"float16 的最大有限数是 $65504$。哪些输入使平方 ReLU 的结果有限？float16 中 $255$ 的"
                "平方 ReLU 是多少？超出之后本包返回什么？为什么导数在远得多的地方仍然安全？",
                cleandoc(
                    r"""
                    在 $32768$ 与 $65536$ 之间，float16 的数相隔 $32$，所以小于 $65520$（比 $65504$ 多半个间隔）的平方仍会向下舍入为有限数：结果一直到 $x = \sqrt{65520} \approx 255.97$ 都是有限的。$255$ 的平方是 $65025$，舍入为 $65024$。再往外，真实的平方超出了 float16 的范围，本包返回 $+\infty$，与 IEEE 舍入一致，并且不发出警告。

                    导数 $2x$ 要到 $x = 32752$ 才达到 $65504$，远得多：前向传播早在反向传播之前就会溢出，这就是为什么混合精度训练把这类激活放在更宽的类型中计算，或者先对输入做归一化。
                    <!-- answer: math.sqrt(65520) = 255.97 -->
                    <!-- answer: squared_relu(np.float16(255.0)) = 65024 -->
                    <!-- answer: 65504 / 2 = 32752 -->
                    """
                ),
            ),
        ),
    ),
    "star_relu": EntryText(
        "StarReLU",
        r"StarReLU，即 $s\max(x, 0)^2 + b$，是带有可学习缩放和偏置的平方 ReLU；它的默认值 "
        r"$s = 2/\sqrt{5}$ 和 $b = -1/\sqrt{5}$ 使标准正态输入的输出均值为 $0$、方差为 $1$。",
        r"StarReLU 连续可导；它的二阶导数在 $x = 0$ 处跳跃（从 $0$ 跳到 $2s$），导数在该点左右两侧"
        r"都等于 $0$。",
        {
            "scale": r"平方 ReLU 的缩放 $s$，与网络一起学习；默认值 $2/\sqrt{5} \approx 0.8944$ 取自 "
            r"Yu 等，是 $z \sim \mathcal{N}(0, 1)$ 时 $\max(z, 0)^2$ 的标准差的倒数。",
            "bias": r"加到输出上的偏置 $b$，同样可学习；默认值 $-1/\sqrt{5} \approx -0.4472$ 使标准"
            "正态输入的输出均值为 $0$。",
        },
        origin="Yu、Si、Zhou、Luo、Zhou、Feng、Yan 和 Wang 于 2022 年在 MetaFormer Baselines for "
        "Vision 中提出 StarReLU。这项研究考察由 MetaFormer 模块搭建的图像模型；MetaFormer 模块是把"
        "注意力换成任意 token 混合器的 Transformer 模块。他们想要一个比 GELU 更廉价的激活函数，于是从 "
        r"Primer 的平方 ReLU 出发，但注意到对标准正态输入，它的输出均值为 $1/2$、方差为 $5/4$，会使"
        r"激活值的分布发生偏移。减去这个均值再除以标准差，得到 $0.8944\max(x, 0)^2 - 0.4472$；随后他们"
        r"把缩放 $s$ 和偏置 $b$ 改为与网络一起学习、由所有通道共享的标量。",
        uses="Yu 等（2022）的 MetaFormer 基线模型：ConvFormer 和 CAFormer 在 MLP 模块中使用它，"
        "ConvFormer 还在其可分离卷积中使用它；CAFormer 在不使用额外数据或蒸馏的情况下，以 224 × 224 "
        "像素在 ImageNet-1K 上创下 85.5% 的 top-1 准确率纪录。作者报告说，它比 GELU 少用 71% 的激活 "
        "FLOPs，效果却更好。这些模型收录在 timm 中；PyTorch、TensorFlow 和 JAX 都没有 StarReLU。",
        strengths=(
            "它保留了平方 ReLU 的低成本：一次比较、一次平方、一次乘法和一次加法。",
            r"在默认常数下，标准正态输入的输出均值为 $0$、方差为 $1$，所以它不像平方 ReLU 那样使激活值"
            r"发生偏移；可学习的 $s$ 和 $b$ 让每一层自行调整。",
            r"与平方 ReLU 一样，它是 $C^1$ 的，并且对负输入恰好等于常数 $b$。",
        ),
        weaknesses=(
            "标准化假设输入服从标准正态分布，而归一化层只能近似做到这一点；此外每层多出两个要学习的参数。",
            r"它继承了平方 ReLU 的平方增长以及负输入处的零梯度；偏置 $b$ 对两者都没有改变。",
            r"支持它的证据来自一个视觉模型家族；而且官方代码和 timm 把可学习的 $s$ 和 $b$ 初始化为 $1$ "
            r"和 $0$，即平方 ReLU，而不是这里作为默认值的标准化常数。",
        ),
        derivation=(
            r"偏置是常数，导数为 $0$；缩放是常数因子，可以提到导数之外。剩下的就是平方 ReLU 的导数 "
            r"$2\max(x, 0)$：",
            r"在 $x = 0$ 处用差商，$f(0) = b$：从右侧看为 $(sh^{2} + b - b)/h = sh$，从左侧看为 "
            r"$(b - b)/h = 0$，两者都趋于 $0$。斜率 $2s\max(x, 0)$ 是连续的，所以 StarReLU 是 $C^1$ "
            r"的，它的二阶导数从 $0$ 跳到 $2s$：",
            r"默认值从何而来。对 $z \sim \mathcal{N}(0, 1)$，$\max(z, 0)^{2}$ 在 $z > 0$ 的半条直线上"
            r"等于 $z^{2}$，在另一半上等于 $0$；$z$ 是对称的，所以它的各阶矩是 $z^{2}$ 的一半，而 "
            r"$E[z^{2}] = 1$、$E[z^{4}] = 3$：",
            r"标准化，即减去均值 $1/2$ 再除以标准差 $\sqrt{5}/2$，就得到默认值 $s = 2/\sqrt{5}$ 和 "
            r"$b = -1/\sqrt{5}$：",
        ),
        exercises=(
            Exercise(
                r"在默认值下，计算 StarReLU 在 $x = -1$、$0$ 和 $2$ 处的值、在 $2$ 处的导数，以及它穿过 "
                r"$0$ 的输入。这个穿越点是否分别依赖于 $s$ 和 $b$？",
                cleandoc(
                    r"""
                    当 $x \le 0$ 时输出就是偏置 $-1/\sqrt{5} \approx -0.4472$，在 $x = -1$ 和 $x = 0$ 处都一样。在 $x = 2$ 处：$0.8944 \cdot 4 - 0.4472 \approx 3.1305$，斜率为 $2 \cdot 0.8944 \cdot 2 \approx 3.5777$。

                    输出在 $s x^{2} = -b$ 处为 $0$，即 $x = \sqrt{-b/s}$。只有比值起作用；在默认值下 $-b/s = 1/2$，所以穿越点在 $1/\sqrt{2} \approx 0.7071$：标准正态输入中高于它的那四分之一给出正输出。
                    <!-- answer: star_relu(-1.0) = -0.4472 -->
                    <!-- answer: star_relu(0.0) = -0.4472 -->
                    <!-- answer: star_relu(2.0) = 3.1305 -->
                    <!-- answer: star_relu.derivative(2.0) = 3.5777 -->
                    <!-- answer: root(lambda x: star_relu(x), 0.1, 2) = 0.7071 -->
                    """
                ),
            ),
            Exercise(
                r"用数值方法验证：对 $z \sim \mathcal{N}(0, 1)$，在默认值下 StarReLU 的输出均值为 $0$、"
                r"均方为 $1$；再求平方 ReLU（即 $s = 1$、$b = 0$，官方代码的起点）的均值和方差。",
                cleandoc(
                    r"""
                    在细网格上对正态密度 $\varphi$ 积分，这里从 $-12$ 到 $12$，步长 $10^{-4}$：

                    $$
                    \int \operatorname{StarReLU}(z)\,\varphi(z)\,dz \approx 0.0000, \qquad \int \operatorname{StarReLU}(z)^{2}\,\varphi(z)\,dz \approx 1.0000
                    $$

                    均值为 $0$ 时，均方就是方差 $1$。对平方 ReLU，同样的积分给出均值 $0.5000$ 和均方 $1.5000$，所以方差为 $1.5 - 0.25 = 1.25$，正是推导中得到的 $1/2$ 和 $5/4$。
                    <!-- answer: np.trapezoid(star_relu(np.linspace(-12, 12, 240001)) * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 0.0000 -->
                    <!-- answer: np.trapezoid(star_relu(np.linspace(-12, 12, 240001)) ** 2 * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 1.0000 -->
                    <!-- answer: np.trapezoid(squared_relu(np.linspace(-12, 12, 240001)) * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 0.5000 -->
                    <!-- answer: np.trapezoid(squared_relu(np.linspace(-12, 12, 240001)) ** 2 * np.exp(-np.linspace(-12, 12, 240001) ** 2 / 2), dx=1e-4) / math.sqrt(2 * math.pi) = 1.5000 -->
                    <!-- answer: 1.5 - 0.25 = 1.25 -->
                    """
                ),
            ),
            Exercise(
                r"训练时 $s$ 和 $b$ 也会得到梯度。求 $\partial f / \partial s$ 和 $\partial f / \partial b$；"
                r"对三个输入 $x = -1$、$0.5$、$2$，传入的梯度为 $\delta = 0.1$、$-0.2$、$0.3$，计算 "
                r"$\partial L / \partial b$、$\partial L / \partial s$，以及传回输入 $x = 2$ 的梯度。",
                cleandoc(
                    r"""
                    函数对其参数是线性的：

                    $$
                    \frac{\partial f}{\partial s} = \max(x, 0)^{2}, \qquad \frac{\partial f}{\partial b} = 1
                    $$

                    参数由所有输入共享，各自收集总和。偏置从三个输入都得到梯度：$0.1 - 0.2 + 0.3 = 0.2$；缩放只从正输入得到梯度，并以其平方加权：$-0.2 \cdot 0.25 + 0.3 \cdot 4 = 1.15$。输入 $x = 2$ 收到 $\delta$ 乘以斜率，即 $0.3 \cdot 3.5777 \approx 1.0733$；输入 $x = -1$ 什么也收不到，尽管它仍然推动了 $b$。
                    <!-- answer: 0.1 - 0.2 + 0.3 = 0.2 -->
                    <!-- answer: -0.2 * squared_relu(0.5) + 0.3 * squared_relu(2.0) = 1.15 -->
                    <!-- answer: 0.3 * star_relu.derivative(2.0) = 1.0733 -->
                    """
                ),
            ),
        ),
    ),
    "sparse_plus": EntryText(
        "稀疏 plus",
        r"稀疏 plus（sparse plus）是 softplus 的分段二次孪生函数：在 $x = -1$ 以前恰好为 $0$，在 "
        r"$-1$ 与 $1$ 之间是抛物线 $(x + 1)^2/4$，从 $1$ 起是恒等映射；它的导数是稀疏 sigmoid。",
        r"稀疏 plus 连续可导；它的二阶导数在 $x = -1$ 处（从 $0$ 跳到 $1/2$）和 $x = 1$ 处（从 "
        r"$1/2$ 跳到 $0$）跳跃，导数在这两点左右两侧分别相同：$0$ 和 $1$。",
        origin="稀疏 plus 来自 Blondel、Martins 和 Niculae（2020）的 Fenchel-Young 损失：它由概率上的"
        r"正则项同时构造出预测映射及其损失。对两个类别，softplus 是 $px$ 加上 $(p, 1 - p)$ 的 Shannon "
        r"熵在 $p \in [0, 1]$ 上的最大值，它的导数，即 logistic sigmoid，就是取到最大值的 $p$。把 "
        r"Shannon 熵换成 Gini 熵 $p(1 - p)$，同样的构造就得到稀疏 plus，它的导数是稀疏 sigmoid，即 "
        "Martins 和 Astudillo（2016）的 sparsemax 在两个类别时的情形。JAX 在 2024 年加入了 "
        "`jax.nn.sparse_plus`，作为 softplus 的孪生函数，Keras 3.8 随后跟进。",
        uses=r"具有稀疏概率的二分类：损失稀疏 plus 减去 $yx$（标签 $y \in \{0, 1\}$，得分 $x$）的梯度是"
        r"稀疏 sigmoid 减去 $y$，一旦样本在正确一侧的得分超过 $\pm 1$，损失就恰好为 $0$。作为激活函数，"
        "它是一个类似 softplus 的正值映射，带有精确的零值和精确的恒等部分；在已发表的架构中很少见到。",
        strengths=(
            r"它在 $x \le -1$ 时恰好为 $0$，在 $x \ge 1$ 时恰好为 $x$，所以输出是稀疏的，较大的输入原样"
            "通过；softplus 永远不会恰好做到其中任何一点。",
            "它与 softplus 一样是凸的、单调不减的、连续可导的，而计算只需一次截断和一次平方，没有指数或"
            "对数运算。",
            "它的导数是稀疏 sigmoid，即两类 sparsemax，因此它与一个带间隔的凸损失配套。",
        ),
        weaknesses=(
            r"在 $-1$ 以下梯度恰好为 $0$，所以处在那里的单元停止学习，就像 ReLU 的负半轴一样；softplus "
            "总会保留一个小梯度。",
            r"它的二阶导数在 $x = -1$ 和 $x = 1$ 处跳跃（从 $0$ 跳到 $1/2$ 再跳回），所以它不像 "
            "softplus 那样二阶可导。",
            "它出现得很晚（2024 年的 JAX 0.4.26，然后是 Keras 3.8），PyTorch 没有内置它，作为隐藏层"
            "激活函数的证据也很少。",
        ),
        derivation=(
            r"在每个开区间上直接求导：常数 $0$ 的导数是 $0$，恒等映射的导数是 $1$；抛物线对 $u^{2}/4$ "
            r"（$u = x + 1$）用链式法则，得到 $2u/4$：",
            r"在衔接点，各段的值和斜率都相接。在 $x = -1$ 处，抛物线为 $0$、斜率为 $0$，与零段相同；在 "
            r"$x = 1$ 处，它为 $1$、斜率为 $1$，与恒等段相同。因此两点处的单侧导数都一致，函数在那里"
            "可导：",
            r"合起来，导数是截断到 $[0, 1]$ 的 $(x + 1)/2$，即稀疏 sigmoid，一个连续函数，所以稀疏 plus "
            r"是 $C^1$ 的。它的导数，即稀疏 plus 的二阶导数，在 $(-1, 1)$ 上为 $1/2$，在外面为 $0$："
            "它在两个衔接点处跳跃，这就是本注册表记录的不可导点。",
            r"抛物线从何而来：稀疏 plus 是 $px$ 加上 Gini 熵 $p(1 - p)$ 在 $p \in [0, 1]$ 上的最大值，"
            r"正如 softplus 是换成 Shannon 熵后的最大值。令导数 $x + 1 - 2p$ 为零得 $p = (x + 1)/2$，"
            r"再截断到 $[0, 1]$；代回就得到三段，而取到最大值的 $p$ 就是导数（Danskin 定理）：",
        ),
        exercises=(
            Exercise(
                r"计算稀疏 plus 及其导数在 $x = -2$、$0$、$0.5$ 和 $3$ 处的值，以及 softplus 在 $0$ 和 "
                "$3$ 处的值。softplus 与稀疏 plus 之间的差距在哪里最大，有多大？",
                cleandoc(
                    r"""
                    在 $x = -2$ 处，值和斜率都是 $0$。在 $x = 0$ 处，值为 $1/4 = 0.25$，斜率为 $0.5$；在 $x = 0.5$ 处，值为 $1.5^{2}/4 = 0.5625$，斜率为 $0.75$；在 $x = 3$ 处，值为 $3$，斜率为 $1$。softplus 在 $0$ 处为 $\ln 2 \approx 0.6931$，在 $3$ 处为 $3.0486$：它处处位于稀疏 plus 之上。

                    在 $(-1, 1)$ 上，差距的导数是 $\sigma(x) - (x + 1)/2$，在 $x = 0$ 处为零，那里两条曲线的斜率都是 $1/2$；差距在那里最大，为 $\ln 2 - 1/4 \approx 0.4431$。在 $[-1, 1]$ 之外，它像 softplus 自身与 ReLU 的距离 $\ln(1 + e^{-\lvert x\rvert})$ 那样缩小。
                    <!-- answer: sparse_plus(-2.0) = 0 -->
                    <!-- answer: sparse_plus(0.0) = 0.25 -->
                    <!-- answer: sparse_plus.derivative(0.0) = 0.5 -->
                    <!-- answer: sparse_plus(0.5) = 0.5625 -->
                    <!-- answer: sparse_plus.derivative(0.5) = 0.75 -->
                    <!-- answer: sparse_plus(3.0) = 3 -->
                    <!-- answer: softplus(0.0) = 0.6931 -->
                    <!-- answer: softplus(3.0) = 3.0486 -->
                    <!-- answer: -minimum(lambda x: sparse_plus(x) - softplus(x), -3, 3) = 0.4431 -->
                    """
                ),
            ),
            Exercise(
                r"对标签 $y \in \{0, 1\}$ 和得分 $x$，损失为 "
                r"$L = \operatorname{sparse\_plus}(x) - yx$。写出 $y = 1$ 时的表达式，计算 $x = 0.5$ "
                r"和 $x = 2$ 处的 $L$ 与 $\partial L / \partial x$，并与 $x = 2$ 处的 logistic 损失 "
                r"$\operatorname{softplus}(x) - x$ 比较。",
                cleandoc(
                    r"""
                    对 $y = 1$，从每一段减去 $x$：$x \le -1$ 时为 $-x$，$-1 < x < 1$ 时为 $(x + 1)^{2}/4 - x = (1 - x)^{2}/4$，$x \ge 1$ 时为 $0$。它是 modified Huber 损失的四分之一，梯度是稀疏 sigmoid 减去标签。

                    在 $x = 0.5$ 处：$L = 0.5625 - 0.5 = 0.0625$，梯度为 $0.75 - 1 = -0.25$。在 $x = 2$ 处样本已越过间隔：$L = 0$，梯度为 $0$，它不再牵动权重。logistic 损失在 $x = 2$ 处仍为 $\ln(1 + e^{-2}) \approx 0.1269$，梯度为 $\sigma(2) - 1 \approx -0.1192$：它永远不会停止推动。
                    <!-- answer: sparse_plus(0.5) - 0.5 = 0.0625 -->
                    <!-- answer: sparse_plus.derivative(0.5) - 1 = -0.25 -->
                    <!-- answer: sparse_plus(2.0) - 2.0 = 0 -->
                    <!-- answer: softplus(2.0) - 2.0 = 0.1269 -->
                    <!-- answer: sigmoid(2.0) - 1 = -0.1192 -->
                    """
                ),
            ),
            Exercise(
                r"在 $x = 0.4$ 处，用数值方法在 $p \in [0, 1]$ 上求 $px + p(1 - p)$ 和 "
                r"$px - p\ln p - (1 - p)\ln(1 - p)$ 的最大值。把最大值和取到最大值的 $p$ 与稀疏 plus、"
                "softplus 及其导数比较。",
                cleandoc(
                    r"""
                    第一个目标的导数 $0.4 + 1 - 2p$ 在 $p = 0.7$ 处为零，此时其值为 $0.28 + 0.21 = 0.49$；稀疏 plus 给出 $1.4^{2}/4 = 0.49$，其导数为 $1.4/2 = 0.7$。第二个目标在 $p = \sigma(0.4) \approx 0.5987$ 处最大，值为 $\ln(1 + e^{0.4}) \approx 0.9130$，即 softplus 在 $0.4$ 处的值，而 softplus 的导数正是这个 $\sigma(0.4)$。

                    两个函数都是对概率取的最大值，两个导数都是取到最大值的概率。Gini 熵的最大值点可以落在端点 $0$ 和 $1$，稀疏 plus 的精确零值和精确恒等部分正来自这里；Shannon 熵在端点处斜率无穷大，使 $p$ 严格保持在内部。
                    <!-- answer: -minimum(lambda p: -(p * 0.4 + p * (1 - p)), 0, 1) = 0.49 -->
                    <!-- answer: argmin(lambda p: -(p * 0.4 + p * (1 - p)), 0, 1) = 0.7 -->
                    <!-- answer: sparse_plus(0.4) = 0.49 -->
                    <!-- answer: sparse_plus.derivative(0.4) = 0.7 -->
                    <!-- answer: -minimum(lambda p: -(p * 0.4 - p * math.log(p) - (1 - p) * math.log(1 - p)), 1e-9, 1 - 1e-9) = 0.9130 -->
                    <!-- answer: argmin(lambda p: -(p * 0.4 - p * math.log(p) - (1 - p) * math.log(1 - p)), 1e-9, 1 - 1e-9) = 0.5987 -->
                    <!-- answer: softplus(0.4) = 0.9130 -->
                    <!-- answer: sigmoid(0.4) = 0.5987 -->
                    """
                ),
            ),
        ),
    ),
}
