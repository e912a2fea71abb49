/**
 * Rules about people and their words: quotes are verbatim in a source that is not flagged,
 * dated the day they were said, in the language they were printed with what was spoken;
 * speakers are named in full; leaders carry their tenure.
 */
import type { Country, Quote } from './schemas';
import type { Check } from './integrity-check';
import { fullName } from './integrity-rules';

/** Words wrapped whole in quotation marks (of any language's style). */
const QUOTED = /^[«“"„‘][\s\S]*[»”"“’]$/;

export function createQuoteCheck(check: Check) {
  const { add, refs, sourceById, dated } = check;
  const quoteIds = new Set<string>();
  const quote = (file: string, where: string, q: Quote, languages?: readonly string[]) => {
    if (quoteIds.has(q.id)) add(file, `${where}.id`, `duplicate quote id "${q.id}"`);
    quoteIds.add(q.id);
    refs(file, `${where}.sources`, q.sources);
    if (!fullName(q.speaker))
      add(file, `${where}.speaker`, `"${q.speaker}" is not a full name (first and last name)`);
    for (const id of q.verbatimIn) {
      if (!q.sources.includes(id))
        add(file, `${where}.verbatimIn`, `"${id}" is not among the quote's sources`);
      const d = sourceById.get(id)?.date;
      // The words were said before any page printed them: a quote dated after its source is
      // dated by the report, not by the day it was said.
      if (d && d < q.date.slice(0, d.length))
        add(file, `${where}.date`, `${q.date} is after ${id} (${d}) printed the words`);
    }
    if (q.verbatimIn.every((id) => sourceById.has(id)) && !check.strong(q.verbatimIn))
      add(file, `${where}.verbatimIn`, 'no source that is not flagged prints these exact words');
    if (q.original) {
      refs(file, `${where}.original.verbatimIn`, q.original.verbatimIn);
      if (q.original.lang !== q.spokenIn)
        add(file, `${where}.original.lang`, 'must equal spokenIn: the original is what was said');
    }
    if (languages && !q.spokenIn && !languages.includes(q.lang))
      add(
        file,
        `${where}.spokenIn`,
        `is missing: the text is in "${q.lang}" but the government speaks ${languages.map((l) => `"${l}"`).join(', ')}`,
      );
    dated(file, `${where}.date`, q.date);
    // The words only: every view adds its own marks, so marks in the data printed twice
    // (““…”” in the handout's France and Belgium rows, issue 12, point 11).
    for (const [key, text] of [
      ['text', q.text],
      ['translation.text', q.translation?.text],
      ['original.text', q.original?.text],
    ] as const)
      if (text && QUOTED.test(text))
        add(file, `${where}.${key}`, 'is wrapped in quotation marks: store the words only');
    if (q.lang === 'en' && q.translation)
      add(file, `${where}.translation`, 'an English quote needs no English translation');
    if (q.spokenIn && q.spokenIn === q.lang)
      add(file, `${where}.spokenIn`, 'equals lang: set spokenIn only for a published translation');
  };
  return { quote, quoteIds };
}

export function checkLeaders(check: Check, f: string, c: Country) {
  const { add, refs, dated } = check;
  c.leaders.forEach((l, i) => {
    refs(f, `${c.iso3}/leaders[${i}].sources`, l.sources);
    dated(f, `${c.iso3}/leaders[${i}].from`, l.from);
    dated(f, `${c.iso3}/leaders[${i}].until`, l.until);
  });
  c.leaders.forEach((l, i) => {
    if (l.from && l.until && l.from > l.until)
      add(f, `${c.iso3}/leaders[${i}].until`, `ends (${l.until}) before it starts (${l.from})`);
    if (!fullName(l.name)) add(f, `${c.iso3}/leaders[${i}].name`, `"${l.name}" is not a full name`);
    // Successive holders of one office carry the handover: the earlier an `until`, the
    // later a `from`, so the panel can show who held office on the chosen date.
    c.leaders.forEach((m, j) => {
      if (j <= i || m.role !== l.role) return;
      const [a, b] = (l.from ?? '') <= (m.from ?? '') ? [l, m] : [m, l];
      const [ai, bi] = a === l ? [i, j] : [j, i];
      if (!a.until)
        add(f, `${c.iso3}/leaders[${ai}].until`, `is missing: ${b.name} later held "${l.role}"`);
      if (!b.from)
        add(f, `${c.iso3}/leaders[${bi}].from`, `is missing: ${a.name} held "${l.role}" before`);
      if (a.until && b.from && b.from < a.until)
        add(f, `${c.iso3}/leaders[${bi}].from`, `overlaps ${a.name}'s tenure`);
    });
  });
}

/** Leaders carry tenure: a leader quoted in their role must hold it on the day. */
export function checkQuotedInOffice(check: Check, f: string, c: Country) {
  const { add } = check;
  c.quotes.forEach((q) => {
    const l = c.leaders.find((x) => x.name === q.speaker);
    if (!l) return;
    const day = q.date;
    if ((l.from && l.from.slice(0, day.length) > day) || (l.until && day > l.until))
      add(f, `${c.iso3}/quotes[${q.id}].date`, `${q.speaker} did not hold office on ${day}`);
  });
}
