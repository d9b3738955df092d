// Passkeys (WebAuthn): adding one on the passkeys page, signing in with one on the sign-in page.
// The ceremonies run against Spring Security's endpoints; the page's own form carries the CSRF token.
(function () {
  'use strict';

  function toBuffer(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var text = window.atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return window.btoa(text).replace(/=/g, '').replace(/\+/g, '-').replace(/\//g, '_');
  }

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json' };
    var token = document.querySelector('input[name=_csrf]');
    if (token) {
      headers['X-CSRF-TOKEN'] = token.value;
    }
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: headers,
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    });
  }

  function show(box, text) {
    box.textContent = text;
    box.hidden = false;
  }

  function register(form, box) {
    var label = form.querySelector('#passkeyLabel');
    if (!label.value.trim()) {
      label.setAttribute('aria-invalid', 'true');
      show(box, form.getAttribute('data-error-label'));
      label.focus();
      return;
    }
    label.removeAttribute('aria-invalid');
    box.hidden = true;
    post('/webauthn/register/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBuffer(options.challenge),
        user: Object.assign({}, options.user, { id: toBuffer(options.user.id) }),
        excludeCredentials: (options.excludeCredentials || []).map(function (c) {
          return Object.assign({}, c, { id: toBuffer(c.id) });
        })
      });
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (created) {
      var response = created.response;
      return post('/webauthn/register', {
        publicKey: {
          credential: {
            id: created.id,
            rawId: toBase64url(created.rawId),
            response: {
              attestationObject: toBase64url(response.attestationObject),
              clientDataJSON: toBase64url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: created.type,
            clientExtensionResults: created.getClientExtensionResults(),
            authenticatorAttachment: created.authenticatorAttachment
          },
          label: label.value.trim()
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('not registered');
      }
      window.location.href = '/account/passkeys?registered';
    }).catch(function () {
      show(box, form.getAttribute('data-error-failed'));
    });
  }

  function signIn(box) {
    box.hidden = true;
    post('/webauthn/authenticate/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBuffer(options.challenge),
        allowCredentials: (options.allowCredentials || []).map(function (c) {
          return Object.assign({}, c, { id: toBuffer(c.id) });
        })
      });
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post('/login/webauthn', {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated || !result.redirectUrl) {
        throw new Error('not signed in');
      }
      window.location.href = result.redirectUrl;
    }).catch(function () {
      show(box, box.getAttribute('data-error-failed'));
    });
  }

  var supported = !!(window.PublicKeyCredential && navigator.credentials);
  var form = document.getElementById('passkeyForm');
  var box = document.getElementById('passkeyError');
  if (form && box) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!supported) {
        show(box, form.getAttribute('data-error-unsupported'));
        return;
      }
      register(form, box);
    });
  }
  var button = document.getElementById('passkeySignIn');
  if (button && box && supported) {
    button.hidden = false;
    button.addEventListener('click', function () {
      signIn(box);
    });
  }
})();
