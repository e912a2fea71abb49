/**
 * The words for the data's values as message ids (issue 15): the English-only tables kept for
 * code not yet converted say exactly what the English catalogue says, and the message values
 * that replace them read right in another language.
 */
import { describe, expect, it } from 'vitest';
import { say } from '../support/say';
import { realSources } from '../support/fixtures';
import { en } from '@/i18n/en';
import { formatterFor } from '@/i18n/format';
import { msg } from '@/i18n/messages';
import {
  CONFIDENCE_LABEL,
  CONFIDENCE_SHORT,
  FLAG_LABEL,
  confidenceLabelId,
  confidenceShortId,
  flagLabelId,
  publisherCredit,
  publishers,
  spokenNote,
  spokenNoteMsg,
} from '@/datasets/vocabulary';
import { COMMITMENT_TYPE_IDS, Confidence, SourceFlag } from '@/datasets/schemas';
import { PALETTE, typeLabel, typeLabelId, typeOrNoneLabelId } from '@/theme/palette';

const sources = new Map(realSources.sources.map((s) => [s.id, s]));

describe('the old English tables and the catalogue agree', () => {
  it('types, confidence levels and flags', () => {
    for (const t of COMMITMENT_TYPE_IDS) expect(en[typeLabelId(t)]).toBe(PALETTE[t].label);
    expect(en[typeOrNoneLabelId(null)]).toBe(typeLabel(null));
    for (const c of Confidence.options) {
      expect(en[confidenceLabelId(c)]).toBe(CONFIDENCE_LABEL[c]);
      expect(en[confidenceShortId(c)]).toBe(CONFIDENCE_SHORT[c]);
    }
    for (const f of SourceFlag.options) expect(en[flagLabelId(f)]).toBe(FLAG_LABEL[f]);
  });

  it('the spoken-language note and the publishers’ credit', () => {
    const f = formatterFor('en');
    expect(say(spokenNoteMsg(f, 'en', 'fr'))).toBe(spokenNote('en', 'fr'));
    expect(say(spokenNoteMsg(f, 'en', 'und'))).toBe(spokenNote('en', 'und'));
    const ids = [...sources.keys()].slice(0, 5);
    expect(say(publisherCredit(ids, sources))).toBe(publishers(ids, sources));
    expect(say(publisherCredit(ids.slice(0, 1), sources))).toBe(
      publishers(ids.slice(0, 1), sources),
    );
  });
});

describe('in other languages', () => {
  it('names the languages in the reader’s language', () => {
    expect(say(spokenNoteMsg(formatterFor('de'), 'en', 'fr'), 'de')).toBe(
      'So auf Englisch veröffentlicht; gesprochen auf Französisch.',
    );
  });

  it('counts the publishers left out', () => {
    const ids = [...sources.keys()].slice(0, 5);
    const credit = publisherCredit(ids, sources);
    expect(credit).toMatchObject({ id: 'record.andMore' });
    expect(say(credit, 'uk')).toMatch(/ та ще \d+$/);
    expect(say(msg('record.andMore', { names: 'AFP', count: 1 }), 'fr')).toBe('AFP et 1 autre');
    expect(say(msg('record.andMore', { names: 'AFP', count: 3 }), 'fr')).toBe('AFP et 3 autres');
  });
});
