// Trunk post-build hook, two rewrites of dist/index.html:
//
// 1. Trunk 0.21 writes an inline <script type="module"> that boots the wasm. A strict
//    Content-Security-Policy (script-src 'self') forbids inline scripts, so it is replaced by
//    a file: js/boot.js with Trunk's file names filled in. That file is a classic (deferred)
//    script, so it also runs in a sandboxed frame whose server sends no CORS headers and can
//    say why the app does not start there (index.html's #start).
// 2. Trunk puts `integrity` on the stylesheet and icon <link>s without `crossorigin`. In a
//    sandboxed iframe (opaque origin) every fetch is cross-origin, and a cross-origin SRI
//    check needs a CORS request: without `crossorigin` Chromium blocks the stylesheet and the
//    app is unstyled. We add crossorigin="anonymous" (what Trunk already puts on the
//    preloads), so SRI is kept and works wherever the server sends
//    Access-Control-Allow-Origin, which a sandboxed frame needs for the app's module anyway.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
const indexPath = join(dir, 'index.html');
const template = readFileSync(new URL('../js/boot.js', import.meta.url), 'utf8');
let html = readFileSync(indexPath, 'utf8');

const inline = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let scripts = 0;
html = html.replace(inline, (_, body) => {
  const js = body.match(/import init[^;]*?from '([^']+)'/)?.[1];
  const wasm = body.match(/module_or_path: '([^']+)'/)?.[1];
  if (!js || !wasm) throw new Error(`csp-hook: unexpected boot script from Trunk:\n${body}`);
  const boot = template.replace("'__APP_JS__'", `'${js}'`).replace("'__APP_WASM__'", `'${wasm}'`);
  const hash = createHash('sha256').update(boot).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), boot);
  scripts += 1;
  return `<script defer src="./${name}"></script>`;
});
if (scripts !== 1) throw new Error(`csp-hook: expected one inline boot script, found ${scripts}`);

let links = 0;
html = html.replace(/<link\b[^>]*>/g, (tag) => {
  if (!/\sintegrity=/.test(tag) || /\scrossorigin\b/.test(tag)) return tag;
  links += 1;
  return tag.replace(/^<link\b/, '<link crossorigin="anonymous"');
});
writeFileSync(indexPath, html);
console.log(`csp-hook: boot script into a file; crossorigin on ${links} SRI link(s)`);
