/**
 * Each view in each language shows no English outside quotes and proper names (issue 15). Two
 * lists of English are checked against what a reader of French, German, Ukrainian or Polish
 * sees (text, accessible names, titles, placeholders): the English catalogue's words, and every
 * text the same view shows an English reader — which also catches a string never put in a
 * catalogue. Text inside an element marked with another language (a quote as spoken, English
 * marked "EN", the switcher's language names) is the exception it declares itself to be.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { loadCatalogue } from '@/i18n/catalogues';
import { LANGS, type Lang } from '@/i18n/langs';
import { renderApp } from '../support/render-app';
import { CATALOGUES } from '../support/say';
import { realCountries, realSources } from '../support/fixtures';

afterEach(cleanup);

const VIEWS = [
  { name: 'map and France’s panel', query: 'country=FRA' },
  { name: 'table', query: 'view=table' },
  { name: 'About', query: 'view=about' },
  { name: 'My lessons', query: 'view=lessons' },
  { name: 'lesson stage', query: 'lesson=paris-2025&step=2' },
  { name: 'presenter window', query: 'lesson=paris-2025&step=2&presenter=1' },
];

/** Words that are the same in every language: names of people, places, outlets, sources. */
const NAMES = new Set<string>([
  ...realCountries.countries.flatMap((c) => [
    c.name,
    ...c.leaders.map((l) => l.name),
    ...c.quotes.map((q) => q.speaker),
  ]),
  ...realSources.sources.flatMap((s) => [
    s.publisher,
    s.title,
    ...(s.agency ? [s.agency, `(${s.agency})`] : []),
  ]),
  CATALOGUES.en['app.name'],
]);

/**
 * The record's and the lesson's words in `lang` as the translators wrote them: where they kept
 * the English (a technical value such as `date: null`, a name, an old quote the log cites
 * verbatim), it is their translation, not English left over.
 */
function translated(lang: Lang): string[] {
  const files = [`data/i18n/${lang}/record.json`, `data/i18n/${lang}/lessons/paris-2025.json`];
  return files.flatMap((f) =>
    Object.values(
      (JSON.parse(readFileSync(f, 'utf8')) as { blocks: Record<string, { text: string }> }).blocks,
    ).map((b) => b.text),
  );
}

/** What a reader of `lang` sees, outside elements that declare another language. */
function shown(lang: Lang): string[] {
  const out: string[] = [];
  const foreign = (el: Element | null) => {
    const tagged = el?.closest('[lang]');
    return !!tagged && tagged !== document.documentElement && tagged.getAttribute('lang') !== lang;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || foreign(el) || el.closest('script, style, [hidden], [aria-hidden=true]')) continue;
    const text = n.textContent?.replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
    if (foreign(el)) continue;
    for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
      const v = el.getAttribute(a)?.trim();
      if (v) out.push(v);
    }
  }
  return out;
}

/** Text that reads as words (two or more, with letters), not a name, number or code. */
const BY_LENGTH = [...NAMES].filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
const wordy = (s: string) => {
  // A credit line is names only ("Voz (AFP); Dawn (AFP)"): take the names out, see what is left.
  let rest = s;
  for (const n of BY_LENGTH) if (rest.includes(n)) rest = rest.split(n).join(' ');
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length >= 2;
};

/** The catalogue's English, split at its placeholders: fragments a translation would not keep. */
function englishFragments(lang: Lang): string[] {
  const target = CATALOGUES[lang];
  return (Object.keys(CATALOGUES.en) as (keyof typeof target)[]).flatMap((id) =>
    CATALOGUES.en[id]
      .split(/\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}|<\/?\w+>/)
      .map((f) => f.trim())
      .filter((f) => f.length >= 12 && wordy(f) && !target[id].includes(f)),
  );
}

async function render(query: string, lang: Lang) {
  await loadCatalogue(lang);
  renderApp(`/?${lang === 'en' ? '' : `lang=${lang}&`}${query}`);
  // The data, the record's translation and the view have arrived when the view's own landmark
  // or heading is there and nothing is loading.
  await waitFor(() => expect(screen.queryByRole('status', { busy: true })).toBeNull());
  await waitFor(() => expect(document.querySelectorAll('h1, h2').length).toBeGreaterThan(0), {
    timeout: 8000,
  });
  await new Promise((r) => setTimeout(r, 300));
  return shown(lang);
}

describe.each(LANGS.filter((l) => l !== 'en'))('in %s', (lang) => {
  it.each(VIEWS)(
    'the $name shows no English outside quotes and names',
    async ({ query }) => {
      const english = new Set((await render(query, 'en')).filter(wordy));
      cleanup();
      const seen = await render(query, lang);
      expect(document.documentElement.lang).toBe(lang);
      const own = translated(lang);
      const leftover = [
        ...new Set(seen.filter((s) => english.has(s) && !own.some((t) => t.includes(s)))),
      ];
      const fragments = englishFragments(lang);
      const fromCatalogue = seen.filter((s) => fragments.some((f) => s.includes(f)));
      expect({ leftover, fromCatalogue }).toEqual({ leftover: [], fromCatalogue: [] });
    },
    30_000,
  );
});
