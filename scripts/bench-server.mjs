/**
 * A small static server for the benchmark, configured like a good static host: hashed files
 * under assets/ are immutable, everything else (index.html, sw.js, the manifest) is revalidated
 * with an ETag. Bodies are sent uncompressed unless `gzip` is set; every request is logged with the size it WOULD
 * have on the wire from a gzip-serving host (gzip -9 of text types, raw bytes for woff2/png,
 * 0 for a 304), so first-load bytes are deterministic and independent of server CPU.
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
/** Already-compressed formats: a host sends them as they are. */
const PRECOMPRESSED = new Set(['.woff2', '.woff', '.png']);

/**
 * Serves `dir` at http://127.0.0.1:<port>/ and records each request in `server.log`:
 * { at (epoch ms), path, status, bytes (raw body), wire (gzip estimate), referer, sw }.
 */
export async function serveStatic(dir, { gzip = false } = {}) {
  const files = new Map(); // path -> { body, etag, wire, type }
  const load = (path) => {
    if (files.has(path)) return files.get(path);
    const full = normalize(join(dir, path));
    if (!full.startsWith(normalize(dir) + sep)) return null;
    let st;
    try {
      st = statSync(full);
    } catch {
      return null;
    }
    if (!st.isFile()) return null;
    const body = readFileSync(full);
    const ext = extname(full);
    const entry = {
      body,
      ext,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`,
      gzipped: PRECOMPRESSED.has(ext) ? null : gzipSync(body, { level: 9 }),
    };
    entry.wire = entry.gzipped?.length ?? body.length;
    files.set(path, entry);
    return entry;
  };
  const log = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = load(path);
    const record = {
      at: Date.now(),
      path,
      status: 200,
      bytes: 0,
      wire: 0,
      referer: req.headers.referer ?? '',
      sw: req.headers['service-worker'] === 'script',
    };
    log.push(record);
    if (!file) {
      record.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers = {
      'content-type': file.type,
      etag: file.etag,
      'cache-control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    };
    if (req.headers['if-none-match'] === file.etag) {
      record.status = 304;
      res.writeHead(304, headers).end();
      return;
    }
    record.bytes = file.body.length;
    record.wire = file.wire;
    // Compressed on the wire only when asked (network-emulation runs); timings stay comparable.
    const zipped = gzip && file.gzipped && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = zipped ? file.gzipped : file.body;
    const encoding = zipped ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {};
    res.writeHead(200, { ...headers, ...encoding, 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
