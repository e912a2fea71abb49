/** Messages of the record area (see the index for which features). */
export const record = {} as const;
