#!/usr/bin/env node
/**
 * `npm audit --omit=dev --audit-level=high`, but honest about a registry that cannot answer:
 * our build machines' registry mirror rejects the audit endpoint (HTTP 405). That is reported
 * loudly and does not fail the build; a real high or critical finding does.
 */
import { spawnSync } from 'node:child_process';

const r = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
});
const out = `${r.stdout}\n${r.stderr}`;
if (/audit endpoint returned an error|ENOAUDIT|405 Method Not Allowed/.test(out)) {
  console.warn(
    'AUDIT NOT RUN: the registry did not answer the audit request (see npm output below).',
  );
  console.warn(r.stderr.trim());
  process.exit(0);
}
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  console.error(out);
  process.exit(1);
}
const v = report.metadata?.vulnerabilities ?? {};
console.log(
  `runtime dependencies: ${v.critical ?? 0} critical, ${v.high ?? 0} high, ${v.moderate ?? 0} moderate, ${v.low ?? 0} low`,
);
process.exit((v.critical ?? 0) + (v.high ?? 0) > 0 ? 1 : 0);
