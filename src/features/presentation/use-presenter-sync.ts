/**
 * Keeps this window's lesson in step with the other window's, both ways. Each window posts its
 * state when it changes and adopts a state it receives; adopting is done with posting switched
 * off, and an adopted state equals the sender's, so messages never bounce back and forth.
 */
import { useEffect, useRef } from 'react';
import type { Lesson } from '@/datasets/lesson-schema';
import { useAppStoreApi } from '@/store/store-context';
import type { AppState } from '@/store/app-store';
import { clampStep, stepViewOf } from './lesson-nav';
import {
  CHANNEL_NAME,
  isLessonMessage,
  useLessonChannelFactory,
  type LessonMessage,
  type LessonSyncState,
} from './presentation-channel';

const syncState = (s: AppState): LessonSyncState => ({
  lessonId: s.lessonId,
  step: s.lessonStep,
  concealed: s.concealed,
  blackout: s.blackout,
});
const same = (a: LessonSyncState, b: LessonSyncState) =>
  a.lessonId === b.lessonId &&
  a.step === b.step &&
  a.concealed === b.concealed &&
  a.blackout === b.blackout;

export function usePresenterSync(lesson: Lesson | undefined) {
  const store = useAppStoreApi();
  const factory = useLessonChannelFactory();
  // Refs, so a lesson that finishes loading does not reopen the channel.
  const lessonRef = useRef(lesson);
  const pending = useRef<LessonSyncState | null>(null);
  useEffect(() => {
    lessonRef.current = lesson;
  }, [lesson]);

  useEffect(() => {
    const channel = factory(CHANNEL_NAME);
    if (!channel) return;
    let adopting = false;
    const post = (m: LessonMessage) => {
      if (!adopting) channel.postMessage(m);
    };
    const adopt = (remote: LessonSyncState) => {
      const lesson = lessonRef.current;
      const s = store.getState();
      const { actions } = s;
      adopting = true;
      try {
        if (remote.lessonId === null) {
          if (s.lessonId !== null) actions.lessonLeft();
        } else if (remote.lessonId !== s.lessonId || remote.step !== s.lessonStep) {
          if (lesson && lesson.id === remote.lessonId) {
            const n = clampStep(lesson, remote.step);
            actions.lessonStepShown(lesson.id, n, stepViewOf(lesson.steps[n - 1]!));
          } else {
            pending.current = remote;
            actions.lessonOpened(remote.lessonId, remote.step);
          }
        }
        const now = store.getState();
        if (now.lessonId !== null && now.concealed !== remote.concealed) {
          const step = lesson?.steps[now.lessonStep - 1];
          if (remote.concealed) actions.concealChanged(true);
          else actions.lessonRevealed(step?.countries ?? []);
        }
        if (now.blackout !== remote.blackout) actions.blackoutChosen(remote.blackout);
      } finally {
        adopting = false;
      }
    };
    const onMessage = (e: MessageEvent<LessonMessage>) => {
      const m: unknown = e.data;
      if (!isLessonMessage(m)) return;
      const mine = syncState(store.getState());
      if (m.type === 'hello') {
        if (mine.lessonId) post({ type: 'state', state: mine });
      } else if (!same(m.state, mine)) adopt(m.state);
    };
    channel.addEventListener('message', onMessage);
    const unsubscribe = store.subscribe((next, prev) => {
      // A step adopted before its lesson had loaded is applied later, revealed or not as the
      // other window had it: re-adopt instead of sending the freshly concealed step back.
      const r = pending.current;
      if (r && !adopting && next.stepApplied !== prev.stepApplied) {
        pending.current = null;
        if (next.lessonId === r.lessonId && next.lessonStep === r.step) return adopt(r);
      }
      const [a, b] = [syncState(next), syncState(prev)];
      if (!same(a, b)) post({ type: 'state', state: a });
    });
    post({ type: 'hello' });
    return () => {
      unsubscribe();
      channel.removeEventListener('message', onMessage);
      channel.close();
    };
  }, [factory, store]);
}
