/**
 * Test data: the real data files (parsed with the app's schema, so a test sees what a class
 * sees) and a three-square "world" for the boundaries.
 */
import countriesJson from '../../data/countries.json';
import sourcesJson from '../../data/sources.json';
import coalitionJson from '../../data/coalition.json';
import correctionsJson from '../../data/corrections.json';
import {
  CoalitionFile,
  CorrectionsFile,
  CountriesFile,
  SourcesFile,
  type BoundariesFile,
  type BoundariesTopology,
  type LabelPointsFile,
} from '@/datasets/schemas';

export const realCountries = CountriesFile.parse(countriesJson);
export const realSources = SourcesFile.parse(sourcesJson);
export const realCoalition = CoalitionFile.parse(coalitionJson);
export const realCorrections = CorrectionsFile.parse(correctionsJson);

const square = (iso3: string, name: string, x: number, y: number) => ({
  type: 'Feature' as const,
  properties: { iso3, name },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x + 1, y],
        [x + 1, y + 1],
        [x, y + 1],
        [x, y],
      ],
    ],
  },
});

export const tinyBoundaries: BoundariesFile = {
  type: 'FeatureCollection',
  features: [
    square('FRA', 'France', 2, 46),
    square('DEU', 'Germany', 10, 51),
    square('CHE', 'Switzerland', 8, 46),
  ],
};

/** The same "world" as the file the app fetches: TopoJSON, one arc per square, not quantised. */
export const tinyTopology: BoundariesTopology = {
  type: 'Topology',
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: tinyBoundaries.features.map((f, i) => ({
        type: 'Polygon' as const,
        properties: f.properties,
        arcs: [[i]],
      })),
    },
  },
  arcs: tinyBoundaries.features.map((f) => f.geometry.coordinates[0] as number[][]),
};

const labelAt = (iso3: string, name: string, lon: number, lat: number) => ({
  type: 'Feature' as const,
  properties: { iso3, name },
  geometry: { type: 'Point' as const, coordinates: [lon, lat] as [number, number] },
});

export const tinyLabels: LabelPointsFile = {
  type: 'FeatureCollection',
  features: [
    labelAt('FRA', 'France', 2.5, 46.5),
    labelAt('DEU', 'Germany', 10.5, 51.5),
    labelAt('CHE', 'Switzerland', 8.5, 46.5),
  ],
};
