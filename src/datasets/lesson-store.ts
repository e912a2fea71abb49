/**
 * "My lessons": the lessons a teacher brought in (a file, a link) or made, kept in this browser
 * with IndexedDB (through `idb`, a ~1 KB promise wrapper), so they survive reloads and work
 * offline, with no account and no server. Each is stored as read by lesson-file.ts, under an id
 * that cannot be taken for a built-in lesson's.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Lesson } from './lesson-schema';
import { msg, type Msg } from '../i18n/messages';

export interface StoredLesson {
  id: string;
  lesson: Lesson;
  /** ISO time of the last save: "My lessons" lists the newest first. */
  savedAt: string;
}

interface LessonDb extends DBSchema {
  lessons: { key: string; value: StoredLesson };
}

/** Teachers' lesson ids start with this: `?lesson=my-…` never names a built-in lesson. */
export const MY_PREFIX = 'my-';
export const isMyLesson = (id: string) => id.startsWith(MY_PREFIX);

let db: Promise<IDBPDatabase<LessonDb>> | null = null;
const open = () =>
  (db ??= openDB<LessonDb>('coalition-map', 1, {
    upgrade(d) {
      d.createObjectStore('lessons', { keyPath: 'id' });
    },
  }));

/**
 * Why a save failed, in words a teacher can act on (a full or blocked browser storage);
 * `thisVisit`: the lesson is shown all the same, for this visit only.
 */
export function storageProblemMsg(e: unknown, { thisVisit = false } = {}): Msg {
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError')
    return msg(thisVisit ? 'lesson.storage.fullThisVisit' : 'lesson.storage.full');
  return msg(thisVisit ? 'lesson.storage.refusedThisVisit' : 'lesson.storage.refused', {
    detail: e instanceof Error ? e.message : String(e),
  });
}

export async function listMyLessons(): Promise<StoredLesson[]> {
  const all = await (await open()).getAll('lessons');
  return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export async function getMyLesson(id: string): Promise<StoredLesson | undefined> {
  return (await open()).get('lessons', id);
}

/**
 * Keeps a lesson under a `my-` id: its own when it is already one of mine (a save over it),
 * else a new one made from its id, numbered if taken. Returns the id kept under.
 */
export async function saveMyLesson(lesson: Lesson, now = new Date()): Promise<string> {
  const d = await open();
  let id = isMyLesson(lesson.id) ? lesson.id : `${MY_PREFIX}${lesson.id}`.slice(0, 56);
  if (!isMyLesson(lesson.id))
    for (let n = 2; await d.getKey('lessons', id); n++)
      id = `${MY_PREFIX}${lesson.id}`.slice(0, 52) + `-${n}`;
  await d.put('lessons', { id, lesson: { ...lesson, id }, savedAt: now.toISOString() });
  return id;
}

export async function deleteMyLesson(id: string): Promise<void> {
  await (await open()).delete('lessons', id);
}
