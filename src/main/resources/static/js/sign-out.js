// Signing out leaves nothing of the range log on the device: the service worker's cached
// sheets (call signs and results) and the entries kept while offline are deleted. If
// entries are still waiting to be sent, the user is asked first, since they would be lost.
(function () {
  'use strict';

  var DATABASE = 'drillbook-range-log';

  function waiting() {
    return new Promise(function (resolve) {
      if (!window.indexedDB) {
        resolve(0);
        return;
      }
      var request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore('entries', { keyPath: 'key' });
      };
      request.onerror = function () { resolve(0); };
      request.onsuccess = function () {
        var db = request.result;
        var count = db.transaction('entries', 'readonly').objectStore('entries').count();
        count.onsuccess = function () {
          db.close();
          resolve(count.result);
        };
        count.onerror = function () {
          db.close();
          resolve(0);
        };
      };
    });
  }

  function forget() {
    var jobs = [];
    if (navigator.serviceWorker && navigator.serviceWorker.getRegistrations) {
      jobs.push(navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (r) { return r.unregister(); }));
      }).catch(function () { /* nothing registered */ }));
    }
    if (window.caches) {
      jobs.push(caches.delete('drillbook-range-log-v1'));
    }
    if (window.indexedDB) {
      jobs.push(new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(DATABASE);
        request.onsuccess = resolve;
        request.onerror = resolve;
        request.onblocked = resolve;
      }));
    }
    return Promise.all(jobs);
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form.sign-out') || form.dataset.cleared === 'true') {
      return;
    }
    event.preventDefault();
    waiting().then(function (count) {
      if (count > 0 && !window.confirm(form.dataset.waitingWarning.replace('{n}', String(count)))) {
        return;
      }
      document.dispatchEvent(new CustomEvent('drillbook:signing-out'));
      forget().then(function () {
        form.dataset.cleared = 'true';
        form.submit();
      });
    });
  });

  // On the signed-out page everything is deleted once more: a copy the service worker
  // was still writing when the user signed out would otherwise survive.
  if (document.getElementById('loginForm') && new URLSearchParams(window.location.search).has('logout')) {
    forget();
  }
})();
