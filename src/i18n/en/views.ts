/** Messages of the views area (see the index for which features). */
export const views = {} as const;
