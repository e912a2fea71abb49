/** The names the style, the adapter and the display changes share: sources, layers, font. */
export const SOURCE = { countries: 'countries', labels: 'labels' } as const;
export const LAYER = {
  sea: 'sea',
  fill: 'country-fill',
  border: 'country-border',
  hover: 'country-hover',
  selected: 'country-selected',
  pattern: 'country-pattern',
  focus: 'country-focus',
  highlightCasing: 'country-highlight-casing',
  highlight: 'country-highlight',
  marker: 'country-marker',
  label: 'country-label',
} as const;
export const LABEL_FONT = 'Noto Sans Regular';
