import type { SourceFlag } from './schemas';

/** How each source flag is spelled out wherever a flagged source is cited. */
export const FLAG_LABEL: Record<SourceFlag, string> = {
  'state-media': 'Russian state media',
  'pro-kremlin': 'pro-Kremlin aggregator',
  aggregator: 'low-quality aggregator',
  mirror: 'copy or mirror of another site',
};
