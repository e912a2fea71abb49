/**
 * How the map looks: patterns (so it reads in black and white or on a washed-out projector)
 * and the colour theme. Each is also a URL parameter (?patterns=1, ?theme=dark).
 */
import { useId } from 'react';
import { useAppActions, usePatterns, useThemePreference } from '@/store/hooks';
import type { ThemePreference } from '@/store/display-slice';
import './display.css';

export function DisplayOptions() {
  const patterns = usePatterns();
  const theme = useThemePreference();
  const { patternsToggled, themeChosen } = useAppActions();
  const themeId = useId();
  return (
    <fieldset className="display-options">
      <legend>Display</legend>
      <label className="check">
        <input type="checkbox" checked={patterns} onChange={patternsToggled} />
        Patterns (for black-and-white print and colour-blind readers)
      </label>
      <label htmlFor={themeId}>Theme</label>
      <select
        id={themeId}
        value={theme}
        onChange={(e) => themeChosen(e.target.value as ThemePreference)}
      >
        <option value="system">Follow the system</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </fieldset>
  );
}
