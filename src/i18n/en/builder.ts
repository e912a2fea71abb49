/** Messages of the builder area (see the index for which features). */
export const builder = {} as const;
