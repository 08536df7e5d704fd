// Triage ops dashboard: reads the admin API with the admin token (kept in sessionStorage, never in
// the page) and redraws every 5 seconds. Chart.js is the global from the webjar's UMD bundle.
const REFRESH_MS = 5000;
const TOKEN_KEY = 'triage.adminToken';
const PALETTE = ['#3867d6', '#1e9e6a', '#d99a16', '#8854d0', '#d64545', '#0fb9b1', '#4b6584', '#fa8231', '#a5b1c2'];
const FIXED = { local: '#1e9e6a', remote: '#3867d6', none: '#a5b1c2' };
const $ = (id) => document.getElementById(id);

const state = { mixGroup: 'tier', moneyGroup: 'route', charts: {}, decisions: [], timer: null, currency: 'USD' };

class Unauthorized extends Error {}

function token() {
  return sessionStorage.getItem(TOKEN_KEY);
}

/** Takes a token from #token=... (the fragment never reaches the server), then drops it from the URL. */
function tokenFromFragment() {
  const match = location.hash.match(/token=([^&]+)/);
  if (match) {
    sessionStorage.setItem(TOKEN_KEY, decodeURIComponent(match[1]));
    history.replaceState(null, '', location.pathname + location.search);
  }
}

async function admin(path) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${token()}` } });
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    throw new Unauthorized(body.error?.message ?? 'The admin token was refused.');
  }
  if (!response.ok) {
    throw new Error(`${path}: ${response.status} ${body.error?.message ?? response.statusText}`);
  }
  return body;
}

function colour(key, index) {
  return FIXED[key] ?? PALETTE[index % PALETTE.length];
}

function money(value) {
  const n = Number(value);
  const digits = Math.abs(n) >= 1 ? { maximumFractionDigits: 2, minimumFractionDigits: 2 } : { maximumSignificantDigits: 3 };
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency: state.currency, ...digits }).format(n);
  } catch {
    return `${n.toPrecision(3)} ${state.currency}`;
  }
}

const count = (n) => new Intl.NumberFormat().format(n);
const percent = (part, whole) => (whole > 0 ? `${((100 * part) / whole).toFixed(1)} %` : '–');
const millis = (n) => (n == null ? '–' : `${Math.round(n)} ms`);

/** Turns the flat series points into one dataset per key over every bucket of the window. */
function pivot(series, value) {
  const step = series.bucket_seconds * 1000;
  const first = Math.floor(Date.parse(series.from) / step) * step;
  const starts = [];
  for (let t = first; t < Date.parse(series.to); t += step) starts.push(t);
  const keys = [...new Set(series.data.map((p) => p.key))].sort();
  const index = new Map(starts.map((t, i) => [t, i]));
  const rows = Object.fromEntries(keys.map((k) => [k, new Array(starts.length).fill(0)]));
  for (const p of series.data) {
    const i = index.get(Date.parse(p.start));
    if (i !== undefined) rows[p.key][i] += Number(value(p));
  }
  const labels = starts.map((t) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', hour12: false }));
  return { labels, keys, rows };
}

function chart(id, type, options = {}) {
  if (!state.charts[id]) {
    state.charts[id] = new Chart($(id), {
      type,
      data: { labels: [], datasets: [] },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        ...options,
      },
    });
  }
  return state.charts[id];
}

function drawMix(series) {
  const { labels, keys, rows } = pivot(series, (p) => p.requests);
  const mix = chart('chart-mix', 'bar', { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } });
  mix.data.labels = labels;
  mix.data.datasets = keys.map((k, i) => ({ label: k, data: rows[k], backgroundColor: colour(k, i), borderRadius: 3 }));
  mix.update();
}

function drawCache(series) {
  const hits = pivot(series, (p) => p.cache_hits);
  const falls = pivot(series, (p) => p.fallbacks);
  const sum = (p) => p.labels.map((_, i) => p.keys.reduce((s, k) => s + p.rows[k][i], 0));
  const cache = chart('chart-cache', 'line', { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
  cache.data.labels = hits.labels;
  cache.data.datasets = [
    { label: 'cache hits', data: sum(hits), borderColor: '#1e9e6a', backgroundColor: '#1e9e6a33', fill: true, tension: 0.3, order: 1 },
    // drawn on top and dashed, so that equal counts still show both lines
    { label: 'fallbacks', data: sum(falls), borderColor: '#d64545', borderDash: [6, 4], fill: false, tension: 0.3, order: 0 },
  ];
  cache.update();
}

function drawMoney(usage) {
  const money = chart('chart-money', 'bar', { scales: { y: { beginAtZero: true } } });
  money.data.labels = usage.groups.map((g) => g.key);
  money.data.datasets = [
    { label: `cost (${usage.currency})`, data: usage.groups.map((g) => Number(g.cost)), backgroundColor: '#d99a16', borderRadius: 3 },
    { label: `saved (${usage.currency})`, data: usage.groups.map((g) => Number(g.saved)), backgroundColor: '#1e9e6a', borderRadius: 3 },
  ];
  money.update();
}

function drawLatency(latency) {
  const kinds = [['total latency', latency.latency_ms], ['gateway overhead', latency.overhead_ms], ['TTFT (streams)', latency.ttft_ms]];
  const chartLatency = chart('chart-latency', 'bar', { scales: { y: { beginAtZero: true } } });
  chartLatency.data.labels = kinds.map(([name, p]) => `${name} (n=${p.count})`);
  chartLatency.data.datasets = [['p50', '#a5b1c2'], ['p95', '#3867d6'], ['p99', '#8854d0']].map(([q, c]) => ({
    label: q, data: kinds.map(([, p]) => p[q] ?? 0), backgroundColor: c, borderRadius: 3,
  }));
  chartLatency.update();
}

function drawHeadline(totals, series, latency) {
  const t = totals.total;
  const cost = Number(t.cost);
  const saved = Number(t.saved);
  const hits = series.data.reduce((s, p) => s + p.cache_hits, 0);
  const fallbacks = series.data.reduce((s, p) => s + p.fallbacks, 0);
  $('stat-requests').textContent = count(t.requests);
  $('stat-cost').textContent = money(cost);
  $('stat-saved').textContent = money(saved);
  $('stat-saved-pct').textContent = percent(saved, cost + saved);
  $('stat-cache').textContent = percent(hits, t.requests);
  $('stat-fallbacks').textContent = count(fallbacks);
  $('stat-p95').textContent = millis(latency.latency_ms.p95);
}

function drawBackends(backends) {
  const list = $('backends');
  list.replaceChildren(...backends.data.map((b) => {
    const li = document.createElement('li');
    li.dataset.backend = b.name;
    const name = document.createElement('span');
    name.innerHTML = '<span class="name"></span> <span class="muted"></span>';
    name.firstChild.textContent = b.name;
    name.lastChild.textContent = b.models.join(', ');
    const pills = document.createElement('span');
    pills.append(pill(b.tier, b.tier), ' ', b.available ? pill(`breaker ${b.breaker.replace('_', '-')}`, b.breaker) : pill('unavailable', 'down'));
    if (!b.available) li.title = b.unavailable_reason ?? '';
    li.append(name, pills);
    return li;
  }));
}

function pill(text, kind) {
  const span = document.createElement('span');
  span.className = `pill ${kind}`;
  span.textContent = text;
  return span;
}

function fillFilters(decisions) {
  for (const select of document.querySelectorAll('.filters select')) {
    const field = select.dataset.field;
    const known = new Set([...select.options].map((o) => o.value));
    [...new Set(decisions.map((d) => d[field] ?? 'none'))].sort().filter((v) => !known.has(v)).forEach((v) => select.add(new Option(v, v)));
  }
}

function drawDecisions() {
  const wanted = [...document.querySelectorAll('.filters select')].filter((s) => s.value).map((s) => [s.dataset.field, s.value]);
  const text = $('f-text').value.trim().toLowerCase();
  const shown = state.decisions.filter((d) => wanted.every(([f, v]) => (d[f] ?? 'none') === v)
      && (!text || [d.rule, d.model, d.backend, ...(d.reasons ?? [])].join(' ').toLowerCase().includes(text)));
  $('decisions').tBodies[0].replaceChildren(...shown.map(row));
  $('decision-count').textContent = `${shown.length} of ${state.decisions.length}`;
}

function row(d) {
  const tr = document.createElement('tr');
  if (d.status >= 400) tr.className = 'failed';
  const route = d.fallback_from ? `${d.route} ← ${d.fallback_from}` : d.route;
  const cells = [
    [new Date(d.at).toLocaleTimeString([], { hour12: false })], [d.tenant], [d.task ?? '–'], [d.tier], [route], [d.rule],
    [(d.reasons ?? []).join('; '), 'reasons'], [d.cache], [money(d.cost), 'num'],
    [money(d.saved), `num ${Number(d.saved) < 0 ? 'neg' : Number(d.saved) > 0 ? 'pos' : ''}`],
    [`${d.latency_ms} ms`, 'num'],
  ];
  for (const [value, cls] of cells) {
    const td = document.createElement('td');
    td.textContent = value ?? '';
    if (cls) td.className = cls;
    tr.append(td);
  }
  return tr;
}

async function refresh() {
  const minutes = Number($('window').value);
  const bucket = minutes <= 60 ? 60 : minutes <= 360 ? 300 : 900;
  const from = new Date(Date.now() - minutes * 60000).toISOString();
  const [mix, all, totals, moneyBy, latency, backends, decisions] = await Promise.all([
    admin(`/admin/series?group_by=${state.mixGroup}&minutes=${minutes}&bucket=${bucket}`),
    state.mixGroup === 'tier' ? null : admin(`/admin/series?group_by=tier&minutes=${minutes}&bucket=${bucket}`),
    admin(`/admin/usage?group_by=tier&from=${from}`),
    admin(`/admin/usage?group_by=${state.moneyGroup}&from=${from}`),
    admin(`/admin/latency?minutes=${minutes}`),
    admin('/admin/backends'),
    admin('/admin/decisions?limit=500'),
  ]);
  state.currency = totals.currency;
  drawHeadline(totals, all ?? mix, latency);
  drawMix(mix);
  drawCache(all ?? mix);
  drawMoney(moneyBy);
  drawLatency(latency);
  drawBackends(backends);
  state.decisions = decisions.data;
  fillFilters(state.decisions);
  drawDecisions();
}

async function tick() {
  clearTimeout(state.timer);
  try {
    await refresh();
    $('error').hidden = true;
    $('live').classList.remove('stale');
    $('updated').textContent = `updated ${new Date().toLocaleTimeString([], { hour12: false })}`;
    document.body.dataset.state = 'ready';
  } catch (e) {
    if (e instanceof Unauthorized) {
      signOut(`Wrong admin token: ${e.message}`);
      return;
    }
    showError(`Could not refresh: ${e.message}`);
    $('live').classList.add('stale');
  }
  state.timer = setTimeout(tick, REFRESH_MS);
}

function showError(message) {
  $('error').textContent = message;
  $('error').hidden = false;
}

function signOut(message) {
  clearTimeout(state.timer);
  sessionStorage.removeItem(TOKEN_KEY);
  document.body.dataset.state = message ? 'refused' : 'signed-out';
  $('board').hidden = true;
  $('sign-in').hidden = false;
  if (message) showError(message); else $('error').hidden = true;
}

function signIn() {
  $('sign-in').hidden = true;
  $('board').hidden = false;
  document.body.dataset.state = 'loading';
  tick();
}

function wire() {
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $('token').value.trim());
    $('token').value = '';
    signIn();
  });
  $('sign-out').addEventListener('click', () => signOut());
  $('window').addEventListener('change', tick);
  for (const tabs of document.querySelectorAll('.tabs')) {
    tabs.addEventListener('click', (event) => {
      const group = event.target.dataset?.group;
      if (!group) return;
      tabs.querySelectorAll('button').forEach((b) => b.classList.toggle('on', b === event.target));
      state[`${tabs.dataset.target}Group`] = group;
      tick();
    });
  }
  document.querySelectorAll('.filters select, .filters input').forEach((el) => {
    el.addEventListener('input', drawDecisions);
    el.addEventListener('change', drawDecisions);
  });
}

wire();
tokenFromFragment();
if (token()) signIn(); else signOut();
