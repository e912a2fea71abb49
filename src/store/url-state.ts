/**
 * The URL contract, as a pure parse/serialise pair (README, "URL contract"):
 *   ?country=FRA  ?types=troops,outside  ?date=2025-09-04  ?compare=latest  ?view=about
 *   ?patterns=1
 *   ?projector=1  ?embed=1 (the compact view framed in another page)  ?theme=dark  #map=ZOOM/LAT/LON
 *   ?lesson=paris-2025&step=4&reveal=2 (1-based; reveal omitted at 1)  ?presenter=1 (the
 *   presenter window)  &pair=ID (the audience and presenter windows that follow each other)
 *   ?edit=my-ID (a teacher's lesson open in the builder beside the map)
 *   ?lang=fr (en, fr, de, uk, pl: the interface's language; absent: the browser's)
 * Parsing never throws: anything malformed is dropped and reported as a notice (a message id and
 * its values, said in the reader's language by the view).
 */
import { isLang, type Lang } from '@/i18n/langs';
import { msg, type Msg } from '@/i18n/messages';
import { COMMITMENT_TYPE_IDS, type CommitmentTypeId } from '@/datasets/schemas';
import type { View } from './view-slice';
import type { ThemePreference } from './display-slice';

import { cameraHash, parseCamera, type Camera } from './url-camera';

export { cameraHash, parseCamera, type Camera };

export interface UrlState {
  country: string | null;
  types: CommitmentTypeId[];
  date: string | null;
  /** The date the map's change marks compare with (`latest`, or a day). */
  compare?: string;
  view: View;
  patterns: boolean;
  projector: boolean;
  theme: ThemePreference;
  camera: Camera | null;
  /** A lesson being presented, its step (1-based), and whether this is the presenter window. */
  lesson?: string;
  step?: number;
  /** The card or question of the step on screen, 1-based (omitted at 1). */
  reveal?: number;
  presenter?: boolean;
  pair?: string;
  edit?: string;
  /** The compact view for another site's frame (a learning platform, slides). */
  embed?: boolean;
  lang?: Lang;
}

export const EMPTY_URL_STATE: UrlState = {
  country: null,
  types: [],
  date: null,
  view: 'map',
  patterns: false,
  projector: false,
  theme: 'system',
  camera: null,
};

const KNOWN = new Set<string>(COMMITMENT_TYPE_IDS);
const MAX_SHOWN = 40; // a notice quotes at most this much of a bad value

const quote = (v: string) => JSON.stringify(v.length > MAX_SHOWN ? `${v.slice(0, MAX_SHOWN)}…` : v);

export function isValidIsoDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** Today as YYYY-MM-DD (UTC): a later date has no positions yet and is refused. */
const todayUtc = () => new Date().toISOString().slice(0, 10);

