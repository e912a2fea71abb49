import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';

/** One crashing feature says what happened and leaves the rest of the page working. */
export function FeatureBoundary({ name, children }: { name: string; children: ReactNode }) {
  const Fallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <div className="feature-error" role="alert">
      <p>
        The {name} stopped working: {error instanceof Error ? error.message : String(error)}
      </p>
      <button type="button" onClick={resetErrorBoundary}>
        Try again
      </button>
    </div>
  );
  return <ErrorBoundary FallbackComponent={Fallback}>{children}</ErrorBoundary>;
}
