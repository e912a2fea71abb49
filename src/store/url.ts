/**
 * The one mapping between the address and the store: `fromUrl` (first load, Back/Forward) and
 * `toUrl` (every change). The address's own grammar and its garbage handling live in
 * url-state.ts; this file only says which store field each part of it is.
 */
import type { Msg } from '@/i18n/messages';
import type { AppState } from './app-store';
import { parseUrl, serialiseUrl, type Camera } from './url-state';

/** The part of the store that a link carries. */
export type UrlFields = Pick<
  AppState,
  | 'selectedIso3'
  | 'shownTypes'
  | 'asOf'
  | 'compareWith'
  | 'view'
  | 'patterns'
  | 'projector'
  | 'theme'
  | 'lessonId'
  | 'lessonStep'
  | 'lessonReveal'
  | 'presenterView'
  | 'pairId'
  | 'editingId'
  | 'embed'
  | 'lang'
>;

export function fromUrl(
  search: string,
  hash = '',
): { fields: UrlFields; camera: Camera | null; notices: Msg[] } {
  const { state, notices } = parseUrl(search, hash);
  return {
    fields: {
      selectedIso3: state.country,
      shownTypes: state.types,
      asOf: state.date,
      compareWith: state.compare ?? null,
      view: state.view,
      patterns: state.patterns,
      projector: state.projector,
      theme: state.theme,
      lessonId: state.lesson ?? null,
      lessonStep: state.step ?? 1,
      lessonReveal: state.reveal ?? 1,
      presenterView: state.presenter === true,
      pairId: state.pair ?? null,
      editingId: state.edit ?? null,
      embed: state.embed === true,
      lang: state.lang ?? null,
    },
    camera: state.camera,
    notices,
  };
}

/** The query string for these fields, keeping parameters the contract does not own. */
export function toUrl(s: UrlFields, base = new URLSearchParams()): string {
  return serialiseUrl(
    {
      country: s.selectedIso3,
      types: s.shownTypes,
      date: s.asOf,
      ...(s.compareWith ? { compare: s.compareWith } : {}),
      view: s.view,
      patterns: s.patterns,
      projector: s.projector,
      theme: s.theme,
      camera: null,
      ...(s.lessonId ? { lesson: s.lessonId, step: s.lessonStep, reveal: s.lessonReveal } : {}),
      ...(s.presenterView ? { presenter: true } : {}),
      ...(s.pairId ? { pair: s.pairId } : {}),
      ...(s.editingId ? { edit: s.editingId } : {}),
      ...(s.embed ? { embed: true } : {}),
      ...(s.lang ? { lang: s.lang } : {}),
    },
    base,
  ).search;
}
