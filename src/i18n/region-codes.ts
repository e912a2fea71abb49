import codes from './region-codes.json';

const table: Readonly<Record<string, string>> = codes;

/** ISO alpha-2 for an alpha-3 code the map draws (scripts/build-region-codes.mjs), if ISO has one. */
export const alpha2 = (iso3: string): string | undefined => table[iso3];
