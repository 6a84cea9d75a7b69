// ANALYTICS = {"provider": "goatcounter", "host": "<code>.goatcounter.com"}: one page view sent to
// that host's /count endpoint as a pixel request (GoatCounter's documented no-script interface),
// so no third-party script runs on the page. Nothing is sent when the reader asks not to be tracked.
(function () {
  "use strict";
  var script = document.currentScript;
  var endpoint = script && script.getAttribute("data-goatcounter");
  if (!endpoint || navigator.doNotTrack === "1" || window.doNotTrack === "1" || navigator.globalPrivacyControl) {
    return;
  }
  var query = new URLSearchParams({
    p: location.pathname + location.search,
    t: document.title,
    r: document.referrer,
    s: [screen.width, screen.height, window.devicePixelRatio || 1].join(","),
    rnd: Math.random().toString(36).slice(2),
  });
  var pixel = new Image();
  pixel.referrerPolicy = "no-referrer";
  pixel.src = endpoint + "?" + query.toString();
})();
