import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { usageError } from '../../helpers/usage-error.js';
import { loadMutelist, parseMutelist } from '../../../src/mutelist/load.js';

const problemIn = (text: string) => usageError(() => parseMutelist(text, 'mutelist.yaml')).message;

const HEADER = `Mutelist:
  Accounts:
    '*':
      Checks:
`;

describe('parseMutelist: what is wrong and where', () => {
  it.each([
    ['an empty file', '', "mutelist.yaml:1:1: the file must be a map with 'Mutelist'"],
    [
      'the pre-v4 top-level key',
      "Allowlist:\n  Accounts: {}\n",
      "mutelist.yaml:1:1: unknown key 'Allowlist' (did you mean 'Mutelist'?); expected 'Mutelist'",
    ],
    ['no Accounts', 'Mutelist:\n  Checks: {}\n', "mutelist.yaml:2:3: unknown key 'Checks'; expected 'Accounts'"],
    ['Accounts left empty', 'Mutelist:\n  Accounts:\n', "mutelist.yaml:2:3: Accounts must be a map of account IDs (or '*') to entries"],
    [
      'an account ID too short',
      "Mutelist:\n  Accounts:\n    '12345':\n      Checks: {}\n",
      "mutelist.yaml:3:5: account '12345' must be a 12-digit AWS account ID or '*'",
    ],
    ['an account without Checks', "Mutelist:\n  Accounts:\n    '*': {}\n", 'mutelist.yaml:3:5: missing Checks'],
    [
      'a misspelt key, with the missing key it causes',
      `${HEADER}        s3_*:\n          Regions: ['*']\n          Resource: ['*']\n`,
      "mutelist.yaml:7:11: unknown key 'Resource' (did you mean 'Resources'?); expected 'Regions', 'Resources', 'Tags', 'Exceptions', 'Description'",
    ],
    [
      'a key in the wrong case',
      `${HEADER}        s3_*:\n          regions: ['*']\n          Resources: ['*']\n`,
      "mutelist.yaml:6:11: unknown key 'regions' (did you mean 'Regions'?); expected 'Regions', 'Resources', 'Tags', 'Exceptions', 'Description'",
    ],
    ['a missing key', `${HEADER}        s3_*:\n          Regions: ['*']\n`, 'mutelist.yaml:5:9: missing Resources'],
    [
      'Regions as a single value',
      `${HEADER}        s3_*:\n          Regions: eu-west-1\n          Resources: ['*']\n`,
      "mutelist.yaml:6:20: Regions must be a list of region names or patterns, e.g. ['*']",
    ],
    [
      'Regions left empty',
      `${HEADER}        s3_*:\n          Regions:\n          Resources: ['*']\n`,
      "mutelist.yaml:6:11: Regions must be a list of region names or patterns, e.g. ['*']",
    ],
    [
      'an empty Resources list',
      `${HEADER}        s3_*:\n          Regions: ['*']\n          Resources: []\n`,
      "mutelist.yaml:7:22: Resources is empty, so this entry mutes nothing; list resources or use ['*']",
    ],
    [
      'a map inside a list',
      `${HEADER}        s3_*:\n          Regions: ['*']\n          Resources:\n            - logs\n            - {name: x}\n`,
      "mutelist.yaml:9:15: Resources must be a list of resource ID or ARN patterns, e.g. ['*']",
    ],
    [
      'an invalid resource pattern',
      `${HEADER}        s3_*:\n          Regions: ['*']\n          Resources: ['logs(']\n`,
      "mutelist.yaml:7:23: invalid pattern 'logs(' in Resources: unterminated group",
    ],
    [
      'an invalid check pattern',
      `${HEADER}        '[s3':\n          Regions: ['*']\n          Resources: ['*']\n`,
      "mutelist.yaml:5:9: check '[s3' is not a valid pattern: unterminated character class",
    ],
    [
      'a Python-only regular expression in Tags',
      `${HEADER}        '*':\n          Regions: ['*']\n          Resources: ['*']\n          Tags: ['(?i)env=dev']\n`,
      "mutelist.yaml:8:18: invalid pattern '(?i)env=dev' in Tags: invalid group",
    ],
    [
      'Description inside Exceptions',
      `${HEADER}        '*':\n          Regions: ['*']\n          Resources: ['*']\n          Exceptions:\n            Description: why\n`,
      "mutelist.yaml:9:13: unknown key 'Description'; expected 'Accounts', 'Regions', 'Resources', 'Tags'",
    ],
    [
      'a check written twice',
      `${HEADER}        '*': {Regions: ['*'], Resources: ['*']}\n        '*': {Regions: ['*'], Resources: ['*']}\n`,
      'mutelist.yaml:6:9: this key appears twice in the same map; merge the two entries (YAML would keep only one)',
    ],
    [
      'broken YAML',
      `${HEADER}        '*': {Regions: ['*'], Resources: ['*']\n`,
      expect.stringMatching(/^mutelist\.yaml:6:\d+: \S/),
    ],
  ])('%s', (_, text, message) => {
    expect(problemIn(text)).toEqual(message);
  });

  it('reports one line, never a code frame', () => {
    expect(problemIn(`${HEADER}        '*': {Regions: ['*'], Resources: ['*']\n`)).not.toContain('\n');
  });

  it('accepts an alias to a list written once', () => {
    const mutelist = parseMutelist(
      `${HEADER}        s3_*: {Regions: &europe [eu-west-1, eu-central-1], Resources: ['*']}\n        ec2_*: {Regions: *europe, Resources: ['*']}\n`,
      'mutelist.yaml',
    );
    expect(mutelist).toBeDefined();
  });
});

describe('loadMutelist', () => {
  const directory = mkdtempSync(join(tmpdir(), 'mutelist-'));

  it('says why a file cannot be read', () => {
    const missing = join(directory, 'missing.yaml');
    expect(usageError(() => loadMutelist(missing)).message).toBe(`cannot read mutelist ${missing}: no such file`);
    expect(usageError(() => loadMutelist(directory)).message).toBe(`cannot read mutelist ${directory}: it is a directory`);
  });

  it.skipIf(process.getuid?.() === 0)('says so when the file is not readable', () => {
    const locked = join(directory, 'locked.yaml');
    writeFileSync(locked, 'Mutelist:\n  Accounts: {}\n');
    chmodSync(locked, 0o000);
    expect(usageError(() => loadMutelist(locked)).message).toBe(`cannot read mutelist ${locked}: permission denied`);
  });

  it('names the file in a format error', () => {
    const broken = join(directory, 'broken.yaml');
    writeFileSync(broken, 'Mutelist:\n  Accounts: []\n');
    expect(usageError(() => loadMutelist(broken)).message).toBe(
      `${broken}:2:13: Accounts must be a map of account IDs (or '*') to entries`,
    );
  });
});
