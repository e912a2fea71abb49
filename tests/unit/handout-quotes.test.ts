import { describe, expect, it } from 'vitest';
import { handoutRows } from '@/features/export/handout-rows';
import { buildDataset } from '@/datasets/dataset';
import { formatterFor } from '@/i18n/format';
import { realCoalition, realCountries, realSources } from '../support/fixtures';

describe('the handout’s quotes', () => {
  it('hold the words only: the handout’s own marks make one pair (no ““…””)', () => {
    const rows = handoutRows(
      buildDataset(realCountries, realSources, realCoalition),
      null,
      formatterFor('en'),
    );
    const quoted = rows.filter((r) => r.quote);
    expect(quoted.length).toBeGreaterThan(0);
    for (const r of quoted) expect(r.quote!.text, r.name).not.toMatch(/^[«“"„‘]|[»”"“’]$/);
  });
});
