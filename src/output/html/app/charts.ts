import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartEvent, type ActiveElement } from 'chart.js';
import type { Report } from './data.js';
import { el } from './dom.js';
import { capitalise } from './format.js';
import type { ShowFindings } from './summary.js';
import { mostFailing, type ScanStats } from './stats.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The services and regions charted: the most failing ones, then the rest by name, up to this many. */
const MAX_BARS = 12;
const BAR_HEIGHT = 26;
/**
 * Printing lays the page out at paper width without resizing a canvas, so each chart is redrawn
 * for paper when printing starts: about one column of three on A4 or Letter (the print stylesheet
 * then fits it to its frame exactly), and sharp enough for a printer.
 */
const PRINT_WIDTH = 210;
const PRINT_PIXEL_RATIO = 3;

/** Colours live in the stylesheet only; charts read them from there. */
function colour(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();
}

interface StackedBars {
  title: string;
  labels: string[];
  /** Per label, findings by stats column. */
  rows: number[][];
  labelColours?: string[];
  pick(label: number): void;
}

function stackedChart(stats: ScanStats, bars: StackedBars): { figure: HTMLElement; chart: Chart<'bar'> } {
  const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': `${bars.title}, stacked by status` } });
  const frame = el('div', { class: 'chart-frame', attrs: { style: `height:${Math.max(150, bars.labels.length * BAR_HEIGHT + 70)}px` } }, canvas);
  const figure = el('figure', { class: 'chart' }, el('figcaption', {}, bars.title), frame);
  const ink = colour('ink-2');
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.labels,
      // Only the statuses the scan has, so the legend names nothing that is not drawn.
      datasets: stats.columns
        .map((column, index) => ({
          label: column === 'muted' ? 'Muted' : column,
          data: bars.rows.map((row) => row[index]!),
          backgroundColor: colour(column.toLowerCase()),
          borderWidth: 0,
          barThickness: 16,
        }))
        .filter((_, index) => stats.total[index]! > 0),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      onClick: (_event: ChartEvent, elements: ActiveElement[]) => {
        const bar = elements[0];
        if (bar) bars.pick(bar.index);
      },
      onHover: (event: ChartEvent, elements: ActiveElement[]) => {
        const target = event.native?.target;
        if (target instanceof HTMLElement) target.style.cursor = elements.length ? 'pointer' : 'default';
      },
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { precision: 0, color: ink }, grid: { color: colour('line') } },
        y: {
          stacked: true,
          grid: { display: false },
          ticks: { color: (context) => bars.labelColours?.[context.index] ?? ink, font: { weight: bars.labelColours ? 'bold' : 'normal' } },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, color: ink } },
        tooltip: { mode: 'index', intersect: false },
      },
    },
  });
  return { figure, chart };
}

/** Redraws the charts for paper while the page prints, and for the window again afterwards. */
function followPrinting(charts: readonly Chart<'bar'>[]): void {
  const forPaper = () => {
    for (const chart of charts) {
      chart.options.devicePixelRatio = PRINT_PIXEL_RATIO;
      chart.resize(PRINT_WIDTH, chart.height);
    }
  };
  const forScreen = () => {
    for (const chart of charts) {
      chart.options.devicePixelRatio = window.devicePixelRatio;
      chart.resize();
    }
  };
  addEventListener('beforeprint', forPaper);
  addEventListener('afterprint', forScreen);
  // Print previews and emulated print media switch the media without the print events.
  matchMedia('print').addEventListener('change', (event) => (event.matches ? forPaper() : forScreen()));
}

/** The most failing names first, then others, so a chart of many regions still shows where it matters. */
function chartedRows(names: readonly string[], rows: number[][], fail: number): number[] {
  const failing = mostFailing(rows, fail);
  const rest = names.map((_, index) => index).filter((index) => !failing.includes(index) && rows[index]!.some((n) => n > 0));
  return [...failing, ...rest].slice(0, MAX_BARS);
}

/**
 * Findings by severity, service and region, each stacked by status; a bar click filters the table.
 * Chart.js sizes a chart from its container, so `draw` once the section is in the page.
 */
export function renderCharts(report: Report, stats: ScanStats, show: ShowFindings): { element: HTMLElement; draw(): void } {
  const grid = el('div', { class: 'charts-grid' });
  const element = el(
    'section',
    { class: 'card charts', attrs: { id: 'charts', 'aria-labelledby': 'charts-title' } },
    el('h2', { attrs: { id: 'charts-title' } }, 'Findings at a glance'),
    grid,
  );
  const draw = () => {
    const services = chartedRows(report.services, stats.byService, stats.fail);
    const regions = chartedRows(report.regions, stats.byRegion, stats.fail);
    const drawn = [
      stackedChart(stats, {
        title: 'By severity',
        labels: report.severities.map(capitalise),
        rows: stats.bySeverity,
        labelColours: report.severities.map((severity) => colour(severity)),
        pick: (index) => show({ severity: [report.severities[index]!] }),
      }),
      stackedChart(stats, {
        title: 'By service',
        labels: services.map((index) => report.services[index]!),
        rows: services.map((index) => stats.byService[index]!),
        pick: (index) => show({ service: report.services[services[index]!]! }),
      }),
      stackedChart(stats, {
        title: 'By region',
        labels: regions.map((index) => report.regions[index]!),
        rows: regions.map((index) => stats.byRegion[index]!),
        pick: (index) => show({ region: report.regions[regions[index]!]! }),
      }),
    ];
    grid.append(...drawn.map(({ figure }) => figure));
    followPrinting(drawn.map(({ chart }) => chart));
  };
  return { element, draw };
}
