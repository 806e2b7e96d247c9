// Opens a kamergraaf report.html in headless Chromium and checks what a reader relies on: the page loads
// without script errors, the reference map is there with nodes that link to their sections, and clicking
// a column header sorts the table. Writes a screenshot beside the report.
// Usage: node check-report.mjs REPORT_HTML [SCREENSHOT_PNG]
import { chromium } from 'playwright-core';
import path from 'node:path';

const report = path.resolve(process.argv[2]);
const shot = process.argv[3] || report.replace(/\.html$/, '.png');
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors = [];
  const requests = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto('file://' + report, { waitUntil: 'load' });
  check((await page.title()).includes('kamergraaf'), 'page loaded with its title');
  check(errors.length === 0, `no script errors ${errors.join('; ')}`);
  check(requests.length === 0, `self-contained: no network requests ${requests.join(' ')}`);
  const nodes = await page.locator('#map svg g.node').count();
  check(nodes > 0, `reference map present with ${nodes} nodes`);
  const linked = await page.locator('#map svg g.node a').count();
  const rows = await page.locator('table#centrality tbody tr').count();
  check(linked === rows, `every map node but the legend's is a link, one per centrality row (${linked} of ${rows})`);
  // A node leads to its row in the centrality table.
  const href = await page.locator('#map svg g.node a').first().getAttribute('xlink:href');
  check(href && href.startsWith('#node-') && await page.locator(`tr[id="${href.slice(1)}"]`).count() === 1,
        `a map node links to its row (${href})`);
  check(await page.locator('script:not([data-kamergraaf])').count() === 0, 'no script but the report\'s own');

  await page.screenshot({ path: shot, fullPage: false });
  console.log(`screenshot: ${shot}`);

  // Sorting: click the pagerank header of the centrality table, twice.
  const table = page.locator('table#centrality');
  const headers = await table.locator('thead th').allTextContents();
  const col = headers.indexOf('pagerank');
  check(col >= 0, 'centrality table has a pagerank column');
  const values = async () => (await table.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents()).map(Number);
  const sorted = (v, dir) => v.every((x, i) => i === 0 || (dir > 0 ? v[i - 1] <= x : v[i - 1] >= x));
  await table.locator('thead th').nth(col).click();
  const asc = await values();
  check(asc.length > 1 && sorted(asc, 1), `ascending after one click (${asc.length} rows)`);
  await table.locator('thead th').nth(col).click();
  check(sorted(await values(), -1), 'descending after a second click');
} finally {
  await browser.close();
}
console.log(`${failures.length === 0 ? 'browser check passed' : 'browser check FAILED'}`);
process.exit(failures.length === 0 ? 0 : 1);
