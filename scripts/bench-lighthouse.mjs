/**
 * Lighthouse 12 (the last major that runs on Node 20) on the built app and the bare page: its
 * layout shift, Total Blocking Time and the four category scores. Debian's Chromium, started
 * by chrome-launcher with the benchmark's flags (software WebGL 2, as in every other measure).
 * Two form factors: Lighthouse's desktop preset at 1440×900 (the desktop size) and
 * its default mobile preset (a 412×823 phone, 4× CPU slowdown simulated, not applied).
 */
import lighthouse, { desktopConfig } from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { FLAGS, executablePath } from './bench-config.mjs';

const DESKTOP = {
  ...desktopConfig,
  settings: {
    ...desktopConfig.settings,
    screenEmulation: {
      mobile: false,
      width: 1440,
      height: 900,
      deviceScaleFactor: 1,
      disabled: false,
    },
  },
};
export const FORM_FACTORS = { desktop: DESKTOP, mobile: undefined };

const AUDITS = [
  'cumulative-layout-shift',
  'total-blocking-time',
  'largest-contentful-paint',
  'first-contentful-paint',
];

/** One Lighthouse run of `url` in a fresh Chromium; numbers, not the report. */
export async function runLighthouse(url, formFactor) {
  const chrome = await chromeLauncher.launch({
    chromePath: executablePath,
    chromeFlags: ['--headless=new', ...FLAGS],
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error' },
      FORM_FACTORS[formFactor],
    );
    const { categories: c, audits: a } = result.lhr;
    const score = (id) => (c[id]?.score == null ? NaN : Math.round(c[id].score * 100));
    // An audit Lighthouse could not compute (the bare page has no text, so no contentful paint
    // for some metrics) is NaN with its reason, not a crash of the whole benchmark.
    const value = (id) => a[id]?.numericValue ?? NaN;
    const failed = Object.entries(a)
      .filter(([id, audit]) => AUDITS.includes(id) && audit.errorMessage)
      .map(([id, audit]) => `${id}: ${audit.errorMessage}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: value('cumulative-layout-shift'),
      tbt: value('total-blocking-time'),
      lcp: value('largest-contentful-paint'),
      fcp: value('first-contentful-paint'),
      warnings: [...result.lhr.runWarnings, ...failed],
      version: result.lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}
