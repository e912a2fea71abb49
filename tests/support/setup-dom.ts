import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The first render parses the real data files (~200 KB) through zod; on a loaded 2-core CI
// machine that alone can take over a second, Testing Library's default wait.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});
