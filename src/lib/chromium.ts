// How every tool of ours starts Debian's Chromium (PDFs, browser tests, benchmarks, audits): no sandbox in
// containers, nothing running in the background that would disturb a measurement.
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
