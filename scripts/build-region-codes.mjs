/**
 * Writes src/i18n/region-codes.json: ISO 3166-1 alpha-3 → alpha-2 for every country the map
 * draws, so the platform (Intl.DisplayNames) can name it in the reader's language. From Debian's
 * `iso-codes` package (/usr/share/iso-codes/json/iso_3166-1.json); Natural Earth's own codes for
 * places ISO does not list are kept out (they keep their English name), but Kosovo, which ICU
 * names as XK. Run: `node scripts/build-region-codes.mjs` (needs `apt install iso-codes`).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const iso = JSON.parse(readFileSync('/usr/share/iso-codes/json/iso_3166-1.json', 'utf8'))['3166-1'];
const byA3 = new Map(iso.map((c) => [c.alpha_3, c.alpha_2]));
byA3.set('XKX', 'XK');
const topo = JSON.parse(readFileSync('data/boundaries.topo.json', 'utf8'));
const codes = Object.values(topo.objects)
  .flatMap((o) => o.geometries ?? [])
  .map((g) => g.properties?.iso3)
  .filter((a3) => a3 && byA3.has(a3));
const out = Object.fromEntries([...new Set(codes)].sort().map((a3) => [a3, byA3.get(a3)]));
writeFileSync('src/i18n/region-codes.json', `${JSON.stringify(out)}\n`);
console.log(`region-codes: ${Object.keys(out).length} countries`);
