// Starts the app in place of Trunk's inline boot script (scripts/csp-hook.mjs writes this
// file into dist/ with the real file names for __APP_JS__ and __APP_WASM__). It is a classic
// script, not a module: a sandboxed frame without CORS headers refuses every module, and
// this script must still run there to say why the calculator does not start. When it cannot
// run at all, styles/start.css shows index.html's static failure text after a delay.
(function () {
  'use strict';
  // Absolute: an import() from a script loaded without CORS (this one, in a sandboxed frame)
  // resolves relative specifiers against about:blank.
  var JS = new URL('__APP_JS__', document.baseURI).href;
  var WASM = new URL('__APP_WASM__', document.baseURI).href;
  // index.html's start screen; absent in scripts/bench's minimal app, which boots the same.
  var start = document.getElementById('start');

  /** Shows the failure text with `reason` (Danish), unless the app has mounted. */
  function fail(reason) {
    if (!start || !start.isConnected) return;
    var text = document.getElementById('start-aarsag');
    if (text) text.textContent = reason;
    start.classList.add('failed');
  }

  var CORS = 'Beregnerens filer blev afvist, fordi serveren ikke sender headeren '
    + 'Access-Control-Allow-Origin: * (nødvendig, når beregneren vises i en iframe med sandbox '
    + 'uden allow-same-origin), eller fordi en Content-Security-Policy blokerer dem.';

  /** Why `url` could not be loaded as a script, found by asking for it again. */
  function whyNotLoaded(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        return 'Filen ' + url + ' blev ikke fundet på serveren (HTTP ' + response.status + ').';
      }
      var type = response.headers.get('content-type') || '';
      if (!/javascript|ecmascript/i.test(type)) {
        return 'Serveren sender ' + url + ' som »' + (type || 'ingen type')
          + '«; JavaScript-filer skal sendes som text/javascript.';
      }
      return 'Programfilen ' + url + ' kunne ikke startes i denne browser.';
    }, function () { return CORS; });
  }

  /** Why the wasm could not be instantiated, from the browser's error. */
  function whyNoWasm(error) {
    var message = String((error && error.message) || error);
    if (/wasm-unsafe-eval|Content Security Policy|CSP/i.test(message)) {
      return 'En Content-Security-Policy forbyder WebAssembly: script-src skal indeholde '
        + "'wasm-unsafe-eval'.";
    }
    if (/mime|content-type/i.test(message)) {
      return 'Serveren sender ' + WASM + ' med en forkert type; .wasm skal sendes som '
        + 'application/wasm.';
    }
    return 'WebAssembly-filen ' + WASM + ' kunne ikke startes (' + message + ').';
  }

  if (typeof WebAssembly !== 'object' || typeof fetch !== 'function') {
    fail('Denne browser kan ikke køre WebAssembly (eller det er slået fra). Brug en nyere '
      + 'Edge, Chrome, Firefox eller Safari.');
    return;
  }
  if (start) start.classList.add('booting');
  // A trap or panic after the module started (the app then never mounts).
  window.addEventListener('error', function (event) {
    fail('Beregneren stødte på en fejl under starten: ' + event.message);
  });
  import(JS).then(function (bindings) {
    return fetch(WASM).then(function (response) {
      if (!response.ok) {
        throw new Error('Filen ' + WASM + ' blev ikke fundet på serveren (HTTP '
          + response.status + ').');
      }
      return bindings.default({ module_or_path: response }).catch(function (error) {
        throw new Error(whyNoWasm(error));
      });
    }, function () { throw new Error(CORS); }).then(function (wasm) {
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: wasm } }));
    });
  }, function () {
    return whyNotLoaded(JS).then(function (reason) { throw new Error(reason); });
  }).catch(function (error) { fail(error.message); });
}());
