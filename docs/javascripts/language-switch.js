// The language switcher leads to the same place on the other language's page: its links
// (overrides/partials/alternate.html) name the page; this adds where the reader is on it,
// the anchor (the languages' pages share their section ids) and the explorer's view
// (?f=...&x=..., which the explorer keeps in the address). A search's highlight (?h=) is
// left behind: its words are in this language.
(() => {
  "use strict";
  function here(link) {
    const target = new URL(link.getAttribute("href"), location.href);
    const query = new URLSearchParams(location.search);
    query.delete("h");
    target.search = query.toString();
    target.hash = location.hash;
    link.href = target.href;
  }
  // Just before the link is used (pointer, keyboard, or a menu to open it elsewhere).
  for (const type of ["pointerdown", "focusin", "click"]) {
    document.addEventListener(
      type,
      (event) => {
        const link = event.target.closest?.("a.md-select__link[hreflang]");
        if (link) here(link);
      },
      true,
    );
  }
})();
