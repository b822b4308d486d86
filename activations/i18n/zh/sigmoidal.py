"""简体中文: the texts of the entries in activations/catalog/sigmoidal.py."""

from __future__ import annotations

from activations.i18n import EntryText
from activations.i18n.zh.common import PYTORCH

ENTRIES: dict[str, EntryText] = {
    "hardsigmoid": EntryText(
        "Hardsigmoid",
        r"Hardsigmoid，即 $\operatorname{ReLU6}(x+3)/6$，是分段线性的 sigmoid：在 $x = -3$ 及以下"
        r"为 $0$，在 $x = 3$ 及以上为 $1$，中间是一条直线。",
        f"Hardsigmoid 在 $x = -3$ 和 $x = 3$ 处不可导；{PYTORCH}，导数在这两点都取 $0$。",
        origin=(
            "用分段线性函数代替 logistic sigmoid 的做法由来已久，而且各家的斜率并不相同。"
            "Courbariaux、Bengio 和 David 在 BinaryConnect（2015）中使用硬 sigmoid "
            r"$\max\bigl(0, \min\bigl(1, (x+1)/2\bigr)\bigr)$，把实数权重变成将其二值化为 $+1$ "
            r"的概率，因为它比 sigmoid 的计算代价低得多。这里的版本是斜率为 $\tfrac{1}{6}$ 的 "
            r"$\operatorname{ReLU6}(x+3)/6$，即 MobileNetV3（Howard 等人，2019）采用、PyTorch 实现"
            "的形式；Theano 和 Keras 2 用的又是另一种：把 $0.2x + 0.5$ 截断到 $[0, 1]$。"
        ),
        uses=(
            "MobileNetV3（2019）把它用作挤压-激励（squeeze-and-excitation）模块的门控，并用在 "
            "hard swish 内部。Keras 的循环层在 Keras 2.3（2019）改用 sigmoid 之前，默认用它自己的"
            "硬 sigmoid 作为 LSTM 和 GRU 的门控；在其他地方，它主要出现在 sigmoid 代价过高的场合，"
            "例如二值化网络和量化网络。"
        ),
        strengths=(
            "没有指数运算：一次加法、一次截断和一次乘法，适合移动端和定点运算硬件。",
            "它能恰好取到 $0$ 和 $1$，因此门可以完全关闭或完全打开，而 sigmoid 只能无限接近。",
            "在 $x = -3$ 到 $x = 3$ 之间，它与 sigmoid 足够接近，可以在门控中替代 sigmoid，"
            "MobileNetV3 就是例证。",
        ),
        weaknesses=(
            "在 $(-3, 3)$ 之外梯度恰好为 $0$：饱和的门完全得不到信号，而 sigmoid 的微小梯度仍能"
            "推动它。",
            r"不同的定义并存（PyTorch 中斜率为 $\tfrac{1}{6}$，BinaryConnect 中为 $\tfrac{1}{2}$，"
            "Theano 和 Keras 2 中为 $0.2$），移植模型时可能在不知不觉中改变它。",
            "在 $x = -3$ 和 $x = 3$ 处有折点，导数在那里跳变。",
        ),
    ),
    "hardtanh": EntryText(
        "Hardtanh",
        r"Hardtanh 是分段线性的 $\tanh$：把输入截断到 `min_val` 与 `max_val` 之间，默认为 "
        "$[-1, 1]$。",
        f"Hardtanh 在 `min_val` 和 `max_val` 处不可导；{PYTORCH}，导数在这两点都取 $0$。",
        {"min_val": "截断下限。", "max_val": "截断上限。"},
        origin=(
            "Hardtanh 是最简单的有界激活函数：把输入截断到一个区间（默认为 $[-1, 1]$），作为 "
            r"$\tanh$ 的线性替身。它历史悠久，没有唯一的发明者；一个有影响的早期应用是 Collobert "
            "等人（2011）用于词性标注、组块分析、命名实体识别和语义角色标注的网络，他们选择它而不是 "
            r"$\tanh$，因为它计算更便宜，泛化性能却没有损失。"
        ),
        uses=(
            "Hardtanh 出现在 Collobert 等人（2011）的语言处理网络中，也出现在二值化神经网络"
            "（Courbariaux、Hubara 等人，2016）中：在那里，它的导数（在 $[-1, 1]$ 内为 $1$，之外"
            "为 $0$）被用作符号函数的直通（straight-through）梯度。MobileNetV2（2018）使用的 ReLU6 "
            "就是上下限为 $0$ 和 $6$ 的 hardtanh。作为一般的隐藏层激活函数，hardtanh 本身如今已很"
            "少见。"
        ),
        strengths=(
            "计算便宜：一次截断，没有指数运算。",
            r"区间内斜率恰好为 $1$，梯度原样通过，而 $\tanh$ 的梯度在离开 $0$ 后会缩小。",
            "输出有界且上下限可调，能把激活值保持在已知范围内（对量化和二值化有用）。",
        ),
        weaknesses=(
            r"区间之外梯度恰好为 $0$：被推出界限的单元会停止学习，而 $\tanh$ 在那里仍会传递一点"
            "梯度。",
            "在两个界限处有折点，导数在那里跳变。",
            "和所有有界激活函数一样，它在深层堆叠中会饱和；在隐藏层中，ReLU 类函数已经取代了它。",
        ),
    ),
    "softsign": EntryText(
        "Softsign",
        r"Softsign，即 $x/(1 + \lvert x\rvert)$，是一条值域为 $(-1, 1)$ 的 S 形曲线，以多项式速度"
        r"逼近上下界，比 $\tanh$ 慢得多。",
        "Softsign 的二阶导数在 $x = 0$ 处跳跃（从 $2$ 跳到 $-2$）；一阶导数在该点左右两侧都等于 "
        "$1$。",
        origin=(
            r"这个函数比它的名字更古老：Elliott 在 1993 年提出了 $x/(1 + \lvert x\rvert)$，作为一种"
            "不需要指数运算的 sigmoid，只需一次取绝对值、一次加法和一次除法。它以 softsign 之名经由 "
            r"Bengio 在蒙特利尔的研究组进入深度学习：Glorot 和 Bengio（2010）把它与 $\tanh$ 进行"
            r"比较，发现由于它的尾部以多项式而非指数速度逼近 $\pm 1$，各层不会像 $\tanh$ 网络那样"
            "一层接一层地饱和，单元转而停留在曲线的弯曲处，而且 softsign 网络对初始化不那么敏感。"
        ),
        uses=(
            "Softsign 在实践中很少见：它出现在研究深层网络如何训练的工作中（如 Glorot 和 Bengio 的"
            "论文），但没有广泛使用的架构依赖它，因为隐藏层转向了 ReLU 类函数，而循环网络的门控仍"
            r"沿用 sigmoid 和 $\tanh$。PyTorch、TensorFlow 和 JAX 都提供它。"
        ),
        strengths=(
            r"它的梯度按 $1/x^{2}$ 衰减，而不像 $\tanh$ 那样按指数衰减，因此饱和的单元仍能学习。",
            r"和 $\tanh$ 一样以零为中心、是奇函数、在 $0$ 处斜率为 $1$，代价只是一次取绝对值和一次"
            "除法，而不是指数运算。",
            r"在 Glorot 和 Bengio 的实验中，它对初始化的敏感程度低于 $\tanh$。",
        ),
        weaknesses=(
            r"不如 $\tanh$ 光滑：只是 $C^{1}$ 的，二阶导数在 $x = 0$ 处跳变。",
            r"饱和得慢，也意味着“下定论”慢：要达到 $0.9$ 需要 $x = 9$，而 $\tanh$ 只需 "
            r"$x \approx 1.47$。",
            "和所有有界的 S 形曲线一样，它在深层堆叠中仍会饱和，而 ReLU 类函数在那里训练得更好。",
        ),
    ),
    "arctan": EntryText(
        "反正切函数",
        r"反正切是一条值域为 $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ 的奇函数 S 形曲线，"
        "斜率以多项式速度衰减。",
        origin=(
            "反正切是一个经典函数，并非神经网络研究的发明，也没有哪一篇论文把它作为激活函数首次"
            "提出。它属于光滑、有界的 S 形曲线，早期的多层网络可以用它代替 logistic 函数，因为万能"
            "逼近定理对这类挤压函数同样成立；如今它主要出现在激活函数的综述和比较之中。"
        ),
        uses=(
            "反正切在实践中很少见：没有知名架构把它用作隐藏层激活函数，各框架也只把它作为逐元素的"
            "数学函数提供（`torch.atan`、`tf.math.atan`、`jax.numpy.arctan`），而不是激活层。"
        ),
        strengths=(
            r"光滑、奇函数、以零为中心，在 $0$ 处斜率为 $1$，与 $\tanh$ 相同。",
            r"它的导数 $1/(1 + x^{2})$ 以多项式速度衰减，因此饱和比 $\tanh$ 平缓得多，这一点和 "
            r"softsign 一样，但曲线是 $C^{\infty}$ 的。",
            "作为标准数学函数，随处可用。",
        ),
        weaknesses=(
            r"值域是 $\left(-\tfrac{\pi}{2}, \tfrac{\pi}{2}\right)$ 而不是 $(-1, 1)$，在需要单位"
            r"范围的地方要乘以 $\tfrac{2}{\pi}$。",
            r"它是超越函数，计算上比 $\tanh$ 省不了什么，这一点不如 softsign。",
            "它仍是一条有界的 S 形曲线：在深层堆叠中会饱和并使梯度变小，而这正是 ReLU 类函数所避免"
            "的问题。",
        ),
    ),
    "isru": EntryText(
        "ISRU",
        r"逆平方根单元 $x/\sqrt{1 + \alpha x^{2}}$ 是一条类似 $\tanh$、却不含指数运算的曲线，"
        r"值域为 $\left(-1/\sqrt{\alpha}, 1/\sqrt{\alpha}\right)$。",
        "",
        {"alpha": r"决定上下界 $\pm 1/\sqrt{\alpha}$。"},
        origin=(
            "Carlile、Delamarter、Kinney、Marti 和 Whitney 于 2017 年在提出逆平方根线性单元"
            "（ISRLU）的论文中引入了 ISRU；ISRLU 是 ELU 的一种更快的替代。他们的理由在于计算：在"
            "普通 CPU 上，逆平方根比指数运算便宜，也适合硬件实现，因此 "
            r"$x/\sqrt{1 + \alpha x^{2}}$ 可以替代由指数构成的曲线。ISRLU 只在负输入一侧使用这种"
            r"形状；ISRU 则两侧都用，作为循环网络（如 LSTM 和 GRU）中 $\tanh$ 和 sigmoid 曲线的"
            "一种更省计算的近亲。"
        ),
        uses=(
            "ISRU 在实践中很少见：目前没有已知的广泛使用的架构采用它，PyTorch、TensorFlow 和 JAX "
            "也都不提供它。"
        ),
        strengths=(
            r"一条类似 $\tanh$ 的奇函数 S 形曲线，在 $0$ 处斜率为 $1$，只由一次乘法、一次加法和一次"
            "逆平方根构成：没有指数运算。",
            r"$\alpha$ 直接决定上下界 $\pm 1/\sqrt{\alpha}$。",
            r"光滑，导数 $(1 + \alpha x^{2})^{-3/2}$ 以多项式速度衰减，比 $\tanh$ 的指数尾部平缓。",
        ),
        weaknesses=(
            "主流框架都没有它，只能自己实现；而且 cuDNN 的 LSTM、GRU 等融合循环核只支持 sigmoid "
            r"和 $\tanh$。",
            "速度上的优势取决于硬件：在指数运算很快的地方，收益不大。",
            r"除了提出它的论文，几乎没有证据说明它与 $\tanh$ 相比训练效果如何。",
        ),
    ),
    "logsigmoid": EntryText(
        "LogSigmoid",
        r"LogSigmoid 是 sigmoid 的对数，即 $-\operatorname{softplus}(-x)$：输入很大时接近 $0$，"
        "输入很负时接近 $x$。",
        origin=(
            "与其说 LogSigmoid 是一项发明，不如说它是每个 logistic 模型都会用到的量："
            r"$\ln \sigma(x)$ 是 logit 为 $x$ 的 logistic 模型赋予正类的对数概率，"
            r"$\ln \sigma(-x)$ 则是负类的对数概率，所以对数似然就是这些项之和。神经网络的目标函数"
            "常常直接用这些项写成，例如 word2vec 的负采样目标（Mikolov 等人，2013）就是若干点积的 "
            r"$\ln \sigma$ 之和。单独提供这样一个函数很有必要，因为分两步计算 "
            r"$\ln\bigl(\sigma(x)\bigr)$ 在 $x$ 很负时会失败：$\sigma(x)$ 下溢为 $0$，对数变成 "
            r"$-\infty$；而 $\min(x, 0) - \ln\bigl(1 + e^{-\lvert x\rvert}\bigr)$ 始终精确。"
        ),
        uses=(
            "LogSigmoid 用在损失函数中，而不是隐藏层：logistic 回归的对数似然、基于 logit 的二元"
            "交叉熵、word2vec（2013）的负采样、RLHF 中使用的成对奖励模型损失 "
            r"$-\ln \sigma(r_{w} - r_{l})$ 以及 DPO 目标函数（2023），都是由它构成的。作为隐藏层"
            "激活函数，它很少见。"
        ),
        strengths=(
            r"对任何输入都能稳定计算，不像先算 $\sigma$ 再取 $\ln$：$x$ 很负时不会得到 $-\infty$，"
            "$x$ 很大时也不会丢失有效数字。",
            r"导数就是 $\sigma(-x)$，有界于 $(0, 1)$，使 logistic 损失便于优化。",
            r"光滑、单调且是凹函数，因此损失项 $-\ln \sigma(x)$ 关于 logit 是凸的。",
        ),
        weaknesses=(
            r"不适合作隐藏层激活函数：它从不为正，下方无界，而且 $\ln \sigma(0) = -\ln 2 \ne 0$，"
            "输出远非以零为中心。",
            r"它在右侧饱和：$x$ 很大时梯度 $\sigma(-x)$ 趋于零，像一个镜像的 softplus。",
            "作为单独的一层往往没有必要：`torch.nn.BCEWithLogitsLoss` 等标准损失函数已在内部稳定地"
            "计算了同样的量。",
        ),
    ),
}
