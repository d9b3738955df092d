// The range log's service worker: keeps the sheets an instructor opened, and their assets,
// so that a sheet opens again, reloaded or after the browser was closed, while there is no
// connection. It serves what it has only when the network fails or the server is away (502 to 504); sign-in redirects and
// errors are never kept. Entries typed offline wait in IndexedDB (range-log-offline.js).
'use strict';

var CACHE = 'drillbook-range-log-v1';

function kept(url) {
  return url.pathname.indexOf('/assets/') === 0 || url.pathname.indexOf('/webjars/') === 0
    || url.pathname === '/favicon.ico' || /^\/sessions\/\d+\/log$/.test(url.pathname);
}

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !kept(url)) {
    return;
  }
  var sheet = url.pathname.indexOf('/sessions/') === 0;
  function kept_copy(otherwise) {
    return caches.match(request, { ignoreSearch: sheet }).then(function (found) {
      return found || otherwise;
    });
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { cache.put(request, copy); });
      return response;
    }
    // the server is away behind a proxy (502, 503, 504): the copy is better than an error
    return (response.status >= 502 && response.status <= 504) ? kept_copy(response) : response;
  }).catch(function () {
    return kept_copy(Response.error());
  }));
});
