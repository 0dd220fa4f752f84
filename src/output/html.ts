import { createHash } from 'node:crypto';
import { SEVERITIES, type Severity, type Status } from '../checks/check.js';
import type { Finding } from '../checks/finding.js';
import type { ReadFailure } from '../services/resource-map.js';
import type { OutputWriter, ScanContext } from './context.js';

/** Markup that is already safe: built by `html`, never by concatenating account data. */
class SafeHtml {
  constructor(readonly markup: string) {}
}

type Interpolation = SafeHtml | string | number | readonly (SafeHtml | string)[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

function render(value: Interpolation): string {
  if (value instanceof SafeHtml) return value.markup;
  if (typeof value === 'string' || typeof value === 'number') return escapeHtml(String(value));
  return value.map(render).join('');
}

/**
 * Template tag that escapes every interpolated value unless it is itself `html`: resource names,
 * tags and messages come from the scanned account and must only ever be text.
 */
function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, index) => out + text + (index < values.length ? render(values[index]!) : ''), ''));
}

/** Only web links become anchors, so a `javascript:` URL in metadata cannot run. */
function webLink(url: string | undefined, label: string): SafeHtml | string {
  if (!url || !/^https?:\/\//i.test(url)) return '';
  return html`<a href="${url}" rel="noopener noreferrer">${label}</a>`;
}

/** Unmuted findings by status; muted ones apart, as accepted risk needs no action. */
const COLUMNS = ['FAIL', 'ERROR', 'MANUAL', 'PASS', 'muted'] as const;
type Column = (typeof COLUMNS)[number];
const STATUS_ORDER: readonly Status[] = ['FAIL', 'ERROR', 'MANUAL', 'PASS'];

function columnOf(finding: Finding): Column {
  return finding.muted ? 'muted' : finding.status;
}

/** What needs attention first: unmuted before muted, FAIL first, then the most severe. */
function byUrgency(a: Finding, b: Finding): number {
  return (
    Number(a.muted) - Number(b.muted) ||
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    SEVERITIES.indexOf(a.check.severity) - SEVERITIES.indexOf(b.check.severity) ||
    a.check.id.localeCompare(b.check.id) ||
    a.region.localeCompare(b.region) ||
    a.resource.id.localeCompare(b.resource.id)
  );
}

function utc(date: Date): string {
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function duration(context: ScanContext): string {
  const seconds = Math.max(0, (context.finishedAt.getTime() - context.startedAt.getTime()) / 1000);
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = `${minutes % 60} min ${Math.round(seconds % 60)} s`;
  return minutes < 60 ? rest : `${Math.floor(minutes / 60)} h ${rest}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function statusBadge(column: Column): SafeHtml {
  return html`<span class="status s-${column.toLowerCase()}">${column === 'muted' ? 'Muted' : column}</span>`;
}

function severityBadge(severity: Severity): SafeHtml {
  return html`<span class="sev v-${severity}">${severity}</span>`;
}

function header(context: ScanContext): SafeHtml {
  const { account } = context;
  const title = context.scanName ?? `AWS account ${account.id}`;
  const facts: [string, SafeHtml | string][] = [
    ['Account', html`<code>${account.id}</code>`],
    ['Caller', html`<code>${account.callerArn}</code>`],
    ['Partition', account.partition],
    [`Regions (${account.regions.length})`, account.regions.join(', ')],
    ['Started', utc(context.startedAt)],
    ['Duration', duration(context)],
    ['Checks run', String(context.checkIds.length)],
    ['Scanner', `scanner ${context.scannerVersion}`],
  ];
  return html`<header class="masthead"><div class="wrap">
<p class="eyebrow">AWS security posture report</p>
<h1>${title}</h1>
<dl class="facts">${facts.map(([term, value]) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>
</div></header>`;
}

function unreadScopes(failures: readonly ReadFailure[]): SafeHtml | string {
  if (failures.length === 0) return '';
  const sorted = [...failures].sort(
    (a, b) => a.region.localeCompare(b.region) || a.service.localeCompare(b.service) || a.operation.localeCompare(b.operation),
  );
  return html`<section class="notice" id="unread">
<h2>${plural(failures.length, 'read')} failed</h2>
<p>The scanner could not see these scopes. Checks that depend on them report ERROR rather than PASS; grant the missing permissions or fix the region and scan again.</p>
<div class="scroll"><table class="grid">
<thead><tr><th>Region</th><th>Service</th><th>Operation</th><th>Resource</th><th>Message</th></tr></thead>
<tbody>${sorted.map(
    (failure) =>
      html`<tr><td>${failure.region}</td><td>${failure.service}</td><td><code>${failure.operation}</code></td><td class="wrap-any">${failure.resourceArn ? html`<code>${failure.resourceArn}</code>` : html`<span class="quiet">whole listing</span>`}</td><td class="wrap-any">${failure.message}</td></tr>`,
  )}</tbody>
</table></div>
</section>`;
}

function totals(findings: readonly Finding[]): SafeHtml {
  const count = (column: Column, severity?: Severity) =>
    findings.filter((f) => columnOf(f) === column && (severity === undefined || f.check.severity === severity)).length;
  const total = findings.length;
  const share = (n: number) => (total === 0 ? 0 : (100 * n) / total);
  return html`<section class="totals" aria-labelledby="totals-title">
<h2 id="totals-title">Summary</h2>
<div class="cards">${COLUMNS.map(
    (column) =>
      html`<div class="card c-${column.toLowerCase()}"><span class="count">${count(column)}</span><span class="label">${column === 'muted' ? 'Muted' : column}</span></div>`,
  )}<div class="card c-total"><span class="count">${total}</span><span class="label">Findings</span></div></div>
<div class="bar" role="img" aria-label="Share of findings by status">${COLUMNS.map((column) => {
    const width = share(count(column));
    return width === 0 ? '' : html`<span class="b-${column.toLowerCase()}" style="width:${width.toFixed(2)}%"></span>`;
  })}</div>
<table class="grid matrix">
<thead><tr><th>Severity</th>${COLUMNS.map((column) => html`<th class="num">${statusBadge(column)}</th>`)}<th class="num">Total</th></tr></thead>
<tbody>${SEVERITIES.map(
    (severity) =>
      html`<tr><td>${severityBadge(severity)}</td>${COLUMNS.map((column) => {
        const n = count(column, severity);
        return html`<td class="num${n === 0 ? ' zero' : ''}">${n}</td>`;
      })}<td class="num">${findings.filter((f) => f.check.severity === severity).length}</td></tr>`,
  )}</tbody>
</table>
</section>`;
}

function tags(resourceTags: Readonly<Record<string, string>>): SafeHtml | string {
  const entries = Object.entries(resourceTags);
  if (entries.length === 0) return '';
  return html`<ul class="tags">${entries.map(([key, value]) => html`<li><span class="k">${key}</span>${value === '' ? '' : html`=${value}`}</li>`)}</ul>`;
}

function remediation(finding: Finding): SafeHtml | string {
  if (finding.status !== 'FAIL' && finding.status !== 'MANUAL') return '';
  const { check } = finding;
  const links = [webLink(check.remediation.url, 'Remediation guide'), webLink(check.relatedUrl, 'Reference')].filter(
    (link) => link !== '',
  );
  return html`<details><summary>Risk and remediation</summary>
<p>${check.risk}</p><p>${check.remediation.text}</p>${check.remediation.cli ? html`<pre><code>${check.remediation.cli}</code></pre>` : ''}${
    links.length ? html`<p class="links">${links}</p>` : ''
  }</details>`;
}

function findingRow(finding: Finding): SafeHtml {
  const { check, resource } = finding;
  return html`<tr data-status="${finding.status}" data-muted="${finding.muted ? '1' : '0'}">
<td>${statusBadge(finding.status)}${finding.muted ? html` <span class="status s-muted">Muted</span>` : ''}</td>
<td>${severityBadge(check.severity)}</td>
<td><div class="title">${check.title}</div><code class="id">${check.id}</code></td>
<td>${check.service}</td>
<td class="nowrap">${finding.region}</td>
<td class="wrap-any"><div class="rid">${resource.id}</div>${resource.name !== resource.id ? html`<div class="rname">${resource.name}</div>` : ''}<code class="arn">${resource.arn}</code>${tags(resource.tags)}</td>
<td class="detail">${finding.statusExtended}${remediation(finding)}</td>
</tr>`;
}

function findingsTable(findings: readonly Finding[]): SafeHtml {
  const rows = [...findings].sort(byUrgency).map(findingRow);
  return html`<section class="findings" aria-labelledby="findings-title">
<div class="toolbar">
<h2 id="findings-title">Findings <span class="quiet">(<span id="shown">${findings.length}</span> shown of ${findings.length})</span></h2>
<div class="controls" id="controls" hidden>
<div class="filters" role="group" aria-label="Status">${['', ...STATUS_ORDER].map(
    (status) => html`<button type="button" data-filter="${status}" aria-pressed="${status === '' ? 'true' : 'false'}">${status || 'All'}</button>`,
  )}</div>
<label class="check"><input type="checkbox" id="show-muted" checked> Show muted</label>
<input type="search" id="q" placeholder="Search resources, checks, details" aria-label="Search findings">
</div>
</div>
<div class="scroll"><table class="grid list" id="findings">
<colgroup><col class="w-status"><col class="w-sev"><col class="w-check"><col class="w-svc"><col class="w-region"><col class="w-res"><col></colgroup>
<thead><tr><th>Status</th><th>Severity</th><th>Check</th><th>Service</th><th>Region</th><th>Resource</th><th>Detail</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="7" class="empty">No findings.</td></tr>`}</tbody>
</table></div>
</section>`;
}

/** Status filter and text search; everything else in the report works without it. */
const SCRIPT = `(() => {
  const rows = [...document.querySelectorAll('#findings tbody tr[data-status]')];
  const text = rows.map((row) => row.textContent.toLowerCase());
  const buttons = [...document.querySelectorAll('[data-filter]')];
  const search = document.getElementById('q');
  const showMuted = document.getElementById('show-muted');
  let status = '';
  const apply = () => {
    const words = search.value.trim().toLowerCase();
    let shown = 0;
    rows.forEach((row, i) => {
      const visible = (!status || row.dataset.status === status) && (showMuted.checked || row.dataset.muted === '0') && (!words || text[i].includes(words));
      row.hidden = !visible;
      if (visible) shown += 1;
    });
    document.getElementById('shown').textContent = shown;
  };
  buttons.forEach((button) => button.addEventListener('click', () => {
    status = button.dataset.filter;
    buttons.forEach((other) => other.setAttribute('aria-pressed', String(other === button)));
    apply();
  }));
  search.addEventListener('input', apply);
  showMuted.addEventListener('change', apply);
  document.getElementById('controls').hidden = false;
})();`;

/**
 * The policy forbids every fetch, and allows only this file's own script by hash: even markup that
 * slipped past escaping could neither load anything nor run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  `script-src 'sha256-${createHash('sha256').update(SCRIPT).digest('base64')}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const STYLE = `
:root {
  --ink: #0f172a; --ink-2: #475569; --ink-3: #94a3b8; --line: #e2e8f0; --paper: #ffffff; --wash: #f8fafc;
  --critical: #7f1d1d; --high: #dc2626; --medium: #ea580c; --low: #facc15; --informational: #2563eb;
  --pass: #15803d; --fail: #a21caf; --error: #6d28d9; --manual: #0f766e; --muted: #64748b;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif;
  color: var(--ink); background: var(--wash); font-variant-numeric: tabular-nums; }
code, pre { font-family: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 12px; }
h1, h2 { line-height: 1.2; margin: 0; }
h2 { font-size: 17px; font-weight: 650; }
.wrap { max-width: 1480px; margin: 0 auto; padding: 0 28px; }
.masthead { background: var(--ink); color: #f8fafc; padding: 26px 0 22px; }
.eyebrow { margin: 0 0 6px; font-size: 12px; letter-spacing: .08em; text-transform: uppercase; color: var(--ink-3); }
.masthead h1 { font-size: 26px; font-weight: 700; }
.facts { display: flex; flex-wrap: wrap; gap: 14px 40px; margin: 20px 0 0; }
.facts dt { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--ink-3); }
.facts dd { margin: 2px 0 0; overflow-wrap: anywhere; }
.masthead code { font-size: 13px; color: inherit; }
main.wrap { padding-top: 24px; padding-bottom: 8px; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 20px 22px; margin-bottom: 22px; }
.notice { border-color: #f59e0b; background: #fffbeb; }
.notice h2 { color: #92400e; }
.notice p { margin: 6px 0 14px; color: #78350f; max-width: 80ch; }
.notice .grid th { background: #fef3c7; }
.cards { display: grid; grid-template-columns: repeat(6, minmax(0, 1fr)); gap: 12px; margin: 16px 0 14px; }
.card { border: 1px solid var(--line); border-top: 4px solid var(--c, var(--ink)); border-radius: 8px; padding: 10px 14px; }
.card .count { display: block; font-size: 28px; font-weight: 700; color: var(--c, var(--ink)); }
.card .label { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--ink-2); }
.c-fail { --c: var(--fail); } .c-error { --c: var(--error); } .c-manual { --c: var(--manual); }
.c-pass { --c: var(--pass); } .c-muted { --c: var(--muted); }
.bar { display: flex; height: 8px; border-radius: 4px; overflow: hidden; background: var(--line); margin-bottom: 18px; }
.b-fail { background: var(--fail); } .b-error { background: var(--error); } .b-manual { background: var(--manual); }
.b-pass { background: var(--pass); } .b-muted { background: var(--muted); }
.scroll { overflow-x: auto; }
.grid { width: 100%; border-collapse: collapse; }
.grid th { text-align: left; font-size: 12px; font-weight: 600; color: var(--ink-2); background: var(--wash);
  padding: 8px 10px; border-bottom: 1px solid var(--line); }
.grid td { padding: 9px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
.grid tbody tr:last-child td { border-bottom: 0; }
.matrix { max-width: 760px; }
.num { text-align: right; }
.zero { color: var(--ink-3); }
.status, .sev { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .04em; border-radius: 999px;
  padding: 1px 9px; white-space: nowrap; }
.status { border: 1.5px solid currentColor; background: var(--paper); }
.s-pass { color: var(--pass); } .s-fail { color: var(--fail); } .s-error { color: var(--error); }
.s-manual { color: var(--manual); } .s-muted { color: var(--muted); font-weight: 600; }
.sev { color: #fff; text-transform: capitalize; }
.v-critical { background: var(--critical); } .v-high { background: var(--high); } .v-medium { background: var(--medium); }
.v-low { background: var(--low); color: #422006; } .v-informational { background: var(--informational); }
.toolbar { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 14px; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: 12px; }
.controls[hidden] { display: none; }
.filters { display: inline-flex; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.filters button { font: inherit; font-size: 13px; border: 0; border-right: 1px solid var(--line); background: var(--paper);
  padding: 5px 12px; cursor: pointer; color: var(--ink-2); }
.filters button:last-child { border-right: 0; }
.filters button[aria-pressed="true"] { background: var(--ink); color: #fff; }
.check { font-size: 13px; color: var(--ink-2); display: inline-flex; gap: 6px; align-items: center; }
input[type="search"] { font: inherit; font-size: 13px; width: 280px; padding: 6px 10px; border: 1px solid #cbd5e1; border-radius: 8px; }
.list { table-layout: fixed; min-width: 1100px; }
.w-status { width: 108px; } .w-sev { width: 124px; } .w-check { width: 22%; } .w-svc { width: 96px; }
.w-region { width: 108px; } .w-res { width: 20%; }
.list tbody tr:hover td { background: #f8fafc; }
.title { font-weight: 600; overflow-wrap: anywhere; }
.id, .arn { color: var(--ink-2); overflow-wrap: anywhere; }
.arn { display: block; font-size: 11px; margin-top: 2px; }
.rid { font-weight: 500; overflow-wrap: anywhere; white-space: pre-wrap; }
.rname { color: var(--ink-2); }
.tags { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 4px; }
.tags li { font-size: 11px; background: #f1f5f9; border-radius: 4px; padding: 0 6px; overflow-wrap: anywhere; }
.tags .k { color: var(--ink-2); }
.detail { overflow-wrap: anywhere; }
details { margin-top: 6px; color: var(--ink-2); }
summary { cursor: pointer; font-size: 12px; font-weight: 600; color: var(--informational); }
details p { margin: 6px 0; }
pre { background: #f1f5f9; padding: 6px 8px; border-radius: 6px; white-space: pre-wrap; overflow-wrap: anywhere; margin: 6px 0; }
a { color: var(--informational); }
.links a { margin-right: 14px; }
.nowrap { white-space: nowrap; }
.wrap-any { overflow-wrap: anywhere; }
.quiet { color: var(--ink-3); font-weight: 400; }
.notice .quiet { color: #a16207; }
.empty { text-align: center; color: var(--ink-2); padding: 28px; }
footer { color: var(--ink-2); font-size: 12px; padding-bottom: 32px; }
@media (max-width: 900px) { .cards { grid-template-columns: repeat(3, minmax(0, 1fr)); } }
@media print {
  @page { margin: 12mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  body { background: #fff; font-size: 10px; }
  .wrap { max-width: none; padding: 0; }
  .masthead { background: #fff; color: var(--ink); padding: 0 0 12px; border-bottom: 2px solid var(--ink); }
  .masthead code { font-size: 10px; }
  section { border: 0; padding: 12px 0; border-radius: 0; }
  .controls, .list tbody tr[hidden] { display: none; }
  .scroll { overflow: visible; }
  .list { min-width: 0; }
  .grid tr { break-inside: avoid; }
  details { display: none; }
}
`;

/**
 * One self-contained page: inline style and script, no fonts, images or links to load, so it can
 * be mailed, archived or opened offline and shows the same thing everywhere.
 */
export const writeHtml: OutputWriter = (findings, context) => {
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${context.scanName ? `${context.scanName} · ` : ''}AWS account ${context.account.id} · scanner report</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
${header(context)}
<main class="wrap">
${unreadScopes(context.failures)}
${totals(findings)}
${findingsTable(findings)}
<footer><p>Generated by scanner ${context.scannerVersion} on ${utc(context.finishedAt)}. This file loads nothing from the network.</p>
<details><summary>${plural(context.checkIds.length, 'check')} run</summary><p class="checks"><code>${context.checkIds.join(' ')}</code></p></details></footer>
</main>
<script>${new SafeHtml(SCRIPT)}</script>
</body>
</html>
`;
  return page.markup;
};
