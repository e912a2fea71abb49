/**
 * Where a string of the localised record came from (issue 15). The dataset a reader gets is in
 * their language (localise-dataset.ts), and every string that was translated, or that fell back
 * to English, is noted here against the object and field that hold it, so a view can mark
 * English shown in place of a translation and show the English on demand.
 */
export type RecordStatus = 'translated' | 'stale' | 'missing';

export interface RecordOrigin {
  english: string;
  status: RecordStatus;
  key: string;
}

const origins = new WeakMap<object, Map<string | number, RecordOrigin>>();

export function noteOrigin(holder: object, field: string | number, origin: RecordOrigin) {
  let m = origins.get(holder);
  if (!m) origins.set(holder, (m = new Map()));
  m.set(field, origin);
}

/** Undefined for English readers (nothing to mark) and for strings that are not the record's. */
export const recordOrigin = (holder: object, field: string | number) =>
  origins.get(holder)?.get(field);
