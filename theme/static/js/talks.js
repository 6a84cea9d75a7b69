/* Talk pages (plugins/talks): the transcript drives the video and follows it.

   Without this script the page still works: every paragraph starts with a link that plays the
   video from there (YouTube's ?t=, or the video file's #t=), chapters link to their headings.
   With it: click any cue to seek and play; the cue being spoken is marked (aria-current) and kept
   in view (a toggle; paused while the reader scrolls; no smooth scrolling when the reader asks for
   reduced motion); search with a hit count and next/previous; #t=1:30 or ?t=90 seeks on load;
   "Copy link" on each paragraph. YouTube's player and iframe API load only when play is pressed. */
(function () {
  "use strict";

  var YOUTUBE_EMBED = "https://www.youtube-nocookie.com/embed/";
  var YOUTUBE_API = "https://www.youtube.com/iframe_api";
  var FOLLOW_KEY = "lectern-talk-follow";
  var SCROLL_PAUSE_MS = 5000;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function clock(seconds) {
    seconds = Math.max(0, Math.floor(seconds));
    var h = Math.floor(seconds / 3600), m = Math.floor(seconds % 3600 / 60), s = seconds % 60;
    var mm = h ? (m < 10 ? "0" : "") + m : String(m);
    return (h ? h + ":" : "") + mm + ":" + (s < 10 ? "0" : "") + s;
  }

  /* Seconds in "90", "90.5", "1:30", "1:02:03", "1m30s", "1h2m", "90s"; null otherwise. */
  function parseMoment(text) {
    text = decodeURIComponent(String(text || "")).trim();
    var match;
    if (/^\d+(\.\d+)?$/.test(text)) return parseFloat(text);
    if ((match = /^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$/.exec(text))) {
      return (parseInt(match[1] || "0", 10) * 3600) + parseInt(match[2], 10) * 60 + parseFloat(match[3]);
    }
    if ((match = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+(?:\.\d+)?)s)?$/i.exec(text)) && text) {
      return parseInt(match[1] || "0", 10) * 3600 + parseInt(match[2] || "0", 10) * 60 + parseFloat(match[3] || "0");
    }
    return null;
  }

  function momentFromLocation() {
    var hash = /(?:^#|&)t=([^&]+)/.exec(location.hash);
    var query = /[?&]t=([^&]+)/.exec(location.search);
    var found = hash || query;
    return found ? parseMoment(found[1]) : null;
  }

  /* ---- Players: the same small interface over <video> and YouTube's iframe API ---- */

  function filePlayer(video) {
    var listeners = [];
    function emit() { listeners.forEach(function (f) { f(video.currentTime, !video.paused); }); }
    ["timeupdate", "seeked", "play", "pause"].forEach(function (name) {
      video.addEventListener(name, emit);
    });
    return {
      onTime: function (f) { listeners.push(f); },
      seek: function (t, play) {
        function go() {
          video.currentTime = t;
          if (play) { var p = video.play(); if (p && p.catch) p.catch(function () {}); }
        }
        if (video.readyState >= 1) go(); else video.addEventListener("loadedmetadata", go, { once: true });
      }
    };
  }

  function loadYouTubeApi(ready) {
    if (window.YT && window.YT.Player) { ready(); return; }
    var previous = window.onYouTubeIframeAPIReady;
    window.onYouTubeIframeAPIReady = function () {
      if (typeof previous === "function") previous();
      ready();
    };
    if (!document.querySelector('script[src="' + YOUTUBE_API + '"]')) {
      var script = document.createElement("script");
      script.src = YOUTUBE_API;
      script.async = true;
      document.head.appendChild(script);
    }
  }

  function youtubePlayer(box) {
    var listeners = [], api = null, iframe = null, startAt = 0, pending = null, timer = null;
    var link = box.querySelector(".talk-facade");
    var button = document.createElement("button");
    button.type = "button";
    button.className = "talk-facade";
    while (link.firstChild) button.appendChild(link.firstChild);
    var label = button.querySelector(".talk-play-label");
    if (label) label.textContent = "Play video (loads YouTube)";
    link.parentNode.replaceChild(button, link);

    function emit(playing) {
      var t = api && api.getCurrentTime ? api.getCurrentTime() : startAt;
      listeners.forEach(function (f) { f(t, playing); });
    }
    function load(t) {
      startAt = t || 0;
      iframe = document.createElement("iframe");
      iframe.src = YOUTUBE_EMBED + encodeURIComponent(box.getAttribute("data-youtube-id")) +
        "?enablejsapi=1&autoplay=1&playsinline=1&rel=0&start=" + Math.floor(startAt) +
        "&origin=" + encodeURIComponent(location.origin);
      iframe.title = "Video: " + box.getAttribute("data-title");
      iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      iframe.allowFullscreen = true;
      iframe.className = "talk-iframe";
      button.parentNode.replaceChild(iframe, button);
      loadYouTubeApi(function () {
        api = new window.YT.Player(iframe, {
          events: {
            onReady: function () {
              if (pending) { api.seekTo(pending.t, true); if (pending.play) api.playVideo(); pending = null; }
            },
            onStateChange: function (event) {
              var playing = event.data === window.YT.PlayerState.PLAYING;
              clearInterval(timer);
              if (playing) timer = setInterval(function () { emit(true); }, 250);
              emit(playing);
            }
          }
        });
      });
    }
    button.addEventListener("click", function () { load(startAt); });
    return {
      onTime: function (f) { listeners.push(f); },
      seek: function (t, play) {
        if (!iframe) {
          startAt = t;
          if (play) load(t); else emit(false);
        } else if (api && api.seekTo) {
          api.seekTo(t, true);
          if (play) api.playVideo();
        } else {
          pending = { t: t, play: play };
        }
      }
    };
  }

  /* ---- The transcript ---- */

  function setup() {
    var box = document.querySelector(".talk-player");
    var transcript = document.getElementById("transcript");
    if (!box) return;
    document.documentElement.classList.add("js-talk");
    var talk = box.closest(".talk") || document.body;
    var video = box.querySelector("video");
    var player = video ? filePlayer(video) : youtubePlayer(box);
    var cues = transcript ? Array.prototype.slice.call(transcript.querySelectorAll("[data-start][data-end]")) : [];
    var starts = cues.map(function (c) { return parseFloat(c.getAttribute("data-start")); });
    var ends = cues.map(function (c) { return parseFloat(c.getAttribute("data-end")); });
    var current = -1, follow = true, pausedUntil = 0, ownScrollUntil = 0;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    (transcript || box).parentNode.appendChild(status);

    function scrollTo(element, always) {
      var rect = element.getBoundingClientRect(), height = window.innerHeight;
      if (!always && rect.top > height * 0.2 && rect.bottom < height * 0.8) return;
      ownScrollUntil = Date.now() + (reduceMotion ? 150 : 1200);
      element.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
    }

    function cueAt(t) {
      var lo = 0, hi = starts.length - 1, found = -1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (starts[mid] <= t + 0.05) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
      }
      return found >= 0 && t < ends[found] + 1 ? found : -1;
    }

    function mark(t, scroll) {
      var index = cueAt(t);
      if (index === current) return;
      if (current >= 0) {
        cues[current].removeAttribute("aria-current");
        cues[current].parentNode.classList.remove("is-current");
      }
      current = index;
      if (index < 0) return;
      var cue = cues[index];
      cue.setAttribute("aria-current", "time");
      cue.parentNode.classList.add("is-current");
      if (scroll || (follow && Date.now() > pausedUntil)) scrollTo(cue, scroll);
    }

    player.onTime(function (t, playing) {
      talk.classList.toggle("is-playing", !!playing);
      mark(t, false);
    });

    function play(t) {
      mark(t, false);
      player.seek(t, true);
    }

    /* Clicks: any cue seeks there and plays; moment and chapter links too (chapter links still
       jump to their heading). */
    document.addEventListener("click", function (event) {
      var target = event.target;
      if (!(target instanceof Element)) return;
      var seek = target.closest("a[data-seek]");
      if (seek) {
        if (seek.getAttribute("href").charAt(0) !== "#") event.preventDefault();
        play(parseFloat(seek.getAttribute("data-seek")));
        return;
      }
      var cue = transcript && target.closest("#transcript [data-start][data-end]");
      if (cue && !String(window.getSelection ? window.getSelection() : "")) {
        play(parseFloat(cue.getAttribute("data-start")));
      }
    });

    /* Follow the video: a toggle, remembered; paused while the reader scrolls. */
    var tools = document.createElement("div");
    tools.className = "transcript-tools";
    tools.innerHTML =
      '<div class="transcript-search" role="search">' +
      '<label for="transcript-query">Search the transcript</label> ' +
      '<input id="transcript-query" type="search" autocomplete="off" spellcheck="false">' +
      '<button type="button" class="search-previous" disabled>Previous</button>' +
      '<button type="button" class="search-next" disabled>Next</button>' +
      '<span class="search-count" role="status"></span></div>' +
      '<p class="transcript-follow"><label><input type="checkbox" id="transcript-follow"> Follow the video</label>' +
      ' <span class="follow-state"></span></p>';
    var followBox = tools.querySelector("#transcript-follow");
    var followState = tools.querySelector(".follow-state");
    try { follow = localStorage.getItem(FOLLOW_KEY) !== "off"; } catch (e) { follow = true; }
    followBox.checked = follow;
    followBox.addEventListener("change", function () {
      follow = followBox.checked;
      pausedUntil = 0;
      followState.textContent = "";
      try { localStorage.setItem(FOLLOW_KEY, follow ? "on" : "off"); } catch (e) { /* private mode */ }
      if (follow && current >= 0) scrollTo(cues[current], false);
    });
    function readerScrolled() {
      if (Date.now() < ownScrollUntil || !follow) return;
      pausedUntil = Date.now() + SCROLL_PAUSE_MS;
      if (!talk.classList.contains("is-playing")) return;
      followState.textContent = "(paused while you scroll)";
      clearTimeout(readerScrolled.timer);
      readerScrolled.timer = setTimeout(function () { followState.textContent = ""; }, SCROLL_PAUSE_MS);
    }
    window.addEventListener("wheel", readerScrolled, { passive: true });
    window.addEventListener("touchmove", readerScrolled, { passive: true });
    window.addEventListener("scroll", readerScrolled, { passive: true });

    if (transcript) {
      transcript.parentNode.insertBefore(tools, transcript);
      setupSearch(tools, cues, function (cue) {
        pausedUntil = Date.now() + SCROLL_PAUSE_MS;
        scrollTo(cue, true);
      });
      addCopyButtons(transcript, status);
    }

    function seekToLocation() {
      var t = momentFromLocation();
      if (t === null) return;
      mark(t, true);
      player.seek(t, false);
    }
    seekToLocation();
    window.addEventListener("hashchange", seekToLocation);
  }

  /* ---- Search: hits across cue boundaries, a count, next/previous ---- */

  function setupSearch(tools, cues, reveal) {
    var input = tools.querySelector("#transcript-query");
    var count = tools.querySelector(".search-count");
    var previous = tools.querySelector(".search-previous");
    var next = tools.querySelector(".search-next");
    var offsets = [], text = "";
    cues.forEach(function (cue) { offsets.push(text.length); text += cue.textContent.toLowerCase() + " "; });
    var hits = [], at = -1, timer = null, searched = null;
    var highlights = window.CSS && CSS.highlights && typeof window.Highlight === "function";
    if (!highlights) tools.parentNode.classList.add("no-highlights");

    function normalised() { return input.value.trim().toLowerCase().replace(/\s+/g, " "); }

    function cueIndex(offset) {
      var lo = 0, hi = offsets.length - 1, found = 0;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (offsets[mid] <= offset) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
      }
      return found;
    }
    function range(hit) {
      var r = document.createRange();
      r.setStart(cues[hit.first].firstChild, hit.start - offsets[hit.first]);
      r.setEnd(cues[hit.last].firstChild, hit.end - offsets[hit.last]);
      return r;
    }
    function clear() {
      if (highlights) { CSS.highlights.delete("transcript-hit"); CSS.highlights.delete("transcript-hit-current"); }
      tools.parentNode.querySelectorAll(".has-hit, .is-search-current").forEach(function (cue) {
        cue.classList.remove("has-hit", "is-search-current");
      });
    }
    function show() {
      clear();
      hits.forEach(function (hit, index) {
        for (var i = hit.first; i <= hit.last; i++) {
          cues[i].classList.add("has-hit");
          if (index === at) cues[i].classList.add("is-search-current");
        }
      });
      if (highlights && hits.length) {
        CSS.highlights.set("transcript-hit", new window.Highlight(...hits.map(range)));
        if (at >= 0) CSS.highlights.set("transcript-hit-current", new window.Highlight(range(hits[at])));
      }
      previous.disabled = next.disabled = hits.length === 0;
      if (!input.value.trim()) count.textContent = "";
      else if (!hits.length) count.textContent = "No matches";
      else count.textContent = (at + 1) + " of " + hits.length + (hits.length === 1 ? " match" : " matches");
    }
    function search() {
      var query = normalised();
      searched = query;
      hits = [];
      at = -1;
      if (query) {
        for (var start = text.indexOf(query); start >= 0; start = text.indexOf(query, start + 1)) {
          var end = start + query.length;
          hits.push({ start: start, end: end, first: cueIndex(start), last: cueIndex(end - 1) });
        }
        if (hits.length) at = 0;
      }
      show();
      if (at >= 0) reveal(cues[hits[at].first]);
    }
    function go(step) {
      if (!hits.length) return;
      at = (at + step + hits.length) % hits.length;
      show();
      reveal(cues[hits[at].first]);
    }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 120); });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        event.preventDefault();
        clearTimeout(timer);
        if (normalised() !== searched) search();
        else go(event.shiftKey ? -1 : 1);
      } else if (event.key === "Escape") {
        input.value = "";
        search();
      }
    });
    input.addEventListener("search", function () { if (!input.value) search(); });
    previous.addEventListener("click", function () { go(-1); });
    next.addEventListener("click", function () { go(1); });
  }

  /* ---- "Copy link" to each paragraph's moment ---- */

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      document.body.removeChild(area);
      if (done) resolve(); else reject(new Error("copy failed"));
    });
  }

  function momentLink(seconds) {
    var url = location.href.split("#")[0].replace(/([?&])t=[^&]*&?/, "$1").replace(/[?&]$/, "");
    return url + "#t=" + clock(seconds);
  }

  function addCopyButtons(transcript, status) {
    transcript.querySelectorAll(".para").forEach(function (paragraph) {
      var moment = paragraph.querySelector("a[data-seek]");
      if (!moment) return;
      var seconds = parseFloat(moment.getAttribute("data-seek"));
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-moment";
      button.textContent = "Copy link";
      button.setAttribute("aria-label", "Copy link to " + clock(seconds));
      button.addEventListener("click", function (event) {
        event.stopPropagation();
        var link = momentLink(seconds);
        copyText(link).then(function () {
          button.textContent = "Copied";
          status.textContent = "Link to " + clock(seconds) + " copied: " + link;
        }, function () {
          status.textContent = "Could not copy. The link is " + link;
        });
        setTimeout(function () { button.textContent = "Copy link"; }, 2000);
      });
      paragraph.appendChild(button);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setup);
  else setup();
})();
