/**
 * The interface's catalogues (issue 15): every language has every message, each parses as ICU
 * MessageFormat with the same placeholders and tags as the English, and each plural has the
 * forms its language needs (Ukrainian and Polish: one, few, many) for 0, 1, 2, 5 and 22.
 */
import { describe, expect, it } from 'vitest';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGS, intlLocale } from '@/i18n/langs';
import { CATALOGUES, intlFor } from '../support/say';

const english = CATALOGUES.en;
const ids = Object.keys(english) as (keyof typeof english)[];
const OTHERS = LANGS.filter((l) => l !== 'en');

/** Argument names, tag names and plural selectors, anywhere in a message. */
function shape(elements: MessageFormatElement[], out = new Set<string>(), plurals: Plural[] = []) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date)
      out.add(`arg:${e.value}`);
    if (e.type === TYPE.tag) {
      out.add(`tag:${e.value}`);
      shape(e.children, out, plurals);
    }
    if (e.type === TYPE.plural || e.type === TYPE.select) {
      // A plural is an argument too: a language may need a plural where English does not
      // ("{count} more" → "{count, plural, one {# autre} other {# autres}}").
      out.add(`${e.type === TYPE.plural ? 'arg' : 'select'}:${e.value}`);
      if (e.type === TYPE.plural) plurals.push({ arg: e.value, options: Object.keys(e.options) });
      for (const o of Object.values(e.options)) shape(o.value, out, plurals);
    }
  }
  return { names: out, plurals };
}
interface Plural {
  arg: string;
  options: string[];
}

type Value = number | string | ((chunks: string[]) => string);

/** A value for every argument of a message (the number n) and every tag (its text). */
function valuesFor(id: (typeof ids)[number], n: number) {
  const names = [...shape(parse(english[id])).names];
  return Object.fromEntries(
    names.flatMap((s): [string, Value][] => {
      const [kind, name] = s.split(':') as [string, string];
      if (kind === 'tag') return [[name, (chunks: string[]) => chunks.join('')]];
      return kind === 'select' ? [[name, 'other']] : [[name, n]];
    }),
  );
}

describe('the interface catalogues', () => {
  it.each(OTHERS)('%s has exactly the English messages, none empty', (lang) => {
    const c = CATALOGUES[lang];
    expect(Object.keys(c).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(c[id].trim(), id).not.toBe('');
  });

  it.each(LANGS)('%s: every message parses, with the English placeholders and tags', (lang) => {
    for (const id of ids) {
      const en = shape(parse(english[id])).names;
      let own: Set<string>;
      expect(() => (own = shape(parse(CATALOGUES[lang][id])).names), `${lang} ${id}`).not.toThrow();
      // The same placeholders and tags, but a country's name may give way to "this country"
      // where the language would need an article or a case the name cannot take ("la Suisse").
      const dropped = [...en].filter((n) => !own!.has(n) && n !== 'arg:name');
      const added = [...own!].filter((n) => !en.has(n));
      expect({ dropped, added }, `${lang} ${id}`).toEqual({ dropped: [], added: [] });
    }
  });

  it.each(LANGS)('%s: plurals have the forms 0, 1, 2, 5 and 22 need, and format', (lang) => {
    const rules = new Intl.PluralRules(intlLocale(lang));
    const intl = intlFor(lang);
    let checked = 0;
    for (const id of ids) {
      for (const p of shape(parse(CATALOGUES[lang][id])).plurals) {
        for (const n of [0, 1, 2, 5, 22]) {
          const form = rules.select(n);
          expect(
            p.options.includes(form) || p.options.includes(`=${n}`),
            `${lang} ${id}: no "${form}" form for ${n}`,
          ).toBe(true);
        }
        checked++;
      }
      for (const n of [0, 1, 2, 5, 22])
        expect(
          () => intl.formatMessage({ id }, valuesFor(id, n)),
          `${lang} ${id} ${n}`,
        ).not.toThrow();
    }
    // Every plural of the English is a plural in every language (none spelled out by hand).
    const englishPlurals = ids.reduce((k, id) => k + shape(parse(english[id])).plurals.length, 0);
    expect(checked).toBeGreaterThanOrEqual(englishPlurals);
  });

  it('says "1 country / 5 countries" the way each language counts', () => {
    const id = ids.find((k) => /\{count, plural,/.test(english[k]) && /countr/.test(english[k]));
    expect(id).toBeDefined();
    const say = (lang: (typeof LANGS)[number], n: number) =>
      intlFor(lang).formatMessage({ id: id! }, valuesFor(id!, n));
    expect(say('en', 1)).toMatch(/1 country/);
    expect(say('en', 5)).toMatch(/5 countries/);
    // Ukrainian and Polish use three forms for 1, 2 and 5.
    for (const lang of ['uk', 'pl'] as const) {
      const forms = [1, 2, 5].map((n) => say(lang, n).replace(/\d+/g, '#'));
      expect(new Set(forms).size, forms.join(' / ')).toBe(3);
    }
  });

  it('has no ASCII apostrophe in a message (ICU’s escape: it would swallow the text after it)', () => {
    for (const lang of LANGS)
      for (const id of ids) expect(CATALOGUES[lang][id], `${lang} ${id}`).not.toMatch(/'/);
  });
});
