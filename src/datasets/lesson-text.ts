/**
 * A lesson's own words in the class's language (issue 15): the built-in lessons' titles,
 * captions, notes, questions and event titles as blocks under stable keys (by step id, so a
 * step moved keeps its translation), translated in data/i18n/<lang>/lessons/<id>.json with the
 * same file format and staleness check as the record (record-translations.ts).
 */
import type { Lesson } from './lesson-schema';
import type { RecordBlock } from './record-text';
import { translatedBlock, type RecordTranslationFile } from './record-translations';
import { noteOrigin } from './record-origin';
import { remembered } from './localise-dataset';

const block = <T extends object>(key: string, holder: T, field: keyof T & (string | number)) =>
  ({
    key,
    english: holder[field] as string,
    from: holder[field] as string,
    fromLang: 'en',
    at: { holder, field },
  }) satisfies RecordBlock;

export function lessonBlocks(lesson: Lesson): RecordBlock[] {
  return [
    block('title', lesson, 'title'),
    block('description', lesson, 'description'),
    ...lesson.steps.flatMap((s) => {
      const at = `steps.${s.id}`;
      return [
        block(`${at}.title`, s, 'title'),
        ...(s.caption ? [block(`${at}.caption`, s, 'caption')] : []),
        ...(s.revealedCaption ? [block(`${at}.revealedCaption`, s, 'revealedCaption')] : []),
        block(`${at}.notes`, s, 'notes'),
        ...(s.questions ?? []).map((_, i) => block(`${at}.questions.${i}`, s.questions!, i)),
        ...s.show.flatMap((b, i) =>
          b.kind === 'event' ? [block(`${at}.show.${i}.title`, b, 'title')] : [],
        ),
      ];
    }),
  ];
}

/** The lesson in `lang`: current blocks translated, the rest English and noted for marking. */
export function localiseLesson(
  lesson: Lesson,
  lang: string,
  file: RecordTranslationFile | null | undefined,
): Lesson {
  if (lang === 'en' || !file) return lesson;
  return remembered(lesson, lang, file, () => {
    const copy = structuredClone(lesson);
    for (const b of lessonBlocks(copy)) {
      const { text, status } = translatedBlock(b, file);
      (b.at.holder as Record<string | number, unknown>)[b.at.field] = text;
      noteOrigin(b.at.holder, b.at.field, { english: b.english, status, key: b.key });
    }
    return copy;
  });
}
