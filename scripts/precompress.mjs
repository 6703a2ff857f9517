// Trunk post-build hook, after csp-hook.mjs (Trunk.toml runs them in that order, in one
// command): writes `NAME.br` (brotli, quality 11) and `NAME.gz` next to every file of the
// build, so a web server can send them as they are (nginx `gzip_static` / `brotli_static`,
// Apache `MultiViews`, IIS static compression, Caddy `precompressed`) instead of compressing
// on every request or not at all. scripts/bench sums these files as the transfer size.
//
// The .gz files of a release build are made by zopfli (npm @gfx/zopfli): ordinary gzip that
// every browser and server reads, 4–6 % smaller than zlib's level 9 (the wasm: 351.671 against
// 372.256 bytes, README "Ydelse"), for about 5 s of build time. Servers without brotli (IIS
// and Apache by default) send these. A debug build (`trunk serve`) uses zlib level 9, so a
// rebuild on every save stays quick.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import zopfli from '@gfx/zopfli';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set (run as a Trunk hook)');
const release = process.env.TRUNK_PROFILE === 'release';
const zopfliGzip = promisify(zopfli.gzip);
const gzip = release
  ? (bytes) => zopfliGzip(bytes, { numiterations: 15 })
  : async (bytes) => gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && !/\.(br|gz)$/.test(e.name))
  .map((e) => join(e.parentPath ?? e.path, e.name));
await Promise.all(files.map(async (file) => {
  const bytes = readFileSync(file);
  writeFileSync(`${file}.br`, brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }));
  writeFileSync(`${file}.gz`, await gzip(bytes));
}));
console.log(`precompress: wrote .br and .gz (${release ? 'zopfli' : 'zlib 9'}) next to ${files.length} file(s)`);
