// Trunk post-build hook: Trunk 0.21 writes an inline <script type="module"> that boots the
// wasm. A strict Content-Security-Policy (script-src 'self') forbids inline scripts, so we
// move it into a file next to index.html.
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
const re = /<script type="module"(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;
let count = 0;
html = html.replace(re, (_, body) => {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `boot-${hash}.js`;
  writeFileSync(join(dir, name), body);
  count += 1;
  return `<script type="module" src="./${name}"></script>`;
});
writeFileSync(indexPath, html);
console.log(`csp-hook: moved ${count} inline script(s) into files`);
