/**
 * How the map looks: patterns (so it reads in black and white or on a washed-out projector)
 * and the colour theme. Each is also a URL parameter (?patterns=1, ?theme=dark).
 */
import { useId } from 'react';
import { useAppActions, usePatterns, useThemePreference } from '@/store/hooks';
import type { ThemePreference } from '@/store/display-slice';
import { useT } from '@/i18n';
import './display.css';

export function DisplayOptions() {
  const patterns = usePatterns();
  const theme = useThemePreference();
  const { patternsToggled, themeChosen } = useAppActions();
  const themeId = useId();
  const t = useT();
  return (
    <fieldset className="display-options">
      <legend>{t('views.display.legend')}</legend>
      <label className="check">
        <input type="checkbox" checked={patterns} onChange={patternsToggled} />
        {t('views.display.patterns')}
      </label>
      <label htmlFor={themeId}>{t('views.display.theme')}</label>
      <select
        id={themeId}
        value={theme}
        onChange={(e) => themeChosen(e.target.value as ThemePreference)}
      >
        <option value="system">{t('views.display.themeSystem')}</option>
        <option value="light">{t('views.display.themeLight')}</option>
        <option value="dark">{t('views.display.themeDark')}</option>
      </select>
    </fieldset>
  );
}
