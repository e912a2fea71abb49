import { useCallback, useEffect } from 'react';
import { useAppStoreApi } from '@/store/store-context';
import { useMapPort } from '@/ports/map-port';
import { printHandout, watchBrowserPrint } from './print';

/** The print command (print.ts) bound to this app's store and map. */
export function usePrint(): () => Promise<void> {
  const store = useAppStoreApi();
  const map = useMapPort();
  return useCallback(() => printHandout(store, map), [store, map]);
}

/** Prints started from the browser's menu get the handout too; every print ends the job. */
export function useBrowserPrint() {
  const store = useAppStoreApi();
  const map = useMapPort();
  useEffect(() => watchBrowserPrint(store, map), [store, map]);
}
