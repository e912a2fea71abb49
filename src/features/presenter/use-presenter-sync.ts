/**
 * Keeps this window's lesson in step with its paired window's, both ways. Only windows that
 * carry the same pair id (`&pair=`, given by the audience window to the presenter window it
 * opens) share a channel: any other tab of the app is a plain viewer that never joins, steps or
 * ends the lesson on the projector. Each window posts its
 * state when it changes; a state received is handed to the lesson controller (the same path as
 * a key press), and is never posted back: a window does not echo what it was told, so two
 * windows cannot bounce a step between them.
 */
import { useEffect } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import type { AppState } from '@/store/app-store';
import { useLessonCommands } from '@/ports/lesson-port';
import { usePairId } from '@/store/hooks';
import {
  pairChannel,
  isLessonMessage,
  useLessonChannelFactory,
  type LessonMessage,
  type LessonSyncState,
} from './lesson-channel';

const syncState = (s: AppState): LessonSyncState => ({
  lessonId: s.lessonId,
  step: s.lessonStep,
  reveal: s.lessonReveal,
  concealed: s.concealed,
  blackout: s.blackout,
});
const same = (a: LessonSyncState, b: LessonSyncState) =>
  a.lessonId === b.lessonId &&
  a.step === b.step &&
  a.reveal === b.reveal &&
  a.concealed === b.concealed &&
  a.blackout === b.blackout;

export function usePresenterSync() {
  const store = useAppStoreApi();
  const factory = useLessonChannelFactory();
  const lessons = useLessonCommands();
  const pairId = usePairId();

  useEffect(() => {
    if (!pairId) return; // not paired: this window follows nobody and nobody follows it
    const channel = factory(pairChannel(pairId));
    if (!channel) return;
    // While a received state is being adopted (its lesson may still be loading, and a guessing
    // step is shown concealed before the reveal is adopted), nothing is posted.
    let adopting = 0;
    const post = (m: LessonMessage) => channel.postMessage(m);
    const onMessage = (e: MessageEvent<LessonMessage>) => {
      const m: unknown = e.data;
      if (!isLessonMessage(m)) return;
      const mine = syncState(store.getState());
      if (m.type === 'hello') {
        if (mine.lessonId) post({ type: 'state', state: mine });
      } else if (!same(m.state, mine)) {
        adopting++;
        void lessons.adopt(m.state).finally(() => adopting--);
      }
    };
    channel.addEventListener('message', onMessage);
    const unsubscribe = store.subscribe((next, prev) => {
      const state = syncState(next);
      if (adopting === 0 && !same(state, syncState(prev))) post({ type: 'state', state });
    });
    post({ type: 'hello' });
    return () => {
      unsubscribe();
      channel.removeEventListener('message', onMessage);
      channel.close();
    };
  }, [factory, store, lessons, pairId]);
}

/** Mounted once in each window: the channel to the other one. */
export function PresenterSync() {
  usePresenterSync();
  return null;
}
