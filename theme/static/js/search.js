/* Site search with Pagefind's index (built by `invoke build`), loaded only on the search page.
   Results show title, kind, date and a highlighted excerpt; a hit in a talk transcript links to
   that moment of the talk (#t=seconds of the paragraph that matched), a hit in a slide's text to
   that slide (#slide-N: the talk page plays from where it was shown). */
(function () {
  "use strict";
  var script = document.currentScript;
  /* import() resolves against this script's URL, so make the bundle's URL absolute first. */
  var bundle = new URL(script.getAttribute("data-bundle"), document.baseURI).href;
  var base = script.getAttribute("data-base") || "/";
  var PAGE = 10;
  var form, input, status, list, more, pagefind, results = [], shown = 0, current = "", timer;

  function clock(seconds) {
    var s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    var mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(r).padStart(2, "0");
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* The place of a talk a word location is in: the nearest element with an id at or before it,
     if that is a transcript paragraph (id "t=<seconds>") or a slide (id "slide-<n>"); a hit in
     the abstract or a heading is in neither. Chapter headings are skipped: their words belong to
     the paragraph before. */
  function momentAt(anchors, location) {
    var best = null;
    anchors.forEach(function (anchor) {
      if (anchor.id && anchor.id.indexOf("chapter-") !== 0 && anchor.location <= location &&
          (!best || anchor.location > best.location)) best = anchor;
    });
    return best && /^(t=|slide-\d)/.test(best.id) ? best : null;
  }

  function subResults(data) {
    var items = [], seen = {};
    var anchors = data.anchors || [];
    var isTalk = data.meta && data.meta.kind === "Talk";
    (data.sub_results || []).forEach(function (sub) {
      if (!sub.locations || !sub.locations.length) return;
      if (isTalk) {
        var moment = momentAt(anchors, sub.locations[0]);
        if (!moment) return;
        if (seen[moment.id]) return;
        seen[moment.id] = true;
        var title = moment.id.indexOf("slide-") === 0 ? "Slide " + moment.id.slice(6)
          : "At " + clock(parseFloat(moment.id.slice(2)));
        items.push({url: data.url.split("#")[0] + "#" + moment.id, title: title, excerpt: sub.excerpt, moment: true});
      } else if (sub.anchor) {
        items.push({url: sub.url, title: sub.title, excerpt: sub.excerpt});
      }
    });
    return items.slice(0, 3);
  }

  function render(data) {
    var item = element("li", "search-result");
    var article = element("article");
    var heading = element("h2");
    var link = element("a", null, (data.meta && data.meta.title) || data.url);
    link.href = data.url;
    heading.appendChild(link);
    article.appendChild(heading);
    var details = [data.meta && data.meta.kind, data.meta && data.meta.date].filter(Boolean).join(" · ");
    if (details) article.appendChild(element("p", "search-result-meta", details));
    var excerpt = element("p", "search-excerpt");
    excerpt.innerHTML = data.excerpt; /* Pagefind's excerpt: escaped text with <mark> around hits */
    article.appendChild(excerpt);
    var subs = subResults(data);
    if (subs.length) {
      var sublist = element("ul", "search-subresults");
      subs.forEach(function (sub) {
        var li = element("li", sub.moment ? "search-moment" : null);
        var a = element("a", null, sub.title);
        a.href = sub.url;
        li.appendChild(a);
        var text = element("span", "search-excerpt");
        text.innerHTML = " " + sub.excerpt;
        li.appendChild(text);
        sublist.appendChild(li);
      });
      article.appendChild(sublist);
    }
    item.appendChild(article);
    return item;
  }

  function showMore() {
    var batch = results.slice(shown, shown + PAGE);
    shown += batch.length;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (datas) {
      datas.forEach(function (data) { list.appendChild(render(data)); });
      more.hidden = shown >= results.length;
    });
  }

  function search(query) {
    query = query.trim();
    current = query;
    if (!query) {
      list.innerHTML = "";
      status.textContent = "";
      more.hidden = true;
      return Promise.resolve();
    }
    status.textContent = "Searching…";
    return load().then(function (pf) { return pf.search(query); }).then(function (search) {
      if (query !== current) return;
      results = search.results;
      shown = 0;
      list.innerHTML = "";
      return showMore().then(function () {
        if (query !== current) return;
        /* Announced once the results are on the page. */
        status.textContent = results.length === 0 ? "No results for “" + query + "”."
          : results.length + (results.length === 1 ? " result" : " results") + " for “" + query + "”.";
      });
    }).catch(function () {
      status.textContent = "Search is not available: the index has not been built (run invoke build).";
    });
  }

  function load() {
    if (!pagefind) {
      pagefind = import(bundle + "pagefind.js").then(function (pf) {
        return pf.options({baseUrl: base}).then(function () { return pf; });
      });
    }
    return pagefind;
  }

  document.addEventListener("DOMContentLoaded", function () {
    form = document.querySelector(".search-form");
    input = document.getElementById("search-query");
    status = document.getElementById("search-status");
    list = document.getElementById("search-results");
    more = document.getElementById("search-more");
    var noJs = document.getElementById("search-no-js");
    if (!form || !input) return;
    if (noJs) noJs.hidden = true;
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var url = new URL(location.href);
      url.searchParams.set("q", input.value);
      history.replaceState(null, "", url);
      search(input.value);
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { search(input.value); }, 250);
    });
    more.addEventListener("click", showMore);
    var query = new URL(location.href).searchParams.get("q");
    if (query) {
      input.value = query;
      search(query);
    }
  });
})();
