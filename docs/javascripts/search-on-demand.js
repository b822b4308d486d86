// The search index only for readers who search.
//
// Material asks for the whole search index as every page loads (search/search_index.json:
// about 350 kB gzipped for the English site, 500 kB for the Chinese one, more than the
// page itself), though most visits never search. This script runs before Material's
// bundle (overrides/main.html) and holds back that one request until the reader reaches
// for search: the search field takes the focus (a click on the magnifier, or the
// shortcuts s, f and /), or the page was opened from a search result, whose ?h= terms
// Material highlights with the index's settings. The request then goes out as Material
// made it; until it is answered the search box shows Material's "Initializing search".
// Material sends the request with XMLHttpRequest (its requestJSON), so that is what is
// held; any other request passes untouched.
(() => {
  const INDEX = /\/search\/search_index\.json$/;
  const held = [];
  let wanted = new URLSearchParams(location.search).has("h");

  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    this.isSearchIndex = INDEX.test(new URL(String(url), location.href).pathname);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...body) {
    if (this.isSearchIndex && !wanted) {
      held.push(() => send.apply(this, body));
      return undefined;
    }
    return send.apply(this, body);
  };

  const release = () => {
    wanted = true;
    held.splice(0).forEach((go) => go());
  };
  document.addEventListener("focusin", (event) => {
    if (!wanted && event.target.matches?.("[data-md-component=search-query]")) release();
  });
})();
