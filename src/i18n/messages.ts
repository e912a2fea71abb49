/**
 * Messages as values: the store and the data layer say *what* to tell the reader (an id and its
 * values), and the view says it in the reader's language. A message id is a key of the English
 * catalogue, so a typo or a missing translation is a type error.
 */
import type { en } from './en';

export type MessageId = keyof typeof en;
export type Catalogue = Readonly<Record<MessageId, string>>;
export type MessageValues = Readonly<Record<string, string | number>>;

export interface Msg {
  readonly id: MessageId;
  readonly values?: MessageValues;
}

export const msg = (id: MessageId, values?: MessageValues): Msg =>
  values ? { id, values } : { id };

/**
 * Words that come in one language only (a browser's own error text): shown as they are. Use
 * sparingly: everything the app itself says has a message id.
 */
export const rawMsg = (text: string): Msg => msg('notice.raw', { text });

/** Same message, same values: notices are not shown twice. */
export const sameMsg = (a: Msg, b: Msg) =>
  a.id === b.id && JSON.stringify(a.values ?? {}) === JSON.stringify(b.values ?? {});

/** A language's messages for one area: exactly the English area's keys (a missing one is a type error). */
export type AreaMessages<T> = { readonly [K in keyof T]: string };
