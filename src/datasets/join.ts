/**
 * Joins the boundaries with each country's type on a given date, so the map's paint
 * expressions can read `['get', 'type']`. Countries outside the data get no `type` and draw
 * neutral (they keep their name for the tooltip).
 */
import type { Dataset } from './dataset';
import { typeAt } from './dataset';
import type { BoundariesFile, CommitmentTypeId, LabelPointsFile } from './schemas';

export interface CountryProps {
  iso3: string;
  name: string;
  type?: CommitmentTypeId;
  /** Too small to hit at classroom zooms: drawn with a marker (label points only). */
  small?: boolean;
}

/** Countries narrower than this (degrees) get a marker: Luxembourg, Malta, Andorra… */
export const SMALL_COUNTRY_DEGREES = 1.2;

function maxSide(geometry: BoundariesFile['features'][number]['geometry']): number {
  let w = Infinity,
    e = -Infinity,
    s = Infinity,
    n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      w = Math.min(w, x);
      e = Math.max(e, x);
      s = Math.min(s, y);
      n = Math.max(n, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  visit(geometry.coordinates);
  return Math.max(e - w, n - s);
}

export interface MapData {
  countries: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, CountryProps>;
  labels: GeoJSON.FeatureCollection<GeoJSON.Point, CountryProps>;
}

function props(
  iso3: string,
  boundaryName: string,
  dataset: Dataset,
  date: string | null,
): CountryProps {
  const country = dataset.byIso3.get(iso3);
  const type = country ? typeAt(country, date) : undefined;
  // The dataset's English name wins ("Czechia", "Türkiye"), the atlas's is the fallback.
  const name = country?.name ?? boundaryName;
  return type ? { iso3, name, type } : { iso3, name };
}

export function joinMapData(
  boundaries: BoundariesFile,
  labels: LabelPointsFile,
  dataset: Dataset,
  date: string | null,
): MapData {
  const small = new Set(
    boundaries.features
      .filter(
        (f) => dataset.byIso3.has(f.properties.iso3) && maxSide(f.geometry) < SMALL_COUNTRY_DEGREES,
      )
      .map((f) => f.properties.iso3),
  );
  return {
    countries: {
      type: 'FeatureCollection',
      features: boundaries.features.map((f) => ({
        type: 'Feature',
        geometry: f.geometry as unknown as GeoJSON.Polygon | GeoJSON.MultiPolygon,
        properties: props(f.properties.iso3, f.properties.name, dataset, date),
      })),
    },
    labels: {
      type: 'FeatureCollection',
      features: labels.features.map((f) => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: f.geometry.coordinates },
        properties: small.has(f.properties.iso3)
          ? { ...props(f.properties.iso3, f.properties.name, dataset, date), small: true }
          : props(f.properties.iso3, f.properties.name, dataset, date),
      })),
    },
  };
}
