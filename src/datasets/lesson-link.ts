/**
 * A whole lesson in a link: its JSON compressed with the browser's own CompressionStream
 * (deflate-raw, no library) and written in base64url into the URL's fragment, which never
 * reaches a server, so the link works from any static copy of the app, offline included. Read
 * back, the payload goes through the same checks as an imported file (lesson-file.ts).
 */
import type { Lesson } from './lesson-schema';
import { MAX_LESSON_BYTES } from './lesson-file';
import { LessonError } from './lesson-check';
import { msg } from '../i18n/messages';

/** The fragment's key: `#lesson-data=…` (the map's `#map=` may follow after `&`). */
export const LESSON_LINK_KEY = 'lesson-data';
/**
 * The longest link offered. Browsers take far longer addresses, but links are pasted into
 * mail, chat and learning platforms, several of which cut addresses at a few thousand
 * characters; past this the app offers the file instead.
 */
export const MAX_LINK_CHARS = 8000;

/**
 * The bytes through a (de)compression stream, stopping past `limit`: a few hundred characters
 * of link can inflate to gigabytes, so nothing reads more than a lesson file may hold.
 */
async function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
) {
  const reader = new Response(bytes as BodyInit).body!.pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    size += r.value.length;
    if (size > limit) {
      void reader.cancel();
      throw new RangeError(`over ${limit} bytes`);
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

const toBase64Url = (bytes: Uint8Array) => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};
const fromBase64Url = (text: string) => {
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

/** The fragment for a lesson (without the `#`). */
export async function lessonFragment(lesson: Lesson): Promise<string> {
  if (typeof CompressionStream === 'undefined')
    throw new LessonError(
      msg('lesson.link.tooOldMake'),
      'This browser is too old to make lesson links: export the lesson as a file.',
    );
  const json = new TextEncoder().encode(JSON.stringify(lesson));
  return `${LESSON_LINK_KEY}=${toBase64Url(await pipe(json, new CompressionStream('deflate-raw')))}`;
}

/** The payload in a fragment, or null when it has none. */
export function lessonPayload(hash: string): string | null {
  const m = new RegExp(`(?:^#|&)${LESSON_LINK_KEY}=([A-Za-z0-9_-]*)`).exec(hash);
  return m ? m[1]! : null;
}

/**
 * The lesson file's text from a link's payload. Throws a sentence a teacher can act on when the
 * link was cut or changed (the JSON itself is checked afterwards, as any lesson file).
 */
export async function lessonTextFrom(payload: string): Promise<string> {
  if (typeof DecompressionStream === 'undefined')
    throw new LessonError(
      msg('lesson.link.tooOldOpen'),
      'This browser is too old to open lesson links: open the lesson’s file instead.',
    );
  try {
    const bytes = await pipe(
      fromBase64Url(payload),
      new DecompressionStream('deflate-raw'),
      MAX_LESSON_BYTES,
    );
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (e) {
    if (e instanceof RangeError)
      throw new LessonError(
        msg('lesson.link.tooBig', { max: MAX_LESSON_BYTES / 1000 }),
        `This lesson link holds more than a lesson file may (${MAX_LESSON_BYTES / 1000} KB): it was not opened.`,
      );
    throw new LessonError(
      msg('lesson.link.damaged'),
      'This lesson link is damaged or incomplete (it may have been cut when it was pasted). Ask for the lesson file instead.',
    );
  }
}