export function parseUrl(
  search: string,
  hash = '',
  today = todayUtc(),
): { state: UrlState; notices: Msg[] } {
  const params = new URLSearchParams(search);
  const notices: Msg[] = [];
  const state: UrlState = { ...EMPTY_URL_STATE, types: [] };

  const country = params.get('country');
  if (country !== null && country !== '') {
    if (/^[A-Za-z]{3}$/.test(country)) state.country = country.toUpperCase();
    else notices.push(msg('notice.url.country', { value: quote(country) }));
  }

  const types = params.get('types');
  if (types) {
    const asked = types
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    const unknown = asked.filter((t) => !KNOWN.has(t));
    state.types = COMMITMENT_TYPE_IDS.filter((t) => asked.includes(t));
    if (unknown.length > 0)
      notices.push(
        msg('notice.url.types', { count: unknown.length, values: unknown.map(quote).join(', ') }),
      );
  }

  const day = (key: 'date' | 'compare') => {
    const v = params.get(key);
    if (!v || v === 'latest') return v || null;
    if (!isValidIsoDate(v)) notices.push(msg('notice.url.date', { key, value: quote(v) }));
    else if (v > today) notices.push(msg('notice.url.future', { key, value: v }));
    else return v;
    return null;
  };
  const date = day('date');
  state.date = date === 'latest' ? null : date;
  const compare = day('compare');
  // Comparing a date with itself shows nothing: the link simply has no comparison.
  if (compare && compare !== (state.date ?? 'latest')) state.compare = compare;

  const view = params.get('view');
  if (view === 'about' || view === 'map' || view === 'table' || view === 'lessons')
    state.view = view;
  else if (view) notices.push(msg('notice.url.view', { value: quote(view) }));

  const flag = (key: 'patterns' | 'projector' | 'embed') => {
    const v = params.get(key);
    if (v === null || v === '' || v === '0') return false;
    if (v === '1') return true;
    notices.push(msg('notice.url.flag', { key, value: quote(v) }));
    return false;
  };
  state.patterns = flag('patterns');
  state.projector = flag('projector');
  if (flag('embed')) state.embed = true;
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') state.theme = theme;
  else if (theme) notices.push(msg('notice.url.theme', { value: quote(theme) }));

  const lesson = params.get('lesson');
  if (lesson && /^[A-Za-z0-9-]{1,60}$/.test(lesson)) state.lesson = lesson.toLowerCase();
  else if (lesson) notices.push(msg('notice.url.lesson', { value: quote(lesson) }));
  const step = params.get('step');
  if (step && !state.lesson) notices.push(msg('notice.url.stepNoLesson', { value: quote(step) }));
  else if (step && /^\d{1,3}$/.test(step) && Number(step) >= 1) state.step = Number(step);
  else if (step) notices.push(msg('notice.url.step', { value: quote(step) }));
  const reveal = params.get('reveal');
  if (reveal && state.lesson && /^\d{1,2}$/.test(reveal) && Number(reveal) >= 1)
    state.reveal = Number(reveal);
  else if (reveal) notices.push(msg('notice.url.reveal', { value: quote(reveal) }));
  const pair = params.get('pair');
  if (pair && /^[a-z0-9]{6,32}$/.test(pair)) state.pair = pair;
  else if (pair) notices.push(msg('notice.url.pair', { value: quote(pair) }));
  const presenter = params.get('presenter');
  if (presenter === '1') state.presenter = true;
  else if (presenter && presenter !== '0')
    notices.push(msg('notice.url.flag', { key: 'presenter', value: quote(presenter) }));
  const edit = params.get('edit');
  if (edit && /^my-[a-z0-9-]{1,57}$/.test(edit)) state.edit = edit;
  else if (edit) notices.push(msg('notice.url.edit', { value: quote(edit) }));
  const lang = params.get('lang');
  if (lang && isLang(lang.toLowerCase())) state.lang = lang.toLowerCase() as Lang;
  else if (lang) notices.push(msg('notice.url.lang', { value: quote(lang) }));
  const camera = parseCamera(hash);
  if (camera === 'invalid') notices.push(msg('notice.url.camera'));
  else state.camera = camera;

  return { state, notices };
}

/** Writes the state into `base` (keeping parameters this contract does not own). */
export function serialiseUrl(state: UrlState, base: URLSearchParams = new URLSearchParams()) {
  const params = new URLSearchParams(base);
  for (const k of ['country', 'types', 'date', 'compare', 'view', 'patterns', 'projector', 'theme'])
    params.delete(k);
  for (const k of ['lesson', 'step', 'reveal', 'presenter', 'pair', 'edit', 'embed', 'lang'])
    params.delete(k);
  if (state.country) params.set('country', state.country);
  if (state.types.length > 0) params.set('types', state.types.join(','));
  if (state.date) params.set('date', state.date);
  if (state.compare) params.set('compare', state.compare);
  if (state.view !== 'map') params.set('view', state.view);
  if (state.patterns) params.set('patterns', '1');
  if (state.projector) params.set('projector', '1');
  if (state.theme !== 'system') params.set('theme', state.theme);
  if (state.lesson) params.set('lesson', state.lesson);
  if (state.lesson && state.step) params.set('step', String(state.step));
  if (state.lesson && state.reveal && state.reveal > 1) params.set('reveal', String(state.reveal));
  if (state.presenter) params.set('presenter', '1');
  for (const k of ['pair', 'edit'] as const) if (state[k]) params.set(k, state[k]);
  if (state.embed) params.set('embed', '1');
  if (state.lang) params.set('lang', state.lang);
  const search = params.toString().replace(/%2C/g, ',');
  return { search: search ? `?${search}` : '', hash: state.camera ? cameraHash(state.camera) : '' };
}
