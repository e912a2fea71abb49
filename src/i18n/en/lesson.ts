/** Messages of the lesson area (see the index for which features). */
export const lesson = {} as const;
