/* Comments behind a click (COMMENTS). Nothing here runs a request before the reader presses the
   button: then either the post's Mastodon thread is fetched from its instance's public API and
   its replies are shown as text, or giscus' script is inserted. Replies are other people's HTML:
   it is parsed in an inert document and only its text and http(s) links are copied out. */
(function () {
  "use strict";

  function el(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function safeUrl(value) {
    try {
      var url = new URL(value, document.baseURI);
      return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(href, text) {
    var url = safeUrl(href);
    if (!url) return document.createTextNode(text);
    var a = el("a", null, text);
    a.href = url;
    a.rel = "nofollow noopener ugc";
    return a;
  }

  /* A reply's HTML as paragraphs of text and links: nothing else of it reaches the page. */
  function replyBody(html) {
    var parsed = new DOMParser().parseFromString(html || "", "text/html");
    var body = el("div", "comment-body");
    var blocks = parsed.body.querySelectorAll("p");
    if (!blocks.length) blocks = [parsed.body];
    Array.prototype.forEach.call(blocks, function (block) {
      var p = el("p");
      (function copy(node) {
        Array.prototype.forEach.call(node.childNodes, function (child) {
          if (child.nodeType === Node.TEXT_NODE) p.appendChild(document.createTextNode(child.nodeValue));
          else if (child.nodeName === "BR") p.appendChild(document.createElement("br"));
          else if (child.nodeName === "A") p.appendChild(link(child.getAttribute("href"), child.textContent));
          else if (child.nodeType === Node.ELEMENT_NODE) copy(child);
        });
      })(block);
      body.appendChild(p);
    });
    return body;
  }

  function reply(status) {
    var account = status.account || {};
    var item = el("li", "comment");
    var header = el("p", "comment-meta");
    var name = account.display_name || account.username || "Someone";
    header.appendChild(link(account.url, name));
    header.appendChild(document.createTextNode(" (@" + (account.acct || "") + ") "));
    var when = el("time", null, new Date(status.created_at).toLocaleDateString(undefined, {
      year: "numeric", month: "short", day: "numeric"
    }));
    when.setAttribute("datetime", status.created_at || "");
    var permalink = link(status.url || status.uri, "");
    if (permalink.nodeType === Node.ELEMENT_NODE) {
      permalink.appendChild(when);
      header.appendChild(permalink);
    } else {
      header.appendChild(when);
    }
    item.appendChild(header);
    item.appendChild(replyBody(status.content));
    return item;
  }

  function loadMastodon(section, button) {
    var toot = new URL(section.getAttribute("data-toot"));
    var id = toot.pathname.replace(/\/$/, "").split("/").pop();
    var api = toot.origin + "/api/v1/statuses/" + encodeURIComponent(id) + "/context";
    var out = section.querySelector(".comments-replies");
    button.disabled = true;
    button.textContent = "Loading replies…";
    fetch(api, { credentials: "omit", referrerPolicy: "no-referrer", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.json();
      })
      .then(function (thread) {
        var replies = (thread && thread.descendants) || [];
        out.textContent = "";
        if (!replies.length) {
          out.appendChild(el("p", null, "No replies yet."));
        } else {
          var list = el("ol", "comment-list");
          replies.forEach(function (status) { list.appendChild(reply(status)); });
          out.appendChild(el("p", null, replies.length === 1 ? "1 reply:" : replies.length + " replies:"));
          out.appendChild(list);
        }
        button.remove();
      })
      .catch(function (error) {
        out.textContent = "";
        var p = el("p", null, "The replies could not be loaded (" + error.message + "). ");
        p.appendChild(link(toot.href, "Read them on " + toot.host));
        out.appendChild(p);
        button.disabled = false;
        button.textContent = "Try again";
      });
  }

  function loadGiscus(section, button) {
    var script = document.createElement("script");
    var attributes = JSON.parse(section.getAttribute("data-attributes") || "{}");
    Object.keys(attributes).forEach(function (name) {
      if (name.indexOf("data-") === 0) script.setAttribute(name, attributes[name]);
    });
    script.src = section.getAttribute("data-script");
    script.crossOrigin = "anonymous";
    script.async = true;
    section.querySelector(".giscus").after(script);
    button.remove();
  }

  Array.prototype.forEach.call(document.querySelectorAll("section.comments[data-comments]"), function (section) {
    var button = section.querySelector(".comments-load");
    if (!button) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      if (section.getAttribute("data-comments") === "mastodon") loadMastodon(section, button);
      else loadGiscus(section, button);
    });
  });
})();
