// Opens a kamergraaf report.html in headless Chromium and checks what a reader relies on: the page loads
// fast and without script errors or network requests, what is open comes first, the reference map links
// its nodes to their rows, sorting, the search box and a filter work, every id links to its official page,
// and nothing is wider than a 1,280-pixel window. Writes two screenshots: the first screen and a filtered
// table.
// Usage: node check-report.mjs REPORT_HTML [SCREENSHOT_PREFIX] [--max-load-ms N]
import { chromium } from 'playwright-core';
import path from 'node:path';

const args = process.argv.slice(2);
const maxLoadAt = args.indexOf('--max-load-ms');
const maxLoadMs = maxLoadAt >= 0 ? Number(args.splice(maxLoadAt, 2)[1]) : 2000;
const report = path.resolve(args[0]);
const prefix = args[1] ? args[1].replace(/\.png$/, '') : report.replace(/\.html$/, '');
const failures = [];
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failures.push(what); };

// The official pages an id may link to; a cited URL (url:https://…) links to itself.
const official = /^https:\/\/(zoek\.officielebekendmakingen\.nl|www\.tweedekamer\.nl|uitspraken\.rechtspraak\.nl)\//;
const linkOk = (id, href) => (id.startsWith('url:') ? href === id.slice(4) : official.test(href));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  const requests = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  const started = Date.now();
  await page.goto('file://' + report, { waitUntil: 'load' });
  const loadMs = Date.now() - started;
  check(loadMs < maxLoadMs, `loads in ${loadMs} ms (under ${maxLoadMs})`);
  check((await page.title()).includes('kamergraaf'), 'page loaded with its title');
  check(errors.length === 0, `no script errors ${errors.join('; ')}`);
  check(requests.length === 0, `self-contained: no network requests ${requests.join(' ')}`);
  check(await page.locator('script:not([data-kamergraaf])').count() === 0, 'no script but the report\'s own');

  // What is open comes before the map and the document table.
  const order = await page.evaluate(() => ['open', 'map-section', 'sec-documents']
    .map(id => document.getElementById(id).getBoundingClientRect().top + window.scrollY));
  check(order[0] < order[1] && order[1] < order[2], `what is open comes first (at ${order.map(Math.round).join(', ')} px)`);
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`page height ${pageHeight} px, ${await page.locator('*').count()} elements`);

  // No horizontal scrolling at 1,280 pixels.
  const wide = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  check(wide[0] <= wide[1], `no horizontal scroll at 1280 px (content ${wide[0]} px, window ${wide[1]} px)`);

  // The map: its nodes link to their rows in the centrality table.
  const nodes = await page.locator('#map svg g.node').count();
  check(nodes > 0, `reference map present with ${nodes} nodes`);
  const linked = await page.locator('#map svg g.node a').count();
  const rows = await page.evaluate(() => KG.tables.find(t => t.id === 'centrality').rows.length);
  check(linked === rows, `every map node but the legend's is a link, one per centrality row (${linked} of ${rows})`);
  const href = await page.locator('#map svg g.node a').first().getAttribute('xlink:href');
  check(href && href.startsWith('#node-') && await page.locator(`tr[id="${href.slice(1)}"]`).count() === 1,
        `a map node links to its row (${href})`);

  // Every id in every table (drawn or not) links to its official page, or to nothing.
  const ids = await page.evaluate(() => {
    const out = [];
    for (const t of KG.tables) {
      t.cols.forEach((c, k) => { if (c.t === 'id') t.rows.forEach(r => { if (r[k][1]) out.push(r[k]); }); });
    }
    return out;
  });
  const bad = ids.filter(([id, url]) => !linkOk(id, url));
  check(ids.length > 0 && bad.length === 0, `every id link points to its official page (${ids.length} links` +
        `${bad.length ? '; wrong: ' + bad.slice(0, 3).map(b => b.join(' → ')).join(', ') : ''})`);
  const drawn = await page.$$eval('a.id', as => as.map(a => [a.textContent, a.getAttribute('href')]));
  check(drawn.length > 0 && drawn.every(([id, h]) => linkOk(id, h)), `the ${drawn.length} drawn id links are official`);
  // An id without an official page (a file's path) is shown, not linked.
  await page.screenshot({ path: `${prefix}-first-screen.png`, fullPage: false });
  console.log(`screenshot: ${prefix}-first-screen.png`);

  // Large tables draw one page of rows.
  const docRows = await page.evaluate(() => KG.tables.find(t => t.id === 'documents').rows.length);
  const drawnDocs = await page.locator('table#documents tbody tr').count();
  const pageSize = await page.evaluate(() => KG.tables.find(t => t.id === 'documents').size);
  check(drawnDocs === Math.min(docRows, pageSize), `documents table draws ${drawnDocs} of ${docRows} rows`);

  // Sorting: the pagerank column of the centrality table, twice.
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

  // Search: a word from the documents table keeps only rows that contain it, in every table.
  const word = await page.evaluate(() => {
    const t = KG.tables.find(x => x.id === 'documents');
    const cell = t.rows.map(r => r[0]).find(p => p.length > 6) || t.rows[0][0];
    return cell.slice(0, Math.min(12, cell.length));
  });
  await page.fill('#f-q', word);
  await page.waitForTimeout(400);
  const found = await page.$$eval('table#documents tbody tr', (trs) => trs.map(tr => tr.textContent));
  check(found.length > 0 && found.length <= drawnDocs && found.every(t => t.toLowerCase().includes(word.toLowerCase())),
        `search '${word}' keeps ${found.length} matching document rows`);
  await page.fill('#f-q', '');

  // A filter: the most common document kind keeps only rows of that kind.
  const kind = await page.evaluate(() => {
    const t = KG.tables.find(x => x.id === 'documents');
    const n = t.cols.length, count = {};
    t.rows.forEach(r => { count[r[n]] = (count[r[n]] || 0) + 1; });
    return Object.entries(count).sort((a, b) => b[1] - a[1]).map(e => e[0]).find(k => k) || '';
  });
  await page.selectOption('#f-kind', kind);
  await page.waitForTimeout(200);
  const kindCol = (await page.locator('table#documents thead th').allTextContents()).findIndex(h => h === 'soort' || h === 'kind');
  const kinds = await page.locator(`table#documents tbody tr td:nth-child(${kindCol + 1})`).allTextContents();
  const info = await page.locator('#sec-documents p.info:not(.empty)').textContent();
  check(kinds.length > 0 && kinds.every(k => k === kind), `filter kind=${kind}: ${kinds.length} rows drawn, all of that kind (${info})`);
  await page.locator('#sec-documents').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('sec-documents').scrollIntoView());
  await page.screenshot({ path: `${prefix}-filtered.png`, fullPage: false });
  console.log(`screenshot: ${prefix}-filtered.png`);
  const wideAfter = await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
  check(wideAfter, 'no horizontal scroll with the filter on');
} finally {
  await browser.close();
}
console.log(`${failures.length === 0 ? 'browser check passed' : 'browser check FAILED'}`);
process.exit(failures.length === 0 ? 0 : 1);
