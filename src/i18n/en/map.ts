/** Messages of the map area (see the index for which features). */
export const map = {} as const;
