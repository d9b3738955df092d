// The range log without a connection: a row saved while offline (or whose request fails)
// is kept on the device (IndexedDB) with its submission key, shown as waiting, counted in
// a banner, and sent when the connection returns. The key makes a repeat harmless, so
// nothing is recorded twice; a row the server refuses comes back with its values and why.
(function () {
  'use strict';

  var sheet = document.getElementById('cards');
  if (!sheet || !window.indexedDB) {
    return;
  }
  var banner = document.getElementById('offlineBanner');
  var STORE = 'entries';
  var syncing = false;
  // set when the server answers that this page's sign-in has lapsed
  var signInLapsed = false;
  // set once the user signs out (sign-out.js): from then on nothing is kept or read, so
  // that no late write brings the deleted database back
  var signingOut = false;
  document.addEventListener('drillbook:signing-out', function () { signingOut = true; });

  function open() {
    return new Promise(function (resolve, reject) {
      if (signingOut) {
        reject(new Error('signing out'));
        return;
      }
      var request = indexedDB.open('drillbook-range-log', 1);
      request.onupgradeneeded = function () {
        request.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      request.onsuccess = function () {
        var db = request.result;
        // a deletion (signing out, in this tab or another) is never held up by this page
        db.onversionchange = function () { db.close(); };
        resolve(db);
      };
      request.onerror = function () { reject(request.error); };
    });
  }

  function run(mode, action) {
    return open().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = action(tx.objectStore(STORE));
        tx.oncomplete = function () {
          db.close();
          resolve(result && 'result' in result ? result.result : undefined);
        };
        tx.onerror = function () {
          db.close();
          reject(tx.error);
        };
      });
    });
  }

  function all() {
    return run('readonly', function (store) { return store.getAll(); }).then(function (entries) {
      return (entries || []).filter(function (e) {
        return e.page === window.location.pathname && e.user === sheet.dataset.user;
      });
    });
  }

  function newKey() {
    return (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
      : 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, function () {
        return Math.floor(Math.random() * 16).toString(16);
      });
  }

  function state(rowId, text, kind) {
    var row = document.getElementById(rowId);
    var label = row && row.querySelector('.row-state');
    if (label) {
      label.textContent = text;
      label.className = 'ms-auto small row-state ' + kind;
    }
  }

  function showCount() {
    return all().then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'waiting'; }).length;
      if (banner) {
        banner.hidden = waiting === 0;
        banner.textContent = banner.dataset.template.replace('{n}', String(waiting));
      }
      entries.forEach(function (e) {
        if (e.state === 'waiting') {
          state(e.row, sheet.dataset.waiting, 'text-warning fw-bold');
        }
        else {
          state(e.row, sheet.dataset.refused + ': ' + e.reason, 'text-danger fw-bold');
        }
      });
    });
  }

  // Keeps a row's entry on the device; the row gets a fresh key for what is typed next.
  function keep(form) {
    var row = form.closest('.log-row');
    var fields = [];
    new FormData(form).forEach(function (value, name) { fields.push([name, String(value)]); });
    var keyField = form.querySelector('input[name=submissionKey]');
    var entry = {
      key: keyField.value, page: window.location.pathname, user: sheet.dataset.user,
      url: form.getAttribute('action'),
      row: row.id, fields: fields, state: 'waiting', reason: ''
    };
    return run('readwrite', function (store) { store.put(entry); }).then(function () {
      keyField.value = newKey();
      form.querySelectorAll('input.value-input').forEach(function (input) {
        input.value = '';
      });
      form.querySelectorAll('.pass-fail input, .checklist input').forEach(function (input) {
        input.checked = false;
      });
      return showCount();
    });
  }

  // A row form submitted while offline is kept instead of sent.
  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = event.detail.elt;
    if (!navigator.onLine && form && form.closest && form.closest('.log-row')) {
      event.preventDefault();
      keep(form);
    }
  });

  // A request that never reached the server is kept too.
  document.addEventListener('htmx:sendError', function (event) {
    var form = event.detail.elt;
    if (form && form.closest && form.closest('.log-row')) {
      keep(form);
    }
  });

  // The server answered that the database (or the server behind the proxy) is away, or that
  // the sign-in has lapsed (401): nothing was saved, so the entry is kept, and sent when the
  // server is back, or once the sheet is opened again after signing in.
  document.addEventListener('htmx:responseError', function (event) {
    var form = event.detail.elt;
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (!(form && form.closest && form.closest('.log-row'))) {
      return;
    }
    if (status === 401) {
      signInLapsed = true;
      keep(form);
    }
    else if (status >= 502 && status <= 504) {
      keep(form);
    }
  });

  // Not sent: the sign-in has lapsed (or the server is away); the entry keeps waiting.
  function NotNow() {}

  function send(entry) {
    // the token of this page: an entry kept before a new sign-in carries an old one
    var token = document.querySelector('input[name=_csrf]');
    var body = new URLSearchParams();
    entry.fields.forEach(function (field) {
      body.append(field[0], (field[0] === '_csrf' && token) ? token.value : field[1]);
    });
    return fetch(entry.url, {
      method: 'POST', body: body, credentials: 'same-origin',
      headers: { 'HX-Request': 'true', 'Content-Type': 'application/x-www-form-urlencoded' }
    }).then(function (response) {
      if (response.redirected || response.status === 401 || response.status === 403) {
        // the sign-in has lapsed: this page's token is spent, so it stops trying (each try
        // would start a new server session, and could spoil a sign-in under way in another
        // tab); the entries are sent once the sheet is opened again after signing in
        signInLapsed = true;
        throw new NotNow();
      }
      if (response.status >= 500) {
        throw new NotNow();
      }
      if (!response.ok) {
        return run('readwrite', function (store) {
          entry.state = 'refused';
          entry.reason = response.status + ' ' + response.statusText;
          store.put(entry);
        });
      }
      return response.text().then(function (html) {
        var answer = document.createElement('template');
        answer.innerHTML = html.trim();
        var fresh = answer.content.querySelector('.log-row');
        if (!fresh) {
          throw new NotNow();
        }
        var problem = fresh.querySelector('.alert-danger, .invalid-feedback');
        var current = document.getElementById(entry.row);
        if (current) {
          current.replaceWith(fresh);
          if (window.htmx) {
            htmx.process(fresh);
          }
        }
        return run('readwrite', function (store) {
          if (problem) {
            entry.state = 'refused';
            entry.reason = problem.textContent.trim();
            store.put(entry);
          }
          else {
            store.delete(entry.key);
          }
        });
      });
    });
  }

  // Sends what waits, one entry after another, when the connection is there.
  function sync() {
    if (syncing || signInLapsed || !navigator.onLine) {
      return Promise.resolve();
    }
    syncing = true;
    return all().then(function (entries) {
      var waiting = entries.filter(function (e) { return e.state === 'waiting'; });
      return waiting.reduce(function (chain, entry) {
        return chain.then(function () { return send(entry); });
      }, Promise.resolve());
    }).catch(function () {
      // still no connection: the entries wait for the next try
    }).then(function () {
      syncing = false;
      return showCount();
    });
  }

  // The service worker keeps this sheet and its assets for a reload without a connection.
  // A page it already controls was put in its cache as it loaded; on the first visit, what
  // the page loaded before the worker took over is put there now. Done once the page has
  // loaded and the browser is idle, so that it never holds up the first taps.
  function keepForOffline() {
    if (navigator.serviceWorker.controller) {
      return;
    }
    navigator.serviceWorker.register('/range-log-sw.js', { scope: '/sessions/' }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function () {
      var urls = [window.location.pathname + window.location.search];
      document.querySelectorAll('script[src], link[rel=stylesheet], link[rel=icon]').forEach(function (el) {
        urls.push(el.getAttribute('src') || el.getAttribute('href'));
      });
      return signingOut ? undefined
        : caches.open('drillbook-range-log-v1').then(function (cache) { return cache.addAll(urls); });
    }).catch(function () {
      // no worker (an old browser, or not over HTTPS): logging still works online
    });
  }

  // What waits on the device is counted, and sent, and the sheet kept for offline use,
  // once the page has loaded and the browser is idle: none of it holds up the first taps.
  var whenIdle = window.requestIdleCallback || function (work) { window.setTimeout(work, 1); };
  function start() {
    whenIdle(function () {
      showCount().then(sync);
      if ('serviceWorker' in navigator && window.caches) {
        whenIdle(keepForOffline, { timeout: 3000 });
      }
    }, { timeout: 2000 });
  }
  if (document.readyState === 'complete') {
    start();
  }
  else {
    window.addEventListener('load', start);
  }

  window.addEventListener('online', sync);
  window.setInterval(sync, 15000);
})();
