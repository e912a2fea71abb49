/**
 * Issue 16, embed: the "Copy embed code" snippet is a responsive <iframe> of the view (or the
 * lesson step) on screen with `embed=1`: an aspect-ratio box, a title, lazy loading, no script,
 * and attribute values escaped.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { embedSnippet, embedUrl, ownLessonHref } from '@/features/embed/embed-code';
import { lessonFragment, lessonPayload, lessonTextFrom } from '@/datasets/lesson-link';
import { Lesson } from '@/datasets/lesson-schema';

const parse = (html: string) => {
  // No DOM in the node layer: the snippet's shape is checked with patterns.
  const iframe = /<iframe ([^>]*)><\/iframe>/.exec(html)?.[1] ?? '';
  const attr = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(iframe)?.[1];
  return { iframe, attr };
};

describe('the embed code', () => {
  it('frames this view with embed=1, keeping its country, filter, date and camera', () => {
    expect(embedUrl('https://example.org/map/?country=FRA&types=troops,outside#map=4/50/15')).toBe(
      'https://example.org/map/?country=FRA&types=troops,outside&embed=1#map=4/50/15',
    );
  });

  it('frames a lesson step, without the presenter window or a pairing of windows', () => {
    expect(
      embedUrl('https://example.org/?lesson=paris-2025&step=2&presenter=1&pair=abc123def&embed=1'),
    ).toBe('https://example.org/?lesson=paris-2025&step=2&embed=1');
  });

  it('opens in the language the teacher shares in, replacing one the address had', () => {
    expect(embedUrl('https://example.org/?country=FRA', 'de')).toBe(
      'https://example.org/?country=FRA&embed=1&lang=de',
    );
    expect(embedUrl('https://example.org/?lang=fr&country=FRA', 'uk')).toBe(
      'https://example.org/?lang=uk&country=FRA&embed=1',
    );
    expect(embedUrl('https://example.org/?country=FRA', null)).not.toContain('lang=');
  });

  it('is a responsive iframe: aspect-ratio box, title, lazy, no script', () => {
    const html = embedSnippet('https://example.org/?lesson=paris-2025&step=2', 'A "lesson" <b>');
    const { attr } = parse(html);
    expect(html).toMatch(/^<div style="[^"]*aspect-ratio:16 \/ 10[^"]*">/);
    expect(html).toMatch(/<\/div>$/);
    expect(attr('src')).toBe('https://example.org/?lesson=paris-2025&amp;step=2&amp;embed=1');
    expect(attr('title')).toBe('A &quot;lesson&quot; &lt;b&gt;');
    expect(attr('loading')).toBe('lazy');
    expect(attr('style')).toContain('width:100%;height:100%');
    expect(html).not.toMatch(/<script|javascript:|\bon[a-z]+=/i);
  });

  it('carries a teacher’s own lesson whole in the frame’s fragment, not an id only they have', async () => {
    const paris = Lesson.parse(JSON.parse(readFileSync('data/lessons/paris-2025.json', 'utf8')));
    const mine = { ...paris, id: 'my-our-lesson-abc' };
    const href = ownLessonHref(
      'https://example.org/app/?lesson=my-our-lesson-abc&step=3&reveal=2&projector=1#map=4/50/15',
      await lessonFragment(mine),
    );
    const framed = new URL(embedUrl(href));
    expect(framed.search).toBe('?projector=1&embed=1');
    const payload = lessonPayload(framed.hash)!;
    expect(JSON.parse(await lessonTextFrom(payload))).toEqual(mine);
  });
});
