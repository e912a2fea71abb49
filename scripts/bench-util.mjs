/** Statistics, formatting, network and heap helpers of the benchmark. */
// ---------------------------------------------------------------------------------- helpers
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};
export const median = (xs) => quantile(xs, 0.5);
export const stats = (xs) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
  n: xs.length,
});
export const mulberry32 = (seed) => () => {
  let t = (seed += 0x6d2b79f5);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
export const KB = (b) => `${(b / 1024).toFixed(1)} KB`;
export const MS = (v) => (Number.isFinite(v) ? `${Math.round(v)} ms` : '—');
export const MB = (b) => `${(b / 1024 / 1024).toFixed(2)} MB`;

export const category = (path) => {
  if (/\.mjs$/.test(path)) return 'worker';
  if (/\.js$/.test(path)) return 'js';
  if (/\.css$/.test(path)) return 'css';
  if (/\.(json|geojson)$/.test(path)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  return 'other';
};
export const CATEGORIES = ['js', 'worker', 'css', 'data', 'fonts', 'other'];
export const byService = (r) =>
  r.sw || /\/(sw|workbox-[^/]*)\.js$/.test(r.path) || /\/(sw|workbox-[^/]*)\.js$/.test(r.referer);

/** Waits until the server has seen no request for `quietMs` (at most `maxMs`). */
export async function networkQuiet(log, quietMs = 1000, maxMs = 20_000) {
  const start = Date.now();
  let seen = log.length;
  let since = Date.now();
  while (Date.now() - start < maxMs) {
    await sleep(100);
    if (log.length !== seen) {
      seen = log.length;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) return;
  }
}

export async function heapUsed(cdp) {
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Heap snapshot, summed by kind: V8's compiled code (bytecode and machine code, made on first
 * use and as functions get hot) against everything else, to tell warm-up from a leak.
 */
export async function heapByKind(cdp) {
  const chunks = [];
  const onChunk = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const [type, size] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const out = { code: 0, other: 0 };
  for (let i = 0; i < nodes.length; i += fields.length)
    out[types[nodes[i + type]] === 'code' ? 'code' : 'other'] += nodes[i + size];
  return out;
}

export function watchErrors(page, errors, label) {
  page.on('console', (m) => m.type() === 'error' && errors.push(`${label}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${label}: ${e.message}`));
}
