import { eachThrough, type Finding } from '../findings/finding.js';
import { compilePattern } from './pattern.js';
import type { MutelistFile, MutelistRule } from './schema.js';

type Condition = (finding: Finding) => boolean;

const anyOf = (patterns: readonly RegExp[], value: string) => patterns.some((pattern) => pattern.test(value));

/**
 * A resource's tags as Prowler presents them to tag patterns: `key=value` pairs joined by ` | `.
 * Patterns search this one string, so `env=dev` also matches `env=development`, and an empty tag
 * set matches only patterns that match nothing at all, such as `*`.
 */
function tagText(tags: Record<string, string>): string {
  return Object.entries(tags)
    .map(([key, value]) => `${key}=${value}`)
    .join(' | ');
}

/**
 * One condition per non-empty list: Accounts (only Exceptions have it), Regions, Resources
 * (matched against the resource's ID or its ARN) and Tags (every pattern must match).
 */
function conditions(fields: {
  Accounts?: readonly string[];
  Regions?: readonly string[];
  Resources?: readonly string[];
  Tags?: readonly string[];
}): Condition[] {
  const compiled = (texts: readonly string[] | undefined) => (texts?.length ? texts.map(compilePattern) : undefined);
  const accounts = compiled(fields.Accounts);
  const regions = compiled(fields.Regions);
  const resources = compiled(fields.Resources);
  const tags = compiled(fields.Tags);
  return [
    accounts && ((finding: Finding) => anyOf(accounts, finding.accountId)),
    regions && ((finding: Finding) => anyOf(regions, finding.region)),
    resources && ((finding: Finding) => anyOf(resources, finding.resource.id) || anyOf(resources, finding.resource.arn)),
    tags &&
      ((finding: Finding) => {
        const text = tagText(finding.resource.tags);
        return tags.every((pattern) => pattern.test(text));
      }),
  ].filter((condition): condition is Condition => condition !== undefined);
}

/** An entry under Checks: it mutes a finding of a matching check when every field it sets matches. */
class Rule {
  private readonly check: RegExp;
  private readonly scope: Condition[];
  private readonly exception: Condition[];

  constructor(checkPattern: string, rule: MutelistRule) {
    this.check = compilePattern(checkPattern);
    this.scope = conditions(rule);
    this.exception = conditions(rule.Exceptions ?? {});
  }

  appliesTo(checkId: string): boolean {
    return this.check.test(checkId);
  }

  /**
   * Exceptions take back what the entry mutes, and only that: a finding is excepted when the
   * entry's Exceptions set at least one field and every field they set matches it.
   */
  mutes(finding: Finding): boolean {
    if (!this.scope.every((condition) => condition(finding))) return false;
    return this.exception.length === 0 || !this.exception.every((condition) => condition(finding));
  }
}

/** The entries of one key under Accounts, looked up by check ID once per check. */
class AccountRules {
  private readonly rulesByCheck = new Map<string, Rule[]>();
  private readonly rules: Rule[];

  constructor(checks: Record<string, MutelistRule>) {
    this.rules = Object.entries(checks).map(([pattern, rule]) => new Rule(pattern, rule));
  }

  mutes(finding: Finding): boolean {
    let rules = this.rulesByCheck.get(finding.check.id);
    if (!rules) {
      rules = this.rules.filter((rule) => rule.appliesTo(finding.check.id));
      this.rulesByCheck.set(finding.check.id, rules);
    }
    return rules.some((rule) => rule.mutes(finding));
  }
}

/**
 * Prowler's mutelist: which findings are known and accepted. A finding is muted when an entry for
 * its account (or for `*`) and its check matches its region, resource and tags, and that entry's
 * Exceptions do not take it back. Muting never changes a finding's status.
 */
export class Mutelist {
  /** By account ID, and `*` for every account. */
  private readonly accounts: Map<string, AccountRules>;

  constructor(file: MutelistFile) {
    this.accounts = new Map(
      Object.entries(file.Mutelist.Accounts).map(([account, { Checks }]) => [account, new AccountRules(Checks)]),
    );
  }

  mutes(finding: Finding): boolean {
    return [finding.accountId, '*'].some((account) => this.accounts.get(account)?.mutes(finding) ?? false);
  }
}

/** The findings, with `muted: true` on copies of those the mutelist matches; the rest are unchanged. */
export function applyMutelist(findings: Iterable<Finding>, mutelist: Mutelist): Iterable<Finding> {
  return eachThrough(findings, (finding) => (!finding.muted && mutelist.mutes(finding) ? { ...finding, muted: true } : finding));
}
