import type { SourceFlag } from './schemas';

/** The message id that spells out a source flag wherever a flagged source is cited: `t(flagLabelId(f))`. */
export const flagLabelId = (f: SourceFlag) => `flag.${f}` as const;

/** @deprecated English only: use `t(flagLabelId(f))`. */
export const FLAG_LABEL: Record<SourceFlag, string> = {
  'state-media': 'Russian state media',
  'pro-kremlin': 'pro-Kremlin aggregator',
  aggregator: 'low-quality aggregator',
  mirror: 'copy or mirror of another site',
};
