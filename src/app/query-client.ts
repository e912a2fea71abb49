import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

/**
 * Same defaults in the app and the tests. Static files never go stale; a failed download is
 * retried three times with exponential backoff (1 s, 2 s, 4 s) before the error is shown.
 */
export function createQueryClient(overrides: DefaultOptions['queries'] = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        retry: (count, error) =>
          count < 3 &&
          !(
            error instanceof Error &&
            error.name === 'DataFileError' &&
            !/downloaded/.test(error.message)
          ),
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
        refetchOnWindowFocus: false,
        ...overrides,
      },
    },
  });
}
