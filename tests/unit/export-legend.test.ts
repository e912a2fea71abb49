import { describe, expect, it } from 'vitest';
import { legendLines } from '@/features/export/export-image';

/** A fake measure: 10 px a character. */
const measure = (line: string) => line.length * 10;
const fitsIn = (px: number) => (line: string) => measure(line) <= px;

describe('the exported image’s legend labels', () => {
  it('stay on one line when they fit', () => {
    expect(legendLines('Undecided', fitsIn(300), measure)).toEqual(['Undecided']);
  });

  it('take two balanced lines when they do not (a long German label)', () => {
    const label = 'Truppen: unter Bedingungen oder berichtet';
    const lines = legendLines(label, fitsIn(300), measure);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe(label);
    // The longer line is as short as any split makes it.
    expect(Math.max(...lines.map(measure))).toBe(measure('Truppen: unter Bedingungen'));
  });

  it('keep a single long word whole (the fit shrinks it instead)', () => {
    expect(legendLines('Rückversicherungstruppe', fitsIn(100), measure)).toEqual([
      'Rückversicherungstruppe',
    ]);
  });
});
