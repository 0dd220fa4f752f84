import type { Logger } from 'pino';
import { SEVERITIES } from '../checks/check.js';
import type { Finding } from '../findings/finding.js';
import { UsageError, describeError } from '../errors.js';
import type { ScanContext } from '../output/context.js';
import { gateFails, gateVerdict, type GateOutcome } from '../findings/gate.js';
import { countFindings, scanDurationSeconds, type FindingCounts } from '../output/counts.js';
import type { Delivery } from './s3.js';

/** An http(s) URL that fetch can POST to; anything else is a usage error. */
export function parseWebhookUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError('--notify-webhook must be an http:// or https:// URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--notify-webhook must be an http:// or https:// URL, not ${url.protocol}`);
  }
  // fetch refuses URLs with credentials in them, so this would fail only after the whole scan.
  if (url.username || url.password) {
    throw new UsageError('--notify-webhook must not contain user:password@; put a token in the URL path or query instead');
  }
  return url.href;
}

/** What `--notify-webhook` posts: JSON for machines, and `text` so a Slack incoming webhook can show it as is. */
export interface Notification {
  scanName: string | null;
  account: { id: string; alias: string | null };
  startedAt: string;
  finishedAt: string;
  durationSeconds: number;
  counts: FindingCounts;
  /** The CI gate's verdict: whether the scan fails the build, and by which rule. */
  gate: { passed: boolean; rule: string; failing: number; ignored: boolean };
  /** Presigned links to the outputs, when they were uploaded with `--output-bucket`. */
  outputs?: { bundleUrl: string; htmlUrl?: string; expiresAt: string };
  /** A short summary in Slack's mrkdwn, readable as plain text too. */
  text: string;
}

/** Slack reads these three as markup in `text`; a scan name or alias must not turn into a link or mention. */
function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function summaryText(notification: Omit<Notification, 'text'>, gateVerdictText: string): string {
  const { account, counts, outputs } = notification;
  const accountName = `account ${account.id}${account.alias ? ` (${escapeMrkdwn(account.alias)})` : ''}`;
  const heading = notification.scanName ? `*${escapeMrkdwn(notification.scanName)}*: ${accountName}` : `*Scan of ${accountName}*`;
  const severities = SEVERITIES.filter((s) => counts.failBySeverity[s] > 0).map((s) => `${s} ${counts.failBySeverity[s]}`);
  const failing = counts.failing > 0 ? `${counts.failing} failing (${severities.join(', ')})` : 'no failing findings';
  const lines = [
    `${heading}, scanned in ${notification.durationSeconds} s`,
    `${failing}; ${counts.byStatus.PASS} passed, ${counts.byStatus.MANUAL} manual, ${counts.byStatus.ERROR} errors, ${counts.muted} muted`,
    `Result: ${gateVerdictText}`,
  ];
  if (outputs) {
    const links = [...(outputs.htmlUrl ? [`<${outputs.htmlUrl}|HTML report>`] : []), `<${outputs.bundleUrl}|all outputs (.tar.gz)>`];
    lines.push(`${links.join(' · ')}, links valid until ${outputs.expiresAt}`);
  }
  return lines.join('\n');
}

export function buildNotification(
  findings: Iterable<Finding>,
  context: ScanContext,
  gate: GateOutcome,
  delivery?: Delivery,
): Notification {
  const notification: Omit<Notification, 'text'> = {
    scanName: context.scanName ?? null,
    account: { id: context.account.id, alias: context.account.alias ?? null },
    startedAt: context.startedAt.toISOString(),
    finishedAt: context.finishedAt.toISOString(),
    durationSeconds: Math.round(scanDurationSeconds(context) * 10) / 10,
    counts: countFindings(findings),
    gate: { passed: !gateFails(gate), rule: gate.rule, failing: gate.failures.length, ignored: gate.ignored },
    ...(delivery
      ? {
          outputs: {
            bundleUrl: delivery.bundle.url,
            ...(delivery.html ? { htmlUrl: delivery.html.url } : {}),
            expiresAt: delivery.expiresAt.toISOString(),
          },
        }
      : {}),
  };
  return { ...notification, text: summaryText(notification, gateVerdict(gate)) };
}

/** What `--notify-webhook` posts when the scan could not finish: no counts, no links, the reason. */
export interface FailureNotification {
  scanName: string | null;
  failed: true;
  error: string;
  text: string;
}

/** Whoever started the scan from a chat tool is waiting for a message: a failure must say so too. */
export function buildFailureNotification(scanName: string | undefined, error: unknown): FailureNotification {
  const reason = describeError(error);
  const heading = scanName ? `*${escapeMrkdwn(scanName)}*` : '*Scan*';
  return {
    scanName: scanName ?? null,
    failed: true,
    error: reason,
    text: `${heading} failed: ${escapeMrkdwn(reason)}`,
  };
}

export const WEBHOOK_TIMEOUT_MS = 10_000;

/** fetch reports a refused connection as "fetch failed"; the reason is in its cause. */
function failureReason(error: unknown): string {
  return describeError(error instanceof Error && error.cause !== undefined ? error.cause : error);
}

/**
 * POSTs `body` as JSON. A notification is a courtesy, not part of the scan's result: any failure
 * is logged as a warning and reported as `false`, never thrown.
 */
export async function notifyWebhook(
  url: string,
  body: Notification | FailureNotification,
  log: Logger,
  timeoutMs: number = WEBHOOK_TIMEOUT_MS,
): Promise<boolean> {
  // Webhook URLs carry their secret in the path (Slack's do), so only the origin may be logged.
  const webhook = new URL(url).origin;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      // A redirected POST may arrive as a GET without its body; better to report it than to follow it.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const answer = (await response.text()).slice(0, 200);
    if (!response.ok) {
      log.warn({ webhook, status: response.status, answer }, 'the webhook refused the notification');
      return false;
    }
    log.info({ webhook, status: response.status }, 'webhook notified');
    return true;
  } catch (error) {
    log.warn({ webhook, error: failureReason(error) }, 'cannot notify the webhook');
    return false;
  }
}
