import type { ReactNode } from 'react';
import { ErrorBoundary, type FallbackProps } from 'react-error-boundary';
import { useT, type MessageId } from '@/i18n';

/** One crashing feature says what happened and leaves the rest of the page working. */
export function FeatureBoundary({ name, children }: { name: FeatureName; children: ReactNode }) {
  const Fallback = ({ error, resetErrorBoundary }: FallbackProps) => (
    <Failed name={name} error={error} retry={resetErrorBoundary} />
  );
  return <ErrorBoundary FallbackComponent={Fallback}>{children}</ErrorBoundary>;
}

type FeatureName = Extract<MessageId, `app.feature.${string}`>;

function Failed({ name, error, retry }: { name: FeatureName; error: unknown; retry: () => void }) {
  const t = useT();
  return (
    <div className="feature-error" role="alert">
      <p>
        {t('app.featureFailed', {
          feature: t(name),
          error: error instanceof Error ? error.message : String(error),
        })}
      </p>
      <button type="button" onClick={retry}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}
