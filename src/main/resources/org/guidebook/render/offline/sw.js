/* Guidebook service worker: keeps every file of one build for offline reading. The build writes this file with
   its version (a hash of the precache manifest) and the manifest's own integrity, so any change to any file
   makes a new worker, which fills a new cache and, once the reader reloads into it, deletes the old one. */
'use strict';
var VERSION = '__VERSION__';
var MANIFEST = 'precache-manifest.json';
var MANIFEST_INTEGRITY = '__MANIFEST_INTEGRITY__';
var SCOPE = self.registration.scope;
/* Several guides may share an origin under different folders: each touches only the caches of its own scope. */
var PREFIX = 'guidebook ' + SCOPE + ' ';
var CACHE = PREFIX + VERSION;

/* Every file is fetched past the HTTP cache and checked against its SHA-256; one failure fails the install, the
   partly filled cache goes, and the reader keeps the previous version. */
self.addEventListener('install', function (event) {
  event.waitUntil(fetch(new Request(MANIFEST, { cache: 'no-cache', integrity: MANIFEST_INTEGRITY }))
    .then(function (response) {
      if (!response.ok) throw new Error(MANIFEST + ': HTTP ' + response.status);
      return response.json();
    })
    .then(function (manifest) {
      return caches.open(CACHE).then(function (cache) {
        return Promise.all(manifest.files.map(function (file) {
          var url = new URL(file.url, SCOPE).href;
          return fetch(new Request(url, { cache: 'no-cache', integrity: file.integrity })).then(function (response) {
            if (!response.ok) throw new Error(file.url + ': HTTP ' + response.status);
            return cache.put(url, response);
          });
        }));
      });
    })
    .catch(function (error) {
      return caches.delete(CACHE).then(function () { throw error; });
    }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf(PREFIX) === 0 && name !== CACHE;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

/* The page's "Reload" button: the waiting worker takes over, and the page reloads when it does. */
self.addEventListener('message', function (event) {
  if (event.data === 'skipWaiting') self.skipWaiting();
});

/* Cache first for this build's files (a folder is its index.html; a query or fragment changes no file), the
   network for anything else. */
self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || request.url.indexOf(SCOPE) !== 0) return;
  var url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (url.pathname.charAt(url.pathname.length - 1) === '/') url.pathname += 'index.html';
  event.respondWith(caches.open(CACHE).then(function (cache) {
    return cache.match(url.href).then(function (hit) { return hit || fetch(request); });
  }));
});
