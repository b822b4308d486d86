"""简体中文: the texts of the entries in activations/catalog/rectifiers.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

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
        "偏置，一旦被激活就把输入原样传出。",
        uses="在现代网络中很少用作隐藏层激活函数。Konda 等（2014）把阈值整流函数用作零偏置自编码器"
        "的隐藏单元；Keras 2 以 `ThresholdedReLU` 层提供它，默认阈值与本条目相同，也是 $t = 1$。",
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
        uses="实际中很少使用：PyTorch（`torch.nn.CELU`）、JAX（`jax.nn.celu`）和 Keras 都提供它，"
        r"但没有知名架构以它为基础。需要调节 $\alpha$ 时，它是首选的 ELU 形式，因为改变 $\alpha$ "
        "不会改变 $x = 0$ 处为 $1$ 的斜率。",
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
    ),
}
