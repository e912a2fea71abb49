/**
 * The audience window and the presenter window talk over a BroadcastChannel (same origin, no
 * server, works offline). The channel comes from a context so the dom tests can pass a fake.
 */
import { createContext, useContext } from 'react';
import type { LessonSyncState } from '@/ports/lesson-port';

export type { LessonSyncState };

export const CHANNEL_NAME = 'coalition-map-lesson';
/** One channel per pair of windows: a tab that is not of the pair does not even hear it. */
export const pairChannel = (pairId: string) => `${CHANNEL_NAME}:${pairId}`;

/** A fresh id for a pair of windows (the address's `&pair=`). */
export const newPairId = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 12);

export type LessonMessage =
  | { type: 'state'; state: LessonSyncState }
  /** A window that just opened asks the others for their state. */
  | { type: 'hello' };

/** The part of BroadcastChannel the app uses. */
export interface LessonChannel {
  postMessage(message: LessonMessage): void;
  addEventListener(type: 'message', cb: (e: MessageEvent<LessonMessage>) => void): void;
  removeEventListener(type: 'message', cb: (e: MessageEvent<LessonMessage>) => void): void;
  close(): void;
}

export type LessonChannelFactory = (name: string) => LessonChannel | null;

export const broadcastChannelFactory: LessonChannelFactory = (name) =>
  typeof BroadcastChannel === 'function'
    ? (new BroadcastChannel(name) as unknown as LessonChannel)
    : null;

export const LessonChannelContext = createContext<LessonChannelFactory>(broadcastChannelFactory);
export const useLessonChannelFactory = () => useContext(LessonChannelContext);

export function isLessonMessage(v: unknown): v is LessonMessage {
  if (typeof v !== 'object' || v === null) return false;
  const m = v as { type?: unknown; state?: Partial<LessonSyncState> };
  if (m.type === 'hello') return true;
  return (
    m.type === 'state' &&
    typeof m.state === 'object' &&
    m.state !== null &&
    (m.state.lessonId === null || typeof m.state.lessonId === 'string') &&
    typeof m.state.step === 'number' &&
    typeof m.state.reveal === 'number' &&
    typeof m.state.concealed === 'boolean' &&
    ['off', 'black', 'white'].includes(m.state.blackout as string)
  );
}
