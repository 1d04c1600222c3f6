// Behaviour of the generated API reference: search, copy buttons and navigation marks.
// Plain script, no dependencies, no network: the search index is `window.ZOHO_DOCS_INDEX`,
// set by search-index.js, so everything works from file://.
(function () {
  "use strict";

  var MAX_RESULTS = 40;
  // Kinds listed first when scores are equal.
  var KIND_ORDER = ["operation", "webhook", "field", "enum", "error", "parameter", "schema", "response", "scope", "data centre"];

  // ---- Search ----------------------------------------------------------------------------

  function entries() {
    var index = window.ZOHO_DOCS_INDEX || [];
    return index.map(function (entry, position) {
      return {
        kind: entry[0], title: entry[1], detail: entry[2], href: entry[3], position: position,
        titleLower: entry[1].toLowerCase(), textLower: (entry[1] + " " + entry[2]).toLowerCase()
      };
    });
  }

  // Lower score is better: the whole title, then the title's start or last segment, then a
  // substring of the title, then of the detail. Every word of the query must match somewhere.
  function score(entry, query, words) {
    for (var i = 0; i < words.length; i++) {
      if (entry.textLower.indexOf(words[i]) < 0) return -1;
    }
    var title = entry.titleLower;
    var last = title.slice(Math.max(title.lastIndexOf("."), title.lastIndexOf(" ")) + 1);
    if (title === query || last === query) return 0;
    if (title.indexOf(query) === 0 || last.indexOf(query) === 0) return 1;
    if (title.indexOf(query) >= 0) return 2;
    return 3;
  }

  function search(all, text) {
    var query = text.trim().toLowerCase();
    if (!query) return [];
    var words = query.split(/\s+/);
    var found = [];
    all.forEach(function (entry) {
      var s = score(entry, query, words);
      if (s >= 0) found.push({ entry: entry, score: s });
    });
    found.sort(function (a, b) {
      return a.score - b.score
        || KIND_ORDER.indexOf(a.entry.kind) - KIND_ORDER.indexOf(b.entry.kind)
        || a.entry.position - b.entry.position;
    });
    return found.slice(0, MAX_RESULTS).map(function (item) { return item.entry; });
  }

  function highlight(element, text, query) {
    var lower = text.toLowerCase();
    var at = query ? lower.indexOf(query) : -1;
    if (at < 0) {
      element.textContent = text;
      return;
    }
    element.appendChild(document.createTextNode(text.slice(0, at)));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + query.length);
    element.appendChild(mark);
    element.appendChild(document.createTextNode(text.slice(at + query.length)));
  }

  function setUpSearch() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    if (!input || !list) return;
    var all = entries();
    var selected = -1;

    function links() { return list.querySelectorAll("a"); }

    function select(index) {
      var items = links();
      if (!items.length) return;
      selected = (index + items.length) % items.length;
      items.forEach(function (a, i) { a.setAttribute("aria-selected", i === selected ? "true" : "false"); });
      items[selected].scrollIntoView({ block: "nearest" });
    }

    function render() {
      var query = input.value.trim().toLowerCase();
      var results = search(all, input.value);
      list.textContent = "";
      selected = -1;
      if (!query) {
        list.hidden = true;
        return;
      }
      if (!results.length) {
        var empty = document.createElement("li");
        empty.className = "empty";
        empty.textContent = "Nothing matches “" + input.value.trim() + "”.";
        list.appendChild(empty);
      }
      results.forEach(function (entry) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = entry.href;
        link.setAttribute("data-kind", entry.kind);
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = entry.kind;
        var title = document.createElement("span");
        title.className = "title";
        highlight(title, entry.title, query);
        var detail = document.createElement("span");
        detail.className = "detail";
        detail.textContent = entry.detail;
        detail.title = entry.detail;
        link.appendChild(kind);
        link.appendChild(title);
        link.appendChild(detail);
        link.addEventListener("click", function () { list.hidden = true; });
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = false;
    }

    input.addEventListener("input", render);
    input.addEventListener("focus", function () { if (input.value.trim()) render(); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { select(selected + 1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { select(selected - 1); event.preventDefault(); }
      else if (event.key === "Enter") {
        var items = links();
        var target = items[selected >= 0 ? selected : 0];
        if (target) { list.hidden = true; target.click(); }
        event.preventDefault();
      } else if (event.key === "Escape") { list.hidden = true; input.blur(); }
    });
    document.addEventListener("click", function (event) {
      if (!list.contains(event.target) && event.target !== input) list.hidden = true;
    });
    document.addEventListener("keydown", function (event) {
      var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
      if (event.key === "/" && !typing) { input.focus(); input.select(); event.preventDefault(); }
    });
  }

  // ---- Copy buttons ------------------------------------------------------------------------

  function setUpCopyButtons() {
    // The buttons are made here: without a script (or a clipboard) there is nothing to press.
    if (!navigator.clipboard) return;
    document.querySelectorAll("figure.code").forEach(function (figure) {
      var caption = figure.querySelector("figcaption");
      var code = figure.querySelector("pre code");
      if (!caption || !code) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy";
      button.textContent = "Copy";
      caption.appendChild(button);
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 1500);
        }, function () {
          button.textContent = "Select and copy";
        });
      });
    });
  }

  // ---- Snippet tabs -------------------------------------------------------------------------

  // Without the script every snippet shows, one after the other; with it they become tabs, and
  // the language picked is kept for every operation of the page.
  function setUpTabs() {
    var groups = document.querySelectorAll(".snippets[data-tabs]");
    var buttonsByLabel = {};

    function show(label) {
      groups.forEach(function (group) {
        group.querySelectorAll("figure.code").forEach(function (figure) {
          figure.hidden = figure.getAttribute("data-label") !== label;
        });
        group.querySelectorAll(".tabs button").forEach(function (button) {
          button.setAttribute("aria-selected", button.textContent === label ? "true" : "false");
        });
      });
    }

    groups.forEach(function (group) {
      var figures = group.querySelectorAll("figure.code");
      if (figures.length < 2) return;
      var tabs = document.createElement("div");
      tabs.className = "tabs";
      tabs.setAttribute("role", "tablist");
      figures.forEach(function (figure) {
        var label = figure.getAttribute("data-label");
        var button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "tab");
        button.textContent = label;
        button.addEventListener("click", function () { show(label); });
        tabs.appendChild(button);
        buttonsByLabel[label] = true;
      });
      group.insertBefore(tabs, figures[0]);
      group.classList.add("tabbed");
    });
    var first = Object.keys(buttonsByLabel)[0];
    if (first) show(first);
  }

  // ---- Navigation ---------------------------------------------------------------------------

  // The sidebar link of `href` ("customers.html#create_customer") is marked as the reader's
  // location, its module opened, and scrolled into the sidebar's view (the sidebar alone: the
  // page itself never moves).
  var currentHref = null;

  function markLink(href) {
    if (href === currentHref) return;
    currentHref = href;
    var shown = null;
    document.querySelectorAll(".nav-list a").forEach(function (a) {
      var here = a.getAttribute("href") === href;
      a.classList.toggle("current", here);
      if (here) { a.setAttribute("aria-current", "location"); shown = a; }
      else if (a.getAttribute("aria-current") === "location") a.removeAttribute("aria-current");
    });
    if (!shown) return;
    var module = shown.closest("details");
    if (module) module.open = true;
    var scroller = shown.closest(".nav-scroll");
    if (scroller && getComputedStyle(scroller).overflowY !== "visible") {
      var top = shown.offsetTop - scroller.offsetTop;
      if (top < scroller.scrollTop || top + shown.offsetHeight > scroller.scrollTop + scroller.clientHeight) {
        scroller.scrollTop = top - scroller.clientHeight / 3;
      }
    }
  }

  function pageName() { return location.pathname.split("/").pop() || "index.html"; }

  // The section in the address: marked in the sidebar, and flashed.
  function markCurrent() {
    if (location.hash) markLink(pageName() + location.hash);
    var target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) {
      target.classList.remove("flash");
      void target.offsetWidth; // restart the animation
      target.classList.add("flash");
      var details = target.closest("details");
      if (details) details.open = true;
    }
  }

  // The sidebar follows the scroll position: the operation at the top of the view is marked.
  function setUpScrollSpy() {
    var sections = document.querySelectorAll("section.operation[id]");
    if (!sections.length || !("IntersectionObserver" in window)) return;
    var visible = {};
    var observer = new IntersectionObserver(function (changes) {
      changes.forEach(function (change) { visible[change.target.id] = change.isIntersecting; });
      for (var i = 0; i < sections.length; i++) {
        if (visible[sections[i].id]) { markLink(pageName() + "#" + sections[i].id); return; }
      }
    }, { rootMargin: "0px 0px -65% 0px" });
    sections.forEach(function (section) { observer.observe(section); });
  }

  function start() {
    setUpSearch();
    setUpCopyButtons();
    setUpTabs();
    markCurrent();
    setUpScrollSpy();
    window.addEventListener("hashchange", markCurrent);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
