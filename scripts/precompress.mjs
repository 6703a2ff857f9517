// Trunk post-build hook, after csp-hook.mjs (Trunk.toml runs them in that order, in one
// command): writes `NAME.br` (brotli, quality 11) and `NAME.gz` (gzip, level 9) next to every
// file of the build, so a web server can send them as they are (nginx `gzip_static` /
// `brotli_static`, Apache `MultiViews`, Caddy `precompressed`) instead of compressing on every
// request or not at all. scripts/bench sums these files as the transfer size.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
  .map((e) => join(e.parentPath ?? e.path, e.name));
for (const file of files) {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
  writeFileSync(`${file}.gz`, gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION }));
}
console.log(`precompress: wrote .br and .gz next to ${files.length} file(s)`);
