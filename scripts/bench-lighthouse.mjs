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
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      cls: a['cumulative-layout-shift'].numericValue,
      tbt: a['total-blocking-time'].numericValue,
      lcp: a['largest-contentful-paint'].numericValue,
      fcp: a['first-contentful-paint'].numericValue,
      warnings: result.lhr.runWarnings,
      version: result.lhr.lighthouseVersion,
    };
  } finally {
    chrome.kill();
  }
}
