/**
 * The embedded view's only chrome (`?embed=1`, in another site's frame): the app's name and a
 * link that opens this same view, full size, in a new tab. It replaces the site header, whose
 * headline, tools and navigation a frame of 480×320 has no room for.
 */
import { useT } from '@/i18n';
import { useAppStore } from '@/store/store-context';
import { toUrl } from '@/store/url';
import type { AppState } from '@/store/app-store';

/** This view's address without `embed=1` (the camera's #map= hash is read at the moment). */
const fullView = (s: AppState) =>
  `${window.location.pathname}${toUrl({ ...s, embed: false }, new URLSearchParams(window.location.search))}`;

export function EmbedBar() {
  const path = useAppStore(fullView);
  const t = useT();
  return (
    <header className="embed-bar">
      <p className="embed-name">{t('app.name')}</p>
      <a
        className="embed-open"
        href={`${path}${window.location.hash}`}
        target="_blank"
        rel="noopener noreferrer"
        // The camera moves without a render here: the hash is taken when the link is followed.
        onClick={(e) => (e.currentTarget.href = `${path}${window.location.hash}`)}
      >
        {t('app.openFull')} <span aria-hidden="true">↗</span>
        <span className="visually-hidden"> {t('app.opensNewTab')}</span>
      </a>
    </header>
  );
}
