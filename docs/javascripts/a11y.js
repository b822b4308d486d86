// Accessible names and focus for the parts Material builds in the browser (its code-copy
// bars and table wrappers) and for wide formulas; the page's HTML cannot carry them.
(() => {
  "use strict";
  const chinese = document.documentElement.lang.startsWith("zh");
  const words = chinese
    ? {
        bar: "代码块 {k} 的操作",
        table: "表格 {k}（可横向滚动）",
        code: "代码 {k}（可横向滚动）",
        formula: "公式 {k}（可横向滚动）",
      }
    : {
        bar: "Code block {k} actions",
        table: "Table {k} (scrolls sideways)",
        code: "Code {k} (scrolls sideways)",
        formula: "Formula {k} (scrolls sideways)",
      };

  // Each code block's copy bar is a <nav>: landmarks of one kind need distinct names.
  function nameCodeBars() {
    document.querySelectorAll(".md-code__nav").forEach((nav, index) => {
      if (!nav.hasAttribute("aria-label")) {
        nav.setAttribute("aria-label", words.bar.replace("{k}", index + 1));
      }
    });
  }

  // A region wider than its column scrolls: a keyboard reader must be able to reach it,
  // and each region needs its own name (landmarks of one kind must differ).
  // (Inline formulas are inline boxes, which never scroll: only display maths can.)
  // Every width is read before any attribute is written: a write between two reads
  // makes the browser lay the whole page out again for the second, and a phone-width
  // page has dozens of wide formulas.
  function focusScrollable() {
    const regions = [
      [".md-typeset__scrollwrap", words.table],
      [".md-typeset pre > code", words.code],
      [".md-typeset div.arithmatex", words.formula],
      [".md-typeset .katex-display", words.formula],
    ];
    const measured = regions.flatMap(([selector, label]) =>
      [...document.querySelectorAll(selector)].map((region) => ({
        region,
        label,
        wide: region.scrollWidth > region.clientWidth + 1,
      })),
    );
    const counts = new Map(); // one numbering per kind of region
    for (const { region, label, wide } of measured) {
      if (wide) {
        const k = (counts.get(label) || 0) + 1;
        counts.set(label, k);
        region.setAttribute("tabindex", "0");
        region.setAttribute("role", "region");
        region.setAttribute("aria-label", label.replace("{k}", k));
      } else if (region.getAttribute("role") === "region") {
        region.removeAttribute("tabindex");
        region.removeAttribute("role");
        region.removeAttribute("aria-label");
      }
    }
  }

  function update() {
    nameCodeBars();
    focusScrollable();
  }

  let pending = 0;
  function soon() {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(update);
  }
  new MutationObserver(soon).observe(document.body, { childList: true, subtree: true });
  window.addEventListener("resize", soon);
  document.addEventListener("DOMContentLoaded", update);
  // Widths change without a mutation when the web fonts arrive (KaTeX's, the text's):
  // measure again then, and once everything has loaded.
  document.fonts?.ready.then(soon);
  window.addEventListener("load", soon);
  soon();
})();
