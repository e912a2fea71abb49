import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { Dataset } from '@/datasets/dataset';
import { boundariesQuery } from '@/datasets/queries';
import type { BoundariesFile } from '@/datasets/schemas';
import { useAppActions } from '@/store/hooks';
import { typeLookup } from '@/store/selectors';
import { useFormat } from '@/i18n';

/**
 * When the data has arrived, checks the linked country once against it: one that exists
 * neither in the data nor on the map is dropped with a notice, and one the link's own filter
 * hides is dropped too (as hiding its type by hand would).
 */
export function useLinkCheck(dataset: Dataset | undefined) {
  const boundaries = useQuery(boundariesQuery());
  const { linkChecked } = useAppActions();
  useEffect(() => {
    if (!dataset || !boundaries.data) return;
    const onMap = new Set(boundaries.data.features.map((f) => f.properties.iso3));
    linkChecked(typeLookup(dataset), (iso3) => onMap.has(iso3));
  }, [dataset, boundaries.data, linkChecked]);
}

const namesOf = (b: BoundariesFile) =>
  new Map(b.features.map((f) => [f.properties.iso3, f.properties.name]));

/**
 * Names of countries outside the data, from the boundaries (for the panel and announcer), in
 * the reader's language (the boundaries' English names stand in where the platform has none).
 */
export function useBoundaryNames(): (iso3: string) => string | undefined {
  const boundaries = useQuery({ ...boundariesQuery(), select: namesOf });
  const names = boundaries.data;
  const f = useFormat();
  return (iso3) => {
    const name = names?.get(iso3);
    return name === undefined ? undefined : f.countryName(iso3, name);
  };
}
