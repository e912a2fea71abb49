/** The theme actually shown: the user's choice, or the system's `prefers-color-scheme`. */
import { useSyncExternalStore } from 'react';
import { useThemePreference } from '@/store/hooks';

const QUERY = '(prefers-color-scheme: dark)';
const subscribe = (cb: () => void) => {
  if (typeof matchMedia !== 'function') return () => {};
  const mq = matchMedia(QUERY);
  mq.addEventListener('change', cb);
  return () => mq.removeEventListener('change', cb);
};
const systemDark = () => typeof matchMedia === 'function' && matchMedia(QUERY).matches;

export function useResolvedTheme(): 'light' | 'dark' {
  const preference = useThemePreference();
  const dark = useSyncExternalStore(subscribe, systemDark, () => false);
  return preference === 'system' ? (dark ? 'dark' : 'light') : preference;
}
