/**
 * What keeps a draft from being presented, by field: the same schema and reference checks as an
 * imported file (lesson-file.ts: a teacher's words are theirs, `typedFacts: false`), keyed so
 * each message can sit next to its field (`title`, `steps.2.notes`, `steps`). Pure.
 */
import { Lesson } from '@/datasets/lesson-schema';
import { checkLesson, type LessonContext } from '@/datasets/lesson-check';

export type Problems = ReadonlyMap<string, string>;

/** `steps[step-3].show[0]` (checkLesson's) → `steps.2.show` (the field's key). */
function fieldOf(where: string, lesson: Lesson): string {
  const m = /^steps\[([^\]]+)\]\.(\w+)/.exec(where);
  if (!m) return 'lesson';
  const at = lesson.steps.findIndex((s) => s.id === m[1]);
  return at < 0 ? 'lesson' : `steps.${at}.${m[2]}`;
}

export function draftProblems(draft: Lesson, ctx: LessonContext): Problems {
  const found = new Map<string, string>();
  const add = (key: string, message: string) => {
    if (!found.has(key)) found.set(key, message);
  };
  const parsed = Lesson.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // A question's key names the question: `steps.1.questions.0`.
      const key = issue.path.length ? issue.path.join('.') : 'lesson';
      add(key, / received undefined$/.test(issue.message) ? 'is missing' : issue.message);
    }
    return found;
  }
  for (const p of checkLesson(parsed.data, ctx, 'lesson', { typedFacts: false }))
    add(fieldOf(p.where, parsed.data), p.message);
  return found;
}

/** The problems as sentences, for the list shown when "Preview" cannot start yet. */
export function problemSentences(problems: Problems, draft: Lesson): string[] {
  return [...problems].map(([key, message]) => {
    const m = /^steps\.(\d+)\.(\w+)/.exec(key);
    if (m) return `Step ${Number(m[1]) + 1}, ${FIELD_NAMES[m[2]!] ?? m[2]}: ${message}`;
    if (key === 'steps') return `The lesson ${message} (it has ${draft.steps.length}).`;
    return `${key === 'title' ? 'Lesson title' : key === 'description' ? 'Description' : 'The lesson'}: ${message}`;
  });
}

const FIELD_NAMES: Record<string, string> = {
  title: 'title',
  caption: 'caption',
  notes: 'presenter notes',
  questions: 'questions',
  show: 'data',
};
