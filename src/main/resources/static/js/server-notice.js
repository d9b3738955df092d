// When the server answers an htmx request with "the database is not answering" (503), or a
// proxy in front of it says the server is away (502, 504), or "you are no longer signed in"
// (401, with a link to sign in again), the page says so at the top instead of silently doing
// nothing; what the user typed stays where it is. The notice goes away with the next request
// that succeeds.
(function () {
  'use strict';

  function region() {
    return document.getElementById('serverNotice');
  }

  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    var notice = region();
    var signIn = status === 401;
    if (!notice || (!signIn && (status < 502 || status > 504))) {
      return;
    }
    var answer = new DOMParser().parseFromString(event.detail.xhr.responseText || '', 'text/html');
    var found = answer.querySelector(signIn ? '[data-signin]' : '[data-outage]');
    notice.textContent = '';
    if (found) {
      notice.appendChild(document.importNode(found, true));
    }
    else {
      var fallback = document.createElement('div');
      fallback.className = 'alert alert-warning';
      fallback.setAttribute('role', 'alert');
      fallback.textContent = notice.dataset.fallback;
      notice.appendChild(fallback);
    }
    notice.hidden = false;
  });

  document.addEventListener('htmx:afterRequest', function (event) {
    var notice = region();
    if (notice && !notice.hidden && event.detail.successful) {
      notice.hidden = true;
      notice.textContent = '';
    }
  });
})();
