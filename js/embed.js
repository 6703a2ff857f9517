// The embedded calculator's height for the intranet page around it (README, "Indlejring").
// Imported by src/platform/embed.rs through wasm-bindgen (a module file: script-src 'self').

/**
 * Posts `{ type: 'botilbudsberegneren:height', height }` (whole CSS pixels, the height of the
 * page's content) to the parent window now and whenever the height changes — only then, so
 * a parent that resizes the frame on each message cannot loop. The target is '*': a sandboxed
 * frame does not know its parent's origin, and the height is no secret.
 */
export function postHeight() {
  if (window.parent === window || typeof ResizeObserver !== 'function') return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'botilbudsberegneren:height', height }, '*');
  };
  new ResizeObserver(send).observe(document.body);
  send();
}
