import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { pathToFileURL } from 'node:url';

/** Debian's Chromium (CI installs it with apt-get); playwright's own browser downloads cannot work here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface OpenedReport {
  page: Page;
  /** Every request the page made, the report file itself included. */
  requests: string[];
  /** Console errors and uncaught exceptions, CSP violations among them. */
  errors: string[];
  /** Messages of any alert, confirm or prompt. */
  dialogs: string[];
}

/** A phone the size of an iPhone 12 to 15: the page laid out as a phone lays it out, with touch. */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** Opens a report from its file:// URL, recording what it asks for, and waits until it answers input. */
export async function openReport(
  browser: Browser,
  path: string,
  hash = '',
  device: BrowserContextOptions = { viewport: { width: 1440, height: 900 } },
): Promise<OpenedReport> {
  const page = await browser.newPage(device);
  const opened: OpenedReport = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('console', (message) => message.type() === 'error' && opened.errors.push(message.text()));
  page.on('pageerror', (error) => opened.errors.push(error.message));
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${pathToFileURL(path).href}${hash}`);
  await page.waitForSelector('body[data-ready]', { timeout: 20_000 });
  return opened;
}

/** The text of each cell of each row, as a person reads a table. */
export async function cellTexts(rows: Locator): Promise<string[][]> {
  return Promise.all((await rows.all()).map((row) => row.locator('td, [role="cell"]').allTextContents()));
}

/** One attribute of each element. */
export async function attributes(elements: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await elements.all()).map((element) => element.getAttribute(name)));
}
