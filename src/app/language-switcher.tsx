import { LANGS, autonym, useT, type Lang } from '@/i18n';
import { useAppActions, useLang } from '@/store/hooks';

/**
 * The header's language choice. Each language is named in itself ("Deutsch", "Українська"), so
 * a reader finds theirs whatever is on screen; the choice goes into the address.
 */
export function LanguageSwitcher() {
  const lang = useLang();
  const { languageChosen } = useAppActions();
  const t = useT();
  return (
    <label className="language-switcher">
      <span className="visually-hidden">{t('lang.label')}</span>
      <span aria-hidden="true" className="language-switcher-icon">
        {/* Globe: the usual sign for "language", readable without words. */}
        <svg viewBox="0 0 16 16" width="16" height="16" focusable="false">
          <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.3" />
          <path
            d="M1.5 8h13M8 1.5c-2.2 2-2.2 11 0 13M8 1.5c2.2 2 2.2 11 0 13"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.3"
          />
        </svg>
      </span>
      <span aria-hidden="true" className="language-code">
        {lang.toUpperCase()}
      </span>
      <select value={lang} onChange={(e) => languageChosen(e.target.value as Lang)}>
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {autonym(l)}
          </option>
        ))}
      </select>
    </label>
  );
}
