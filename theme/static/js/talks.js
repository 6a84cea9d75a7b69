/* Talk pages (plugins/talks): the transcript drives the video and follows it.

   Without this script the page still works: every paragraph starts with a link that plays the
   video from there (YouTube's ?t=, or the video file's #t=), chapters link to their headings.
   With it: click any cue to seek and play; the cue being spoken is marked (aria-current) and kept
   in view (a toggle; paused while the reader scrolls; no smooth scrolling when the reader asks for
   reduced motion); search with a hit count and next/previous; #t=1:30, ?t=90 or #slide-3 seeks on
   load; "Copy link" on each paragraph; the slide being shown is marked in the slide strip.
   The host's player (YouTube, Vimeo, PeerTube) loads only when play is pressed. */
(function () {
  "use strict";

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

  /* ---- Players: one small interface over every kind of video ----
     player.onTime(f): f(seconds, playing) whenever the time moves or playback starts or stops;
     player.seek(t, play): go to t (and play); before play is pressed it only sets where play
     starts, and loads nothing from another host. One adapter per kind: <video> (our file or a
     file's URL), YouTube (its iframe API), Vimeo and PeerTube (their postMessage protocols). */

  /* The poster (a link without JavaScript) becomes a button; `start(t)` runs on click. */
  function facadeButton(box, label, start) {
    var link = box.querySelector(".talk-facade");
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    while (link.firstChild) button.appendChild(link.firstChild);
    var text = button.querySelector(".talk-play-label");
    if (text) text.textContent = label;
    link.parentNode.replaceChild(button, link);
    button.addEventListener("click", function () { start(); });
    return button;
  }

  function filePlayer(box) {
    var video = box.querySelector("video"), listeners = [], started = false, facade = null;
    function emit() { listeners.forEach(function (f) { f(video.currentTime, !video.paused); }); }
    ["timeupdate", "seeked", "play", "pause"].forEach(function (name) {
      video.addEventListener(name, emit);
    });
    function begin(play) {
      if (!started) {
        started = true;
        if (facade) facade.parentNode.removeChild(facade);
        video.focus();
      }
      if (play) { var p = video.play(); if (p && p.catch) p.catch(function () {}); }
    }
    if (box.querySelector(".talk-facade")) {
      facade = facadeButton(box, "Play video", function () { begin(true); });
      facade.hidden = false;
    }
    video.addEventListener("play", function () { begin(false); });
    return {
      onTime: function (f) { listeners.push(f); },
      seek: function (t, play) {
        // Before anything is loaded (preload="none") this sets where playback will start.
        video.currentTime = t;
        if (play) begin(true); else emit();
      }
    };
  }

  /* An iframe player behind the poster: `adapter` knows its URL and speaks its protocol. */
  function embedPlayer(box, adapter) {
    var listeners = [], startAt = 0, iframe = null, ready = false, queue = [];
    var state = { time: 0, playing: false };
    function emit() { listeners.forEach(function (f) { f(state.time, state.playing); }); }
    var host = {
      box: box,
      update: function (time, playing) {
        if (typeof time === "number" && isFinite(time)) state.time = time;
        if (typeof playing === "boolean") state.playing = playing;
        emit();
      },
      ready: function () {
        ready = true;
        var pending = queue;
        queue = [];
        pending.forEach(function (call) { call(); });
      }
    };
    var button = facadeButton(box, "Play video (loads " + box.getAttribute("data-provider") + ")", function () { load(startAt); });
    function load(t) {
      startAt = t || 0;
      state.time = startAt;
      iframe = document.createElement("iframe");
      iframe.src = adapter.url(box, startAt);
      iframe.title = "Video: " + box.getAttribute("data-title");
      iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      iframe.allowFullscreen = true;
      iframe.className = "talk-iframe";
      button.parentNode.replaceChild(iframe, button);
      adapter.attach(iframe, host);
    }
    function whenReady(call) { if (ready) call(); else queue.push(call); }
    return {
      onTime: function (f) { listeners.push(f); },
      seek: function (t, play) {
        if (!iframe) {
          startAt = t;
          state.time = t;
          if (play) load(t); else emit();
          return;
        }
        whenReady(function () {
          adapter.seek(t);
          if (play) adapter.play();
        });
        state.time = t;
        emit();
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

  /* YouTube: the youtube-nocookie.com player, driven through YouTube's iframe API script. */
  function youtubeAdapter() {
    var api = null, timer = null;
    return {
      url: function (box, t) {
        return box.getAttribute("data-embed") +
          "?enablejsapi=1&autoplay=1&playsinline=1&rel=0&start=" + Math.floor(t) +
          "&origin=" + encodeURIComponent(location.origin);
      },
      attach: function (iframe, host) {
        loadYouTubeApi(function () {
          var player = new window.YT.Player(iframe, {
            events: {
              onReady: function () { api = player; host.ready(); },
              onStateChange: function (event) {
                var playing = event.data === window.YT.PlayerState.PLAYING;
                clearInterval(timer);
                if (playing) timer = setInterval(function () { host.update(player.getCurrentTime(), true); }, 250);
                host.update(player.getCurrentTime ? player.getCurrentTime() : undefined, playing);
              }
            }
          });
        });
      },
      seek: function (t) { api.seekTo(t, true); },
      play: function () { api.playVideo(); }
    };
  }

  /* Messages from one iframe: objects, or JSON text (PeerTube's channel, older Vimeo players). */
  function listen(iframe, origin, handle) {
    window.addEventListener("message", function (event) {
      if (event.source !== iframe.contentWindow || event.origin !== origin) return;
      var data = event.data;
      if (typeof data === "string") {
        try { data = JSON.parse(data); } catch (e) { return; }
      }
      if (data && typeof data === "object") handle(data);
    });
  }

  /* Vimeo: player.vimeo.com and the messages of its player API (what Vimeo's player.js sends). */
  function vimeoAdapter() {
    var ORIGIN = "https://player.vimeo.com", target = null;
    function send(method, value) {
      var message = { method: method };
      if (value !== undefined) message.value = value;
      target.postMessage(message, ORIGIN);
    }
    return {
      url: function (box, t) {
        var embed = box.getAttribute("data-embed");
        return embed + (embed.indexOf("?") < 0 ? "?" : "&") + "autoplay=1&dnt=1&playsinline=1" +
          (t >= 1 ? "#t=" + Math.floor(t) + "s" : "");
      },
      attach: function (iframe, host) {
        target = iframe.contentWindow;
        var playing = false;
        listen(iframe, ORIGIN, function (data) {
          var info = data.data || {};
          if (data.event === "ready") {
            ["timeupdate", "play", "pause", "ended", "seeked"].forEach(function (name) { send("addEventListener", name); });
            host.ready();
          } else if (data.event === "timeupdate" || data.event === "seeked") {
            host.update(info.seconds, data.event === "timeupdate" ? true : playing);
            if (data.event === "timeupdate") playing = true;
          } else if (data.event === "play") {
            playing = true;
            host.update(info.seconds, true);
          } else if (data.event === "pause" || data.event === "ended") {
            playing = false;
            host.update(info.seconds, false);
          }
        });
      },
      seek: function (t) { send("setCurrentTime", t); },
      play: function () { send("play"); }
    };
  }

  /* PeerTube (any instance): /videos/embed/<id>?api=1 and its embed API, a JSChannel over
     postMessage (scope "peertube"): a ready handshake, calls with an id, notifications without. */
  function peertubeAdapter() {
    var SCOPE = "peertube::", target = null, origin = null, next = 1;
    function send(message) { target.postMessage(JSON.stringify(message), origin); }
    function call(method, params) {
      var message = { id: next++, method: SCOPE + method };
      if (params !== undefined) message.params = params;
      send(message);
    }
    return {
      url: function (box, t) {
        return box.getAttribute("data-embed") + "?api=1&autoplay=1&warningTitle=0&start=" + Math.floor(t);
      },
      attach: function (iframe, host) {
        target = iframe.contentWindow;
        origin = new URL(iframe.src).origin;
        var readied = false;
        function ready() { if (!readied) { readied = true; host.ready(); } }
        listen(iframe, origin, function (data) {
          if (data.method === SCOPE + "__ready") {
            if (data.params === "ping") send({ method: SCOPE + "__ready", params: "pong" });
            ready();
          } else if (data.method === SCOPE + "playbackStatusUpdate" && data.params) {
            host.update(data.params.position, data.params.playbackState === "playing");
          } else if (data.method === SCOPE + "playbackStatusChange") {
            host.update(undefined, data.params === "playing");
          }
        });
        // The embed pings once its channel is up; ping too, in case its ping came first.
        iframe.addEventListener("load", function () { send({ method: SCOPE + "__ready", params: "ping" }); });
      },
      seek: function (t) { call("seek", t); },
      play: function () { call("play"); }
    };
  }

  var ADAPTERS = { youtube: youtubeAdapter, vimeo: vimeoAdapter, peertube: peertubeAdapter };

  function playerFor(box) {
    var kind = box.getAttribute("data-kind");
    if (ADAPTERS[kind]) return embedPlayer(box, ADAPTERS[kind]());
    return filePlayer(box);
  }

  /* ---- The transcript ---- */

  function setup() {
    var box = document.querySelector(".talk-player");
    var transcript = document.getElementById("transcript");
    if (!box) return;
    document.documentElement.classList.add("js-talk");
    var talk = box.closest(".talk") || document.body;
    var player = playerFor(box);
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

    var slides = setupSlides(document.getElementById("slides"));
    player.onTime(function (t, playing) {
      talk.classList.toggle("is-playing", !!playing);
      mark(t, false);
      slides.show(t);
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
      var slide = /^#slide-(\d+)$/.exec(location.hash);
      if (slide) t = slides.start(parseInt(slide[1], 10));
      if (t === null) return;
      mark(t, !slide);
      slides.show(t);
      player.seek(t, false);
    }
    seekToLocation();
    window.addEventListener("hashchange", seekToLocation);
  }

  /* ---- Slides: the one being shown marked (aria-current) and scrolled into the strip ---- */

  function setupSlides(section) {
    var times = [];
    try { times = JSON.parse(section && section.getAttribute("data-slide-times") || "[]"); } catch (e) { times = []; }
    var strip = section && section.querySelector(".slide-strip"), current = 0;
    function show(t) {
      var slide = 0;
      for (var i = 0; i < times.length && times[i][0] <= t + 0.05; i++) slide = times[i][1];
      if (!times.length || slide === current) return;
      var previous = current && document.getElementById("slide-" + current);
      if (previous) { previous.classList.remove("is-current"); previous.removeAttribute("aria-current"); }
      current = slide;
      var element = slide && document.getElementById("slide-" + slide);
      if (!element) return;
      element.classList.add("is-current");
      element.setAttribute("aria-current", "true");
      // Scroll the strip only, never the page.
      var left = element.offsetLeft - strip.offsetLeft - (strip.clientWidth - element.offsetWidth) / 2;
      strip.scrollTo({ left: Math.max(0, left), behavior: reduceMotion ? "auto" : "smooth" });
    }
    function start(number) {
      for (var i = 0; i < times.length; i++) if (times[i][1] === number) return times[i][0];
      return null;
    }
    return { show: show, start: start };
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
