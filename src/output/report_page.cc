#include "output/report_page.h"

namespace kamergraaf {

std::string_view ReportPageCss() {
  // Tables have a fixed layout at the page's width and wrap long words anywhere; ids stay on one line and
  // end in "…" when their column is too narrow (the whole id is in the tooltip and the link), so nothing is
  // wider than the window.
  return R"css(*{box-sizing:border-box}
section,tr{scroll-margin-top:5.5em}
body{font-family:system-ui,sans-serif;margin:0 auto;max-width:100em;padding:0 1em 3em;color:#222;line-height:1.35}
h1{margin:.5em 0 .2em;font-size:1.6em}h2{margin:1.2em 0 .3em}h3{margin:1em 0 .2em;font-size:1.1em}
.caption{margin:.2em 0;color:#555}
table.data{border-collapse:collapse;table-layout:fixed;width:100%;margin:.2em 0 .3em;font-size:.86em}
td,th{border:1px solid #ccc;padding:.2em .4em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#eee;cursor:pointer;user-select:none;overflow-wrap:normal;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
th[data-dir=asc]::after{content:' \25B2'}th[data-dir=desc]::after{content:' \25BC'}
td.num,th.num{text-align:right}
.id{display:inline-block;max-width:100%;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
a.id{color:#0645ad}
.clip{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden;cursor:pointer}
.clip.full{display:block;-webkit-line-clamp:none}
tr.hit,tr:target{background:#fff3b0}
.cards{display:flex;gap:.5em;flex-wrap:wrap;margin:.4em 0}
.card{border:1px solid #ccc;border-radius:6px;padding:.2em .7em;color:inherit;text-decoration:none}
.card b{font-size:1.35em;display:block}.card.open b{color:#a33}a.card:hover{background:#f4f4f4}
nav{margin:.3em 0}nav a{margin-right:1em}
.filters{position:sticky;top:0;z-index:5;background:#f5f5f5;border:1px solid #ddd;border-radius:6px;margin:.5em 0;
padding:.35em .6em;display:flex;flex-wrap:wrap;gap:.35em .9em;align-items:center;font-size:.9em}
.filters input[type=search]{flex:1 1 16em;min-width:10em;padding:.25em}
.filters select{max-width:13em}
.info{margin:.1em 0;color:#555;font-size:.85em}
.pager{display:flex;gap:.6em;align-items:center;font-size:.85em;margin:.2em 0 1em}
.pager[hidden],.empty[hidden]{display:none}
#map{overflow:auto;border:1px solid #ddd;max-height:80vh;max-width:100%}#map svg{max-width:100%;height:auto}
details.run{border:1px solid #ddd;border-radius:6px;padding:.3em .7em;margin:.3em 0;font-size:.9em}
details.run summary{cursor:pointer}
details.run dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em;margin:.4em 0}
details.run dt{color:#555}details.run dd{margin:0;overflow-wrap:anywhere}
)css";
}

std::string_view ReportPageScript() {
  return R"js((() => {
'use strict';
const T = KG.i18n, FACETS = ['kind', 'dossier', 'fractie', 'date', 'status'];
const $ = id => document.getElementById(id);
const fmt = (s, ...a) => { let i = 0; return s.replace(/\{\}/g, () => a[i++]); };
const sep = KG.lang === 'en' ? ',' : '.';
const num = n => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
const collator = new Intl.Collator(KG.lang, { numeric: true, sensitivity: 'base' });
const el = (tag, props, text) => {
  const e = document.createElement(tag);
  if (props) Object.assign(e, props);
  if (text != null) e.textContent = text;
  return e;
};
const text = c => (Array.isArray(c) ? c[0] : c);
const state = { q: '', kind: '', dossier: '', fractie: '', from: '', to: '', status: '' };

function dateEnd(d) { return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d; }

function keep(t, i) {
  const r = t.rows[i], n = t.cols.length;
  if (state.q) {
    let h = t.hay[i];
    if (h === undefined) h = t.hay[i] = r.map(text).join('\u0001').toLocaleLowerCase();
    if (!h.includes(state.q)) return false;
  }
  for (let k = 0; k < FACETS.length; k++) {
    const f = FACETS[k];
    if (!t.applies[f]) continue;
    const v = r[n + k];
    if (f === 'date') {
      if (!state.from && !state.to) continue;
      if (!v || (state.from && dateEnd(v) < state.from) || (state.to && v > state.to)) return false;
    } else if (state[f] && v !== state[f]) {
      return false;
    }
  }
  return true;
}

function cell(c, v) {
  const td = el('td');
  if (c.t === 'id') {
    if (v[0]) {
      const url = v[1];
      const a = url && /^https?:\/\//.test(url)
        ? el('a', { className: 'id', href: url, title: v[0], target: '_blank', rel: 'noopener' }, v[0])
        : el('span', { className: 'id', title: v[0] }, v[0]);
      td.appendChild(a);
    }
  } else if (c.t === 'num') {
    td.textContent = v;
    td.className = 'num';
  } else if (v.length > 160) {
    // Long text shows four lines; a click shows the rest.
    const d = el('div', { className: 'clip' }, v);
    d.addEventListener('click', () => d.classList.toggle('full'));
    td.appendChild(d);
  } else {
    td.textContent = v;
  }
  return td;
}

function render(t) {
  const pages = Math.max(1, Math.ceil(t.view.length / t.size));
  t.page = Math.max(0, Math.min(t.page, pages - 1));
  const frag = document.createDocumentFragment();
  const start = t.page * t.size, end = Math.min(t.view.length, start + t.size);
  for (let j = start; j < end; j++) {
    const i = t.view[j], r = t.rows[i], tr = el('tr');
    if (t.anchors) tr.id = t.anchors[i];
    t.cols.forEach((c, k) => tr.appendChild(cell(c, r[k])));
    frag.appendChild(tr);
  }
  t.body.replaceChildren(frag);
  const active = FACETS.some(f => (f === 'date' ? state.from || state.to : state[f]) && !t.applies[f]);
  t.info.textContent = fmt(T['ui.shown'], num(t.view.length), num(t.rows.length)) + (active ? ' ' + T['ui.filter_na'] : '');
  t.empty.hidden = t.view.length > 0 || t.rows.length === 0;
  t.pager.hidden = pages < 2;
  t.pageText.textContent = fmt(T['ui.page'], num(t.page + 1), num(pages));
  t.prev.disabled = t.page === 0;
  t.next.disabled = t.page >= pages - 1;
}

function sortView(t) {
  if (!t.sort) return;
  const { col, dir } = t.sort, numeric = t.cols[col].t === 'num';
  t.view.sort((a, b) => {
    const x = text(t.rows[a][col]), y = text(t.rows[b][col]);
    let r;
    if (numeric && x !== '' && y !== '') r = Number(x) - Number(y);
    else r = collator.compare(x, y);
    return dir * r || a - b;
  });
}

function refilter(t) {
  t.view = [];
  for (let i = 0; i < t.rows.length; i++) if (keep(t, i)) t.view.push(i);
  sortView(t);
  t.page = 0;
  render(t);
}

const tables = KG.tables.map(t => {
  const host = $('sec-' + t.id);
  t.hay = new Array(t.rows.length);
  t.applies = {};
  t.facets.forEach(f => { t.applies[f] = true; });
  const table = el('table', { id: t.id, className: 'data' });
  const colgroup = el('colgroup');
  t.cols.forEach(c => { const col = el('col'); if (c.w) col.style.width = c.w + 'em'; colgroup.appendChild(col); });
  const tr = el('tr');
  t.cols.forEach((c, k) => {
    const th = el('th', { title: c.l + ' — ' + T['ui.sort'] }, c.l);
    if (c.t === 'num') th.className = 'num';
    th.addEventListener('click', () => {
      const dir = t.sort && t.sort.col === k ? -t.sort.dir : 1;
      tr.querySelectorAll('th').forEach(h => { delete h.dataset.dir; });
      th.dataset.dir = dir > 0 ? 'asc' : 'desc';
      t.sort = { col: k, dir };
      sortView(t);
      render(t);
    });
    tr.appendChild(th);
  });
  const thead = el('thead');
  thead.appendChild(tr);
  t.body = el('tbody');
  table.append(colgroup, thead, t.body);
  t.info = el('p', { className: 'info' });
  t.empty = el('p', { className: 'info empty' }, t.rows.length ? T['ui.no_rows'] : '');
  t.pager = el('div', { className: 'pager' });
  t.prev = el('button', { type: 'button' }, '‹ ' + T['ui.previous']);
  t.next = el('button', { type: 'button' }, T['ui.next'] + ' ›');
  t.pageText = el('span');
  t.prev.addEventListener('click', () => { t.page--; render(t); });
  t.next.addEventListener('click', () => { t.page++; render(t); });
  t.pager.append(t.prev, t.pageText, t.next);
  host.append(t.info, table, t.empty, t.pager);
  t.view = t.rows.map((_, i) => i);
  t.page = 0;
  render(t);
  return t;
});

// The choices of the filters: every value the tables hold, sorted.
function fill(id, facet, datalist) {
  const values = new Set();
  const k = FACETS.indexOf(facet);
  tables.forEach(t => {
    if (!t.applies[facet]) return;
    const n = t.cols.length;
    t.rows.forEach(r => { if (r[n + k]) values.add(r[n + k]); });
  });
  const box = $(id);
  if (!datalist) box.appendChild(el('option', { value: '' }, T['ui.all']));
  [...values].sort(collator.compare).forEach(v => box.appendChild(el('option', { value: v }, datalist ? null : v)));
}
fill('f-kind', 'kind');
fill('f-dossiers', 'dossier', true);
fill('f-fractie', 'fractie');
fill('f-status', 'status');

let timer = 0;
function update() {
  state.q = $('f-q').value.trim().toLocaleLowerCase();
  state.kind = $('f-kind').value;
  state.dossier = $('f-dossier').value.trim();
  state.fractie = $('f-fractie').value;
  state.from = $('f-from').value;
  state.to = $('f-to').value;
  state.status = $('f-status').value;
  tables.forEach(refilter);
}
$('f-q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(update, 150); });
['f-kind', 'f-dossier', 'f-fractie', 'f-from', 'f-to', 'f-status'].forEach(id => $(id).addEventListener('change', update));
$('f-dossier').addEventListener('input', update);
$('filters').addEventListener('reset', () => setTimeout(update, 0));

// A link to a row that is not drawn (another page, or filtered out) turns to the row's page first.
function reveal() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id) return;
  document.querySelectorAll('tr.hit').forEach(r => r.classList.remove('hit'));
  for (const t of tables) {
    if (!t.anchors) continue;
    const i = t.anchors.indexOf(id);
    if (i < 0) continue;
    let j = t.view.indexOf(i);
    if (j < 0) { $('filters').reset(); update(); j = t.view.indexOf(i); }
    t.page = Math.floor(j / t.size);
    render(t);
    const row = $(id);
    if (row) { row.classList.add('hit'); row.scrollIntoView({ block: 'center' }); }
    return;
  }
}
window.addEventListener('hashchange', reveal);
reveal();
})();
)js";
}

}  // namespace kamergraaf
