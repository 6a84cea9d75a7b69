/* Progressive enhancements: a light/dark toggle and copy buttons on code blocks.
   Without JavaScript the site follows prefers-color-scheme and code is plain selectable text. */
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "lectern-theme";

  function stored() {
    try { return localStorage.getItem(KEY); } catch (e) { return null; }
  }
  function currentScheme() {
    var forced = root.getAttribute("data-theme");
    if (forced) return forced;
    return window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  var saved = stored();
  if (saved === "dark" || saved === "light") root.setAttribute("data-theme", saved);

  function addThemeToggle() {
    var nav = document.querySelector(".header-inner");
    if (!nav) return;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "theme-toggle";
    function label() {
      var dark = currentScheme() === "dark";
      button.textContent = dark ? "Light theme" : "Dark theme";
      button.setAttribute("aria-pressed", dark ? "true" : "false");
    }
    button.addEventListener("click", function () {
      var next = currentScheme() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(KEY, next); } catch (e) { /* private mode */ }
      label();
    });
    label();
    nav.appendChild(button);
  }

  function codeText(block) {
    var codes = block.querySelectorAll("td.code code, pre > code");
    var code = codes.length ? codes[codes.length - 1] : block.querySelector("pre");
    return code ? code.textContent.replace(/\n$/, "") : "";
  }

  function addCopyButtons() {
    if (!navigator.clipboard) return;
    document.querySelectorAll(".code-block").forEach(function (block) {
      var head = block.querySelector(".code-head");
      if (!head) {
        head = document.createElement("div");
        head.className = "code-head";
        block.insertBefore(head, block.firstChild);
      }
      var button = document.createElement("button");
      button.type = "button";
      button.className = "code-copy";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy code to clipboard");
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(codeText(block)).then(function () {
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = "Copy"; }, 2000);
        }, function () {
          button.textContent = "Copy failed";
        });
      });
      head.appendChild(button);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    addThemeToggle();
    addCopyButtons();
  });
})();
