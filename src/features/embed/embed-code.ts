/**
 * The "Copy embed code" snippet: a responsive <iframe> of a view or a lesson for a learning
 * platform or slides. Plain HTML with inline styles and no script, so a platform that strips
 * scripts keeps it; a box of the frame's aspect ratio (at least 320 px high: the embedded view
 * is made for 480×320 and up) and `loading="lazy"` so a long page does not load it early.
 */

import type { Lang } from '@/i18n/langs';

/**
 * The embedded view's address: this view with `embed=1`, without one window's own pairing, in
 * the language the teacher shares in (`lang`; null: the reader's browser chooses).
 */
export function embedUrl(href: string, lang: Lang | null = null): string {
  const url = new URL(href);
  url.searchParams.set('embed', '1');
  if (lang) url.searchParams.set('lang', lang);
  // The presenter window and the pairing of two windows belong to the teacher's own screen.
  url.searchParams.delete('presenter');
  url.searchParams.delete('pair');
  url.search = url.searchParams.toString().replace(/%2C/g, ',');
  return url.toString();
}

/**
 * The address that embeds a teacher's own lesson: it lives in their browser only, so the frame
 * carries the whole lesson in its fragment (`#lesson-data=`, lesson-link.ts), opened from step 1
 * like a lesson link, instead of naming an id no other browser has.
 */
export function ownLessonHref(href: string, fragment: string): string {
  const url = new URL(href);
  for (const k of ['lesson', 'step', 'reveal', 'edit']) url.searchParams.delete(k);
  url.hash = fragment;
  return url.toString();
}

const attr = (v: string) =>
  v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EMBED_ASPECT = '16 / 10';

/** The snippet; `title` is the frame's accessible name, in the language it embeds. */
export function embedSnippet(href: string, title: string, lang: Lang | null = null): string {
  return [
    `<div style="position:relative;width:100%;max-width:1280px;aspect-ratio:${EMBED_ASPECT};min-height:320px">`,
    `<iframe src="${attr(embedUrl(href, lang))}" title="${attr(title)}" loading="lazy"`,
    ` referrerpolicy="no-referrer" allow="fullscreen" allowfullscreen`,
    ` style="position:absolute;inset:0;width:100%;height:100%;border:0"></iframe>`,
    `</div>`,
  ].join('');
}
