import { useEffect, useState } from 'react';

/** A talk timer: elapsed seconds, pausable and restartable, ticking once a second. */
export function useTimer() {
  const [startedAt, setStartedAt] = useState(() => Date.now());
  const [pausedAt, setPausedAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (pausedAt !== null) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [pausedAt]);
  const elapsed = Math.max(0, Math.floor(((pausedAt ?? now) - startedAt) / 1000));
  return {
    text: `${Math.floor(elapsed / 60)}:${String(elapsed % 60).padStart(2, '0')}`,
    paused: pausedAt !== null,
    toggle: () => {
      if (pausedAt === null) setPausedAt(Date.now());
      else {
        setStartedAt((s) => s + (Date.now() - pausedAt));
        setPausedAt(null);
        setNow(Date.now());
      }
    },
    restart: () => {
      const t = Date.now();
      setStartedAt(t);
      setNow(t);
      setPausedAt((p) => (p === null ? null : t));
    },
  };
}
