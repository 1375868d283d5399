// claimlog serve: keeps a page showing "now" current while claims are
// logged. Every 15 seconds it fetches the same page and swaps in its main
// part when it changed, so the reader keeps their place. Pages as of a
// past date never change and are left alone. The page reads fine without
// this script: it only saves pressing reload.
(function () {
  "use strict";
  if (new URLSearchParams(location.search).has("as_of")) { return; }
  var main = document.getElementById("story");
  if (!main) { return; }
  function refresh() {
    fetch(location.href, { cache: "no-store", headers: { "Accept": "text/html" } })
      .then(function (answer) { return answer.ok ? answer.text() : null; })
      .then(function (text) {
        if (text === null) { return; }
        var fresh = new DOMParser().parseFromString(text, "text/html").getElementById("story");
        if (fresh && fresh.innerHTML !== main.innerHTML) {
          main.replaceChildren.apply(main, Array.prototype.slice.call(fresh.childNodes));
        }
      })
      .catch(function () { /* the server stopped: keep what is shown */ });
  }
  setInterval(refresh, 15000);
})();
