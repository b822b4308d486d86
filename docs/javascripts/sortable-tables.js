// Tables the reader can sort: every table inside an element of class "sortable"
// (<div class="sortable" markdown> around a Markdown table). Each header cell gets a
// button; pressing it (click, Enter or Space) sorts the rows by that column, ascending
// first, then descending, and the header cell's aria-sort says which. No dependency.
//
// A column whose every cell is a number (or a dash, for "none") sorts as numbers, read
// from the cell's TeX where it has one ("0.962 \pm 0.004" by 0.962, "1.8 \times 10^{-3}"
// by 0.0018); dashes go last in both directions. Any other column sorts as text.
(() => {
  "use strict";
  const NUMBER = /^\s*(?:\\\()?\s*(-?\d+(?:\.\d+)?)(?:\s*\\times\s*10\^\{(-?\d+)\})?/;
  const DASH = /^\s*[—–-]\s*$/;

  function source(cell) {
    const tex = cell.querySelector(".tex-source");
    return (tex || cell).textContent;
  }

  function number(cell) {
    const match = source(cell).match(NUMBER);
    if (!match) return null;
    return parseFloat(match[1]) * (match[2] ? 10 ** parseInt(match[2], 10) : 1);
  }

  function text(cell) {
    const shown = cell.querySelector(".katex-html");
    return (shown || cell).textContent.trim();
  }

  function sortBy(table, column, direction) {
    const body = table.tBodies[0];
    const rows = [...body.rows];
    const cells = rows.map((row) => row.cells[column]);
    const numeric = cells.every((cell) => DASH.test(cell.textContent) || number(cell) !== null);
    const keyed = rows.map((row, index) => {
      const cell = row.cells[column];
      const key = numeric ? (DASH.test(cell.textContent) ? null : number(cell)) : text(cell);
      return { row, index, key };
    });
    const sign = direction === "ascending" ? 1 : -1;
    const collator = new Intl.Collator(document.documentElement.lang || undefined);
    keyed.sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      }
      const order = numeric ? a.key - b.key : collator.compare(a.key, b.key);
      return sign * order || a.index - b.index;
    });
    keyed.forEach(({ row }) => body.appendChild(row));
  }

  function enhance(table) {
    if (table.dataset.sortable === "done" || !table.tHead || !table.tBodies.length) return;
    table.dataset.sortable = "done";
    const headers = [...table.tHead.rows[0].cells];
    headers.forEach((header, column) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      while (header.firstChild) button.appendChild(header.firstChild);
      const arrow = document.createElement("span");
      arrow.className = "sort-arrow";
      arrow.setAttribute("aria-hidden", "true");
      button.appendChild(arrow);
      header.appendChild(button);
      header.setAttribute("aria-sort", "none");
      button.addEventListener("click", () => {
        const next = header.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        headers.forEach((other) => other.setAttribute("aria-sort", "none"));
        header.setAttribute("aria-sort", next);
        sortBy(table, column, next);
      });
    });
  }

  function init() {
    document.querySelectorAll(".sortable table").forEach(enhance);
  }

  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(init); // Material's page-load stream
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
