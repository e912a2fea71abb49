import { describe, expect, it } from 'vitest';
import { changesBetween, compareAsOf } from '@/datasets/changes';
import { dateOptions, optionOf } from '@/datasets/date-options';
import { snapshotDates, typeAt } from '@/datasets/dataset';
import type { Country } from '@/datasets/schemas';
import { realCoalition, realCountries } from '../support/fixtures';

const countries = realCountries.countries as Country[];
const summit = realCoalition.summit.date;

describe('changesBetween', () => {
  it('lists exactly the countries whose type differs, earlier type first, in either order', () => {
    const changes = changesBetween(countries, summit, null);
    const expected = countries.filter((c) => (typeAt(c, summit) ?? null) !== typeAt(c, null));
    expect(changes.map((c) => c.iso3)).toEqual(expected.map((c) => c.iso3));
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) {
      const country = countries.find((x) => x.iso3 === c.iso3)!;
      expect(c.from).toBe(typeAt(country, summit) ?? null);
      expect(c.to).toBe(typeAt(country, null));
    }
    expect(changesBetween(countries, null, summit)).toEqual(changes);
  });

  it('counts a first position as a change from "no position recorded"', () => {
    const entered = countries.filter((c) => c.positions[0]!.asOf > summit);
    expect(entered.length).toBeGreaterThan(0);
    const changes = changesBetween(countries, summit, null);
    for (const c of entered)
      expect(changes.find((x) => x.iso3 === c.iso3)).toMatchObject({ from: null });
  });

  it('finds nothing between a date and itself', () => {
    expect(changesBetween(countries, summit, summit)).toEqual([]);
    expect(changesBetween(countries, null, null)).toEqual([]);
  });

  it('orders the latest known after every day', () => {
    expect(compareAsOf('2025-01-01', null)).toBeLessThan(0);
    expect(compareAsOf(null, '2099-01-01')).toBeGreaterThan(0);
    expect(compareAsOf('2025-01-02', '2025-01-01')).toBeGreaterThan(0);
  });
});

describe('dateOptions', () => {
  const timeline = realCoalition.timeline;
  const options = dateOptions(countries, timeline, summit);
  const days = snapshotDates(countries).filter((d) => d >= summit);

  it('covers every snapshot day exactly once, each option showing its last day', () => {
    for (const d of days)
      expect(options.filter((o) => o.first <= d && d <= o.last)).toHaveLength(1);
    for (const o of options) expect(o.value).toBe(o.last);
    expect(options.length).toBeLessThan(days.length); // some days were merged into their event
  });

  it('names each option by the event on its first day, a key event first', () => {
    for (const o of options) {
      const on = timeline.filter((e) => e.date === o.first);
      expect(o.event).toBe((on.find((e) => e.key) ?? on[0])?.title);
    }
  });

  it('merges only consecutive days after an event, never across a key event', () => {
    for (const o of options.filter((x) => x.first !== x.last)) {
      expect(o.event).toBeDefined();
      const inside = days.filter((d) => d > o.first && d <= o.last);
      for (const d of inside) expect(timeline.some((e) => e.date === d && e.key)).toBe(false);
      const all = [o.first, ...inside];
      for (let i = 1; i < all.length; i++)
        expect(Date.parse(all[i]!) - Date.parse(all[i - 1]!)).toBe(86_400_000);
    }
  });

  it('joins following days to an event, a day with a key event or after a gap opens its own', () => {
    const c = (iso3: string, asOf: string[]) =>
      ({
        iso3,
        name: iso3,
        positions: asOf.map((d) => ({ asOf: d, type: 'troops' })),
      }) as unknown as Country;
    const fixture = [
      c('AAA', ['2025-01-01', '2025-01-03', '2025-01-06']),
      c('BBB', ['2025-01-02', '2025-01-04', '2025-01-07']),
      c('CCC', ['2025-01-08']),
    ];
    const event = (date: string, title: string, key = false) =>
      ({ date, title, key, summary: '', sources: [] }) as unknown as (typeof timeline)[number];
    const events = [
      event('2025-01-01', 'Summit', true),
      event('2025-01-04', 'Reactions'),
      event('2025-01-08', 'Second summit', true),
    ];
    expect(dateOptions(fixture, events, '2025-01-01')).toEqual([
      { value: '2025-01-04', first: '2025-01-01', last: '2025-01-04', event: 'Summit' },
      { value: '2025-01-06', first: '2025-01-06', last: '2025-01-06' },
      // No event on the 6th: the 7th is not known to belong to anything, so it stays apart.
      { value: '2025-01-07', first: '2025-01-07', last: '2025-01-07' },
      { value: '2025-01-08', first: '2025-01-08', last: '2025-01-08', event: 'Second summit' },
    ]);
    expect(dateOptions(fixture, events, '2025-01-05')[0]!.first).toBe('2025-01-06');
  });
});

describe('optionOf', () => {
  it('finds the option a day falls in', () => {
    const opts = [{ value: '2025-01-03', first: '2025-01-01', last: '2025-01-03' }];
    expect(optionOf(opts, '2025-01-02')).toBe(opts[0]);
    expect(optionOf(opts, '2025-01-04')).toBeUndefined();
  });
});
