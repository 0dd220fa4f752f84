import './styles.css';
import { loadReport } from './data.js';
import { DetailsPanel } from './details.js';
import { append, byId, el } from './dom.js';
import { FilterBar } from './filters.js';
import { renderHeader, renderUnread } from './header.js';
import { preparePrint } from './print.js';
import { FindingQuery, type QueryResult } from './query.js';
import { renderCharts } from './charts.js';
import { renderOrganization } from './organization.js';
import { ComplianceView } from './compliance.js';
import { DEFAULT_STATE, formatComplianceHash, formatHash, parseComplianceHash, parseHash, type ComplianceRoute, type ViewState } from './state.js';
import { scanStats } from './stats.js';
import { renderSummary } from './summary.js';
import { FindingsTable } from './table.js';

async function start(): Promise<void> {
  const report = await loadReport();
  const { scan } = report;

  const query = new FindingQuery(report);
  const hasCompliance = report.compliance.frameworks.length > 0;
  const complianceRoute = (): ComplianceRoute | null => (hasCompliance ? parseComplianceHash(location.hash, report) : null);
  let page: 'findings' | 'compliance' = complianceRoute() ? 'compliance' : 'findings';
  let state = page === 'findings' ? parseHash(location.hash, report) : DEFAULT_STATE;
  let result: QueryResult | undefined;
  let resultKey = '';

  const apply = (next: ViewState) => {
    state = next;
    const hash = formatHash(state);
    if (page === 'findings' && hash !== location.hash) history.replaceState(null, '', hash || `${location.pathname}${location.search}`);
    // Opening a finding changes nothing about which findings show.
    const key = formatHash({ ...state, finding: null });
    if (!result || key !== resultKey) {
      result = query.run(state);
      resultKey = key;
    }
    filters.update(state, result.facets, result.findings.length);
    table.show(result.findings, state);
    details.show(page === 'findings' ? state.finding : null);
  };
  const change = (filters: Partial<ViewState>) => apply({ ...state, ...filters });
  const findingsSection = el('section', { class: 'card findings', attrs: { id: 'findings', 'aria-labelledby': 'findings-title' } });
  const showFindings = (filters: Partial<ViewState>) => {
    apply({ ...DEFAULT_STATE, view: state.view, ...filters });
    findingsSection.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const filters = new FilterBar(report, change);
  const reset = el('button', { class: 'reset', attrs: { type: 'button' }, on: { click: () => showFindings({}) } }, 'Clear filters');
  const table = new FindingsTable(
    report,
    {
      open: (finding) => change({ finding }),
      sort: (key) => change({ sort: key, descending: state.sort === key && !state.descending }),
    },
    reset,
  );
  const details = new DetailsPanel(report, () => change({ finding: null }));
  findingsSection.append(el('h2', { attrs: { id: 'findings-title' } }, 'Findings'), filters.element, table.element);

  const stats = scanStats(report);
  const charts = renderCharts(report, stats, showFindings);
  const printSection = el('section', { class: 'print-only', attrs: { id: 'print-findings' } });
  const findingsPage = [renderSummary(report, stats, showFindings), renderOrganization(report, showFindings), charts.element, findingsSection, printSection].filter(
    (section) => section !== null,
  );

  // Page changes go through the hash, so the browser's back button and shared links follow them.
  let compliance: ComplianceView | undefined;
  const showPage = (next: typeof page) => {
    page = next;
    document.body.dataset.page = page;
    for (const section of findingsPage) section.hidden = page !== 'findings';
    if (compliance) compliance.element.hidden = page !== 'compliance';
    for (const tab of tabs) tab.setAttribute('aria-current', String(tab.dataset.page === page));
  };
  const route = () => {
    const compliant = complianceRoute();
    if (compliant) {
      compliance ??= new ComplianceView(report, {
        go: (next) => (location.hash = formatComplianceHash(next)),
        closeRequirement: () => (location.hash = formatComplianceHash({ ...complianceRoute()!, requirement: null })),
        showCheck: (check, account) => (location.hash = formatHash({ ...DEFAULT_STATE, check, account, view: 'findings' })),
        showFinding: (finding) => {
          location.hash = formatHash({ ...DEFAULT_STATE, check: report.checkOf(finding).id, view: 'findings', finding });
        },
      });
      if (!compliance.element.isConnected) findingsSection.before(compliance.element);
      showPage('compliance');
      details.show(null);
      compliance.show(compliant);
      return;
    }
    const wasCompliance = page === 'compliance';
    showPage('findings');
    apply(parseHash(location.hash, report));
    if (!wasCompliance) return;
    // From a requirement's check or finding: straight to them; from the tab: the top of the page.
    if (state.finding !== null) table.reveal(state.finding);
    if (state.check !== null) findingsSection.scrollIntoView({ block: 'start' });
    else scrollTo({ top: 0 });
  };
  const tab = (name: typeof page, label: string, hash: () => string) =>
    el('button', { class: 'tab', attrs: { type: 'button', 'data-page': name }, on: { click: () => (location.hash = hash()) } }, label);
  const tabs = hasCompliance
    ? [tab('findings', 'Findings', () => formatHash(state) || '#'), tab('compliance', 'Compliance', () => formatComplianceHash({ framework: null, requirement: null }))]
    : [];

  const app = byId('app');
  app.replaceChildren();
  append(app, [
    renderHeader(report),
    tabs.length > 0 && el('nav', { class: 'page-tabs', attrs: { 'aria-label': 'Report pages' } }, el('div', { class: 'wrap' }, ...tabs)),
    el(
      'main',
      { class: 'wrap' },
      renderUnread(report),
      ...findingsPage,
      el(
        'footer',
        {},
        `Generated by scanner ${scan.scannerVersion}. This file is self-contained: it loads nothing from the network and can be shared as it is.`,
      ),
    ),
    details.element,
  ]);
  charts.draw();
  preparePrint(report, printSection);
  addEventListener('hashchange', route);
  apply(state);
  if (state.finding !== null) table.reveal(state.finding);
  if (page === 'compliance') route();
  else showPage('findings');
  app.removeAttribute('aria-busy');
  // Tests and the benchmark wait for these: the table is in place and answers input.
  performance.mark('report-interactive');
  document.body.dataset.ready = 'true';
}

start().catch((error: unknown) => {
  byId('app').replaceChildren(el('p', { class: 'fatal' }, `This report could not be displayed: ${error instanceof Error ? error.message : String(error)}`));
});
