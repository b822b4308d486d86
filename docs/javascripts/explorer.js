// The explorer: overlay registry functions and their derivatives, change their
// parameters, zoom the x-range and read f(x) and f'(x) under the pointer or the arrow
// keys. The function list, formulas and parameter ranges come from the registry
// (assets/explorer.json, written by the generator); the numbers from explorer-kernels.js.
// The page's words are data-text-* attributes of #function-explorer, so a translation of the
// Markdown page translates the explorer too. The whole view lives in the address's
// query string (?f=relu,elu&d=elu&elu.alpha=1.5&x=-4,4), so a link shares it.
"use strict";

(() => {
  const root = document.getElementById("function-explorer");
  if (!root) return;
  const KERNELS = window.ActivationKernels;
  const DATA_URL = new URL("../assets/explorer.json", document.currentScript.src);
  const SVG = "http://www.w3.org/2000/svg";
  const MAX_CURVES = 6; // one palette colour each
  const SAMPLES = 600;
  // The plot's drawing units are CSS pixels at its width on the page (W by 9/16 of it,
  // the page's own 640 by 360 until the first draw, so the box never changes shape):
  // tick labels are 12 px on a phone as on a desktop, not scaled down to 6.
  let W = 640, H = 360;
  const PAD = { left: 52, right: 14, top: 12, bottom: 34 };
  const DEFAULT_FUNCTIONS = ["sigmoid", "tanh", "relu"];
  const text = (key) => root.dataset[`text${key[0].toUpperCase()}${key.slice(1)}`] || key;
  const $ = (selector) => root.querySelector(selector);

  let data; // the registry, from JSON
  let byName; // name -> function record
  const state = { curves: [], x: null, cursor: null }; // curves: {name, params, derivative}

  // ---- Numbers --------------------------------------------------------------------
  const format = (v) => {
    if (!Number.isFinite(v)) return String(v);
    if (v === 0) return "0";
    const a = Math.abs(v);
    return a >= 1e-4 && a < 1e6 ? String(Number(v.toPrecision(6))) : v.toExponential(4);
  };
  const valid = (param, v) =>
    Number.isFinite(v) &&
    (param.low === null || (param.lowOpen ? v > param.low : v >= param.low)) &&
    (param.high === null || (param.highOpen ? v < param.high : v <= param.high));
  const paramsOk = (curve) => {
    const kernel = KERNELS[curve.name];
    return !kernel.ok || kernel.ok(curve.params);
  };

  // ---- State <-> address ------------------------------------------------------------
  function readAddress() {
    const query = new URLSearchParams(location.search);
    const asked = (query.get("f") || DEFAULT_FUNCTIONS.join(",")).split(",").filter(Boolean);
    const unknown = asked.filter((n) => !(byName[n] && KERNELS[n]));
    let names = asked.filter((n) => !unknown.includes(n));
    if (!names.length) names = DEFAULT_FUNCTIONS; // nothing we know: the default view
    const derivatives = new Set((query.get("d") || "").split(","));
    state.curves = [...new Set(names)].slice(0, MAX_CURVES).map((name) => {
      const params = {};
      for (const p of byName[name].params) {
        const given = Number.parseFloat(query.get(`${name}.${p.name}`));
        params[p.name] = valid(p, given) ? given : p.default;
      }
      return { name, params, derivative: derivatives.has(name) };
    });
    const notice = $(".explorer__notice");
    notice.textContent = unknown.length
      ? text("unknown")
          .replace("{names}", unknown.map((n) => `“${n}”`).join(", "))
          .replace("{shown}", state.curves.map((c) => byName[c.name].title).join(", "))
      : "";
    const x = (query.get("x") || "").split(",").map(Number.parseFloat);
    state.x = x.length === 2 && x.every(Number.isFinite) && x[0] < x[1] ? x : [...data.window];
  }

  function writeAddress() {
    const query = new URLSearchParams(location.search);
    for (const key of [...query.keys()]) {
      if (key === "f" || key === "d" || key === "x" || key.includes(".")) query.delete(key);
    }
    query.set("f", state.curves.map((c) => c.name).join(","));
    const derivatives = state.curves.filter((c) => c.derivative).map((c) => c.name);
    if (derivatives.length) query.set("d", derivatives.join(","));
    for (const curve of state.curves) {
      for (const p of byName[curve.name].params) {
        if (curve.params[p.name] !== p.default) query.set(`${curve.name}.${p.name}`, curve.params[p.name]);
      }
    }
    if (state.x[0] !== data.window[0] || state.x[1] !== data.window[1]) {
      query.set("x", state.x.map(format).join(","));
    }
    const address = `${location.pathname}?${query.toString().replaceAll("%2C", ",")}${location.hash}`;
    history.replaceState(null, "", address);
    $(".explorer__link").href = address;
  }

  // ---- Sampling (after plotting.sample: dense near kinks, broken at jumps) ----------
  function sample(curve, derivative) {
    const kernel = KERNELS[curve.name];
    const fn = derivative ? kernel.df : kernel.f;
    const [lo, hi] = state.x;
    const span = hi - lo;
    const kinks = kernel.kinks(curve.params).filter((k) => k > lo && k < hi);
    const xs = [];
    for (let i = 0; i <= SAMPLES; i++) xs.push(lo + (span * i) / SAMPLES);
    for (const k of kinks) {
      xs.push(k);
      for (const d of [1e-4, 1e-3, 3e-3, 1e-2]) xs.push(k - d * span, k + d * span);
    }
    xs.sort((a, b) => a - b);
    const y = (x) => fn(x, curve.params);
    const jumps = [];
    for (const k of kinks) {
      const left = y(k - 1e-9 * Math.max(1, Math.abs(k))), right = y(k + 1e-9 * Math.max(1, Math.abs(k)));
      if (Math.abs(left - right) > 1e-6 * Math.max(1, Math.abs(left), Math.abs(right))) {
        jumps.push({ k, left, right, value: y(k) });
      }
    }
    const segments = [];
    const bounds = [-Infinity, ...jumps.map((j) => j.k), Infinity];
    for (let s = 0; s + 1 < bounds.length; s++) {
      const a = bounds[s], b = bounds[s + 1];
      const points = xs.filter((x) => x > a && x < b).map((x) => [x, y(x)]);
      if (s > 0) points.unshift([a, jumps[s - 1].right]);
      if (s + 1 < bounds.length - 1) points.push([b, jumps[s].left]);
      segments.push(points);
    }
    return { segments, jumps };
  }

  // ---- Drawing ------------------------------------------------------------------------
  function el(name, attributes = {}, parent = null) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    if (parent) parent.appendChild(node);
    return node;
  }

  function yWindow(drawn) {
    const ys = drawn.flatMap((d) => d.segments.flat().map((p) => p[1])).filter(Number.isFinite);
    if (!ys.length) return data.yWindows[0];
    const low = Math.min(...ys), high = Math.max(...ys);
    // The figures' shared windows while the x-range is the figures' own.
    const shared = state.x[0] === data.window[0] && state.x[1] === data.window[1];
    const fits = data.yWindows.find(([a, b]) => a <= low && high <= b);
    if (shared && fits) return fits;
    const pad = Math.max(0.05 * (high - low), 1e-3 * Math.max(1, Math.abs(high)));
    return [low - pad, high + pad];
  }

  // Tick values and their labels: as many decimals as the step needs (0.001 apart when
  // zoomed in, not 0.0010000000000001), in exponent form far from 1, with a true minus.
  function ticks(lo, hi, count) {
    const raw = (hi - lo) / count;
    const magnitude = 10 ** Math.floor(Math.log10(raw));
    const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
    const stepPower = Math.floor(Math.log10(step) + 1e-9); // 0.002 -> -3
    const decimals = Math.max(0, -stepPower);
    const largest = Math.max(Math.abs(lo), Math.abs(hi));
    const exponent = largest >= 1e6 || decimals > 6;
    // In exponent form, the mantissa's digits down to the step: 1.2e−8 two ticks apart.
    const digits = Math.max(0, Math.floor(Math.log10(largest)) - stepPower);
    const out = [];
    for (let k = Math.ceil(lo / step - 1e-9); k * step <= hi + step * 1e-9; k++) {
      const v = k === 0 ? 0 : k * step;
      const label = exponent ? v.toExponential(digits) : v.toFixed(decimals);
      out.push([v, v === 0 ? "0" : label.replaceAll("-", "\u2212")]);
    }
    return out;
  }

  let scales; // {sx, sy, invert} of the last draw
  function draw() {
    const svg = $(".explorer__plot");
    svg.replaceChildren();
    W = Math.round(svg.getBoundingClientRect().width) || 640;
    H = Math.round((W * 9) / 16);
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    const drawn = [];
    state.curves.forEach((curve, index) => {
      if (!paramsOk(curve)) return;
      const colour = data.palette[index % data.palette.length];
      drawn.push({ ...sample(curve, false), colour, dashed: false });
      if (curve.derivative) drawn.push({ ...sample(curve, true), colour, dashed: true });
    });
    const [x0, x1] = state.x;
    const [y0, y1] = yWindow(drawn);
    const sx = (x) => PAD.left + ((x - x0) / (x1 - x0)) * (W - PAD.left - PAD.right);
    const sy = (y) => PAD.top + ((y1 - y) / (y1 - y0)) * (H - PAD.top - PAD.bottom);
    const invert = (px) => x0 + ((px - PAD.left) / (W - PAD.left - PAD.right)) * (x1 - x0);
    scales = { sx, sy, invert };

    const defs = el("defs", {}, svg);
    const clip = el("clipPath", { id: "explorer-clip" }, defs);
    el("rect", { x: PAD.left, y: PAD.top, width: W - PAD.left - PAD.right, height: H - PAD.top - PAD.bottom }, clip);
    const grid = el("g", { class: "explorer__grid" }, svg);
    // About one x tick per 70 px and one y tick per 50 px: 8 and 6 on a desktop.
    for (const [v, label] of ticks(x0, x1, Math.max(3, Math.round((W - PAD.left - PAD.right) / 70)))) {
      el("line", { x1: sx(v), x2: sx(v), y1: PAD.top, y2: H - PAD.bottom }, grid);
      // The last label ends at the plot's edge rather than running past it.
      const anchor = sx(v) > W - PAD.right - 20 ? "end" : "middle";
      el("text", { x: sx(v), y: H - PAD.bottom + 16, "text-anchor": anchor }, grid).textContent = label;
    }
    for (const [v, label] of ticks(y0, y1, Math.max(3, Math.round((H - PAD.top - PAD.bottom) / 50)))) {
      el("line", { x1: PAD.left, x2: W - PAD.right, y1: sy(v), y2: sy(v) }, grid);
      el("text", { x: PAD.left - 6, y: sy(v) + 4, "text-anchor": "end" }, grid).textContent = label;
    }
    const axes = el("g", { class: "explorer__axes", "clip-path": "url(#explorer-clip)" }, svg);
    if (x0 < 0 && x1 > 0) el("line", { x1: sx(0), x2: sx(0), y1: PAD.top, y2: H - PAD.bottom }, axes);
    if (y0 < 0 && y1 > 0) el("line", { x1: PAD.left, x2: W - PAD.right, y1: sy(0), y2: sy(0) }, axes);

    const curves = el("g", { "clip-path": "url(#explorer-clip)" }, svg);
    for (const d of drawn) {
      for (const points of d.segments) {
        // A non-finite value breaks the path; far-off values are clamped, then clipped.
        let path = "", pen = false;
        for (const [x, y] of points) {
          if (!Number.isFinite(y)) { pen = false; continue; }
          const py = Math.min(Math.max(sy(y), -H), 2 * H);
          path += `${pen ? "L" : "M"}${sx(x).toFixed(2)} ${py.toFixed(2)}`;
          pen = true;
        }
        el("path", { d: path, class: "explorer__curve", stroke: d.colour, "stroke-dasharray": d.dashed ? "7 4" : "none" }, curves);
      }
      for (const j of d.jumps) {
        el("circle", { cx: sx(j.k), cy: sy(j.value), r: 3.5, fill: d.colour, stroke: d.colour }, curves);
        for (const limit of [j.left, j.right]) {
          if (Math.abs(limit - j.value) > 1e-9) {
            el("circle", { cx: sx(j.k), cy: sy(limit), r: 3.5, class: "explorer__hollow", stroke: d.colour }, curves);
          }
        }
      }
    }
    el("g", { class: "explorer__cursor" }, svg);
    drawCursor();
  }

  function drawCursor() {
    const layer = $(".explorer__cursor");
    layer.replaceChildren();
    const rows = $(".explorer__readout tbody");
    rows.replaceChildren();
    const x = state.cursor;
    $(".explorer__readout-x").textContent = x === null ? "" : format(x);
    if (x === null) return;
    // The plot is a slider over x for assistive technology: its value text is the read-out.
    const svg = $(".explorer__plot");
    svg.setAttribute("aria-valuemin", state.x[0]);
    svg.setAttribute("aria-valuemax", state.x[1]);
    svg.setAttribute("aria-valuenow", x);
    const spoken = [`x = ${format(x)}`];
    const { sx, sy } = scales;
    el("line", { x1: sx(x), x2: sx(x), y1: PAD.top, y2: H - PAD.bottom }, layer);
    state.curves.forEach((curve, index) => {
      const colour = data.palette[index % data.palette.length];
      const kernel = KERNELS[curve.name];
      const ok = paramsOk(curve);
      const f = ok ? kernel.f(x, curve.params) : NaN;
      const df = ok ? kernel.df(x, curve.params) : NaN;
      for (const [y, show] of [[f, true], [df, curve.derivative]]) {
        if (show && Number.isFinite(y)) el("circle", { cx: sx(x), cy: sy(y), r: 4, fill: colour }, layer).setAttribute("clip-path", "url(#explorer-clip)");
      }
      const row = rows.insertRow();
      const name = row.insertCell();
      name.innerHTML = `<span class="explorer__swatch" style="background:${colour}"></span>`;
      name.append(byName[curve.name].title);
      row.insertCell().textContent = ok ? format(f) : "–";
      row.insertCell().textContent = ok ? format(df) : "–";
      if (ok) spoken.push(`${byName[curve.name].title}: ${format(f)}, ${format(df)}`);
    });
    svg.setAttribute("aria-valuetext", spoken.join("; "));
  }

  // ---- Controls -----------------------------------------------------------------------
  // Formulas come typeset from the build (the site loads no maths script); the TeX is
  // the fallback.
  function tex(record, target) {
    if (record.latexHtml) target.innerHTML = record.latexHtml;
    else target.textContent = record.latex;
  }

  // What a parameter may be, in words: "greater than 0", "at least 0 and less than 1".
  function allowed(param) {
    const parts = [];
    if (param.low !== null) parts.push(text(param.lowOpen ? "gt" : "ge").replace("{v}", format(param.low)));
    if (param.high !== null) parts.push(text(param.highOpen ? "lt" : "le").replace("{v}", format(param.high)));
    return parts.join(text("and")) || text("number");
  }

  function paramControl(curve, param, id) {
    const wrap = document.createElement("div");
    wrap.className = "explorer__param";
    const value = curve.params[param.name];
    wrap.innerHTML =
      `<label for="${id}"></label>` +
      `<input type="range" id="${id}" min="${param.slider.min}" max="${param.slider.max}" step="${param.slider.step}">` +
      `<input type="number" step="any" aria-describedby="${id}-why" ` +
      `${param.low !== null ? `min="${param.low}"` : ""} ${param.high !== null ? `max="${param.high}"` : ""}>` +
      `<p class="explorer__why" id="${id}-why" role="status"></p>`;
    wrap.title = param.description;
    const label = wrap.querySelector("label");
    if (param.symbolHtml) {
      label.innerHTML = param.symbolHtml; // as the formula writes it: α, not alpha
      label.classList.add("explorer__symbol");
    } else {
      label.textContent = param.name; // a setting the formula does not write
    }
    const symbol = label.querySelector(".katex-html")?.textContent || param.name;
    const [range, number] = wrap.querySelectorAll("input");
    number.setAttribute("aria-label", symbol);
    const why = wrap.querySelector(".explorer__why");
    range.value = value;
    number.value = format(value);
    const set = (v, from) => {
      if (!valid(param, v)) {
        number.setAttribute("aria-invalid", "true");
        why.textContent = text("outOfRange")
          .replaceAll("{name}", symbol)
          .replace("{range}", Number.isFinite(v) ? allowed(param) : text("number"))
          .replace("{value}", format(curve.params[param.name]));
        return;
      }
      why.textContent = "";
      number.removeAttribute("aria-invalid");
      curve.params[param.name] = v;
      if (from !== range) range.value = v;
      if (from !== number) number.value = format(v);
      update();
    };
    range.addEventListener("input", () => set(Number.parseFloat(range.value), range));
    number.addEventListener("change", () => set(Number.parseFloat(number.value), number));
    return wrap;
  }

  function curveCard(curve, index) {
    const record = byName[curve.name];
    const id = `explorer-${curve.name}`;
    const card = document.createElement("fieldset");
    card.className = "explorer__card";
    const legend = document.createElement("legend");
    legend.innerHTML = `<span class="explorer__swatch" style="background:${data.palette[index % data.palette.length]}"></span>`;
    legend.append(record.title);
    card.append(legend);
    const formula = document.createElement("div");
    formula.className = "explorer__formula";
    tex(record, formula); // display style: scrolls rather than wraps
    card.append(formula);
    const toggle = document.createElement("div");
    toggle.className = "explorer__toggle";
    toggle.innerHTML = `<input type="checkbox" id="${id}-derivative"><label for="${id}-derivative">${text("derivative")}</label>`;
    const box = toggle.querySelector("input");
    box.checked = curve.derivative;
    box.addEventListener("change", () => {
      curve.derivative = box.checked;
      update();
    });
    card.append(toggle);
    for (const param of record.params) card.append(paramControl(curve, param, `${id}-${param.name}`));
    const invalid = document.createElement("p");
    invalid.className = "explorer__invalid";
    invalid.setAttribute("role", "status");
    card.append(invalid);
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button explorer__remove";
    remove.textContent = text("remove");
    remove.setAttribute("aria-label", `${text("remove")}: ${record.title}`);
    remove.addEventListener("click", () => {
      state.curves = state.curves.filter((c) => c !== curve);
      rebuild();
      $("#explorer-add").focus();
    });
    card.append(remove);
    return card;
  }

  function rebuild() {
    const list = $(".explorer__cards");
    list.replaceChildren(...state.curves.map(curveCard));
    const chosen = new Set(state.curves.map((c) => c.name));
    const select = $("#explorer-add");
    for (const option of select.options) option.disabled = chosen.has(option.value);
    if (select.selectedOptions[0]?.disabled) {
      select.value = [...select.options].find((o) => !o.disabled)?.value ?? "";
    }
    $("#explorer-add-button").disabled = state.curves.length >= MAX_CURVES;
    update();
  }

  function update() {
    if (state.cursor !== null) state.cursor = Math.min(Math.max(state.cursor, state.x[0]), state.x[1]);
    root.querySelectorAll(".explorer__card").forEach((card, i) => {
      card.querySelector(".explorer__invalid").textContent = paramsOk(state.curves[i]) ? "" : text("invalid");
    });
    $("#explorer-xmin").value = format(state.x[0]);
    $("#explorer-xmax").value = format(state.x[1]);
    draw();
    writeAddress();
  }

  function zoom(factor) {
    const [lo, hi] = state.x;
    const centre = (lo + hi) / 2, half = ((hi - lo) / 2) * factor;
    state.x = [centre - half, centre + half].map((v) => Number(v.toPrecision(6)));
    update();
  }

  function setupControls() {
    const select = $("#explorer-add");
    const groups = {};
    for (const fn of data.functions) {
      if (!KERNELS[fn.name]) continue; // the browser test fails for this; the page still works
      if (!groups[fn.family]) {
        groups[fn.family] = document.createElement("optgroup");
        groups[fn.family].label = fn.family;
        select.append(groups[fn.family]);
      }
      groups[fn.family].append(new Option(fn.title, fn.name));
    }
    $("#explorer-add-button").addEventListener("click", () => {
      const name = select.value;
      if (!name || state.curves.some((c) => c.name === name) || state.curves.length >= MAX_CURVES) return;
      const params = Object.fromEntries(byName[name].params.map((p) => [p.name, p.default]));
      state.curves.push({ name, params, derivative: false });
      rebuild();
    });
    for (const [id, end] of [["#explorer-xmin", 0], ["#explorer-xmax", 1]]) {
      $(id).addEventListener("change", (event) => {
        const v = Number.parseFloat(event.target.value);
        const next = [...state.x];
        next[end] = v;
        if (Number.isFinite(v) && next[0] < next[1]) state.x = next;
        update();
      });
    }
    $("#explorer-zoom-in").addEventListener("click", () => zoom(0.5));
    $("#explorer-zoom-out").addEventListener("click", () => zoom(2));
    $("#explorer-reset").addEventListener("click", () => {
      state.x = [...data.window];
      update();
    });

    const svg = $(".explorer__plot");
    svg.setAttribute("aria-label", text("plot"));
    const toX = (event) => {
      const box = svg.getBoundingClientRect();
      return scales.invert(((event.clientX - box.left) / box.width) * W);
    };
    svg.addEventListener("pointermove", (event) => {
      const x = toX(event);
      if (x >= state.x[0] && x <= state.x[1]) {
        state.cursor = x;
        drawCursor();
      }
    });
    svg.addEventListener("keydown", (event) => {
      const [lo, hi] = state.x;
      const step = ((hi - lo) / 100) * (event.shiftKey ? 10 : 1);
      const at = state.cursor === null ? Math.min(Math.max(0, lo), hi) : state.cursor;
      const moves = {
        ArrowLeft: at - step,
        ArrowRight: at + step,
        ArrowDown: at - step,
        ArrowUp: at + step,
        Home: lo,
        End: hi,
      };
      if (!(event.key in moves)) return;
      event.preventDefault();
      // Whole steps of the grid, so repeated presses give round numbers.
      const snapped = Number((Math.round(moves[event.key] / step) * step).toPrecision(12));
      state.cursor = Math.min(Math.max(snapped, lo), hi);
      drawCursor();
    });
    svg.addEventListener("focus", () => {
      if (state.cursor === null) {
        state.cursor = Math.min(Math.max(0, state.x[0]), state.x[1]);
        drawCursor();
      }
    });
  }

  fetch(DATA_URL)
    .then((response) => response.json())
    .then((registry) => {
      data = registry;
      byName = Object.fromEntries(data.functions.map((f) => [f.name, f]));
      setupControls();
      readAddress();
      state.cursor = (state.x[0] + state.x[1]) / 2; // the read-out starts filled in
      rebuild();
      root.classList.add("explorer--ready");
      // A phone turned sideways, a window resized: draw again at the new width.
      const plot = $(".explorer__plot");
      new ResizeObserver(() => {
        if (Math.round(plot.getBoundingClientRect().width) !== W) draw();
      }).observe(plot);
    });
})();
