import { CreateLoginProfileCommand, CreateUserCommand, IAMClient } from '@aws-sdk/client-iam';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runScanner } from '../helpers/cli.js';
import { motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';

/** Valid IAM user names that a spreadsheet would take for formulas. */
const HOSTILE_USERS = ['=HYPERLINK', '+SUM', '-1+2', '@user', '=1+2'];
/** IAM tag keys allow `@` and `=`, values `=`: a tags cell that starts a formula. */
const HOSTILE_TAG = { Key: '@team', Value: '=1+2' };

describe('a CSV of an account whose names start formulas', () => {
  let csv: string;

  beforeAll(async () => {
    await resetMoto();
    const iam = new IAMClient(seedConfig());
    for (const [index, name] of HOSTILE_USERS.entries()) {
      await iam.send(new CreateUserCommand({ UserName: name, Tags: index === 0 ? [HOSTILE_TAG] : [] }));
      await iam.send(new CreateLoginProfileCommand({ UserName: name, Password: 'Correct-Horse-42' }));
    }
    const outputDirectory = mkdtempSync(join(tmpdir(), 'scanner-csv-injection-'));
    const run = await runScanner([
      'aws', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-c', 'iam_user_mfa_enabled_console_access',
      '-M', 'csv', '-o', outputDirectory, '-F', 'scan',
    ]);
    expect(run.stderr).toBe('');
    csv = readFileSync(join(outputDirectory, 'scan.csv'), 'utf8');
  }, 120_000);

  it.each(HOSTILE_USERS)('writes the user %j as text, behind a single quote', (name) => {
    // Quoted as csv-stringify quotes the cell, if the name needs quoting at all.
    const cell = stringify([[`'${name}`]], { delimiter: ';', record_delimiter: 'windows' }).trimEnd();
    expect(csv).toContain(`;${cell};`);
    expect(csv).not.toMatch(new RegExp(`(^|;)"?${name.replace(/[+$^()]/g, '\\$&')}`, 'm'));
  });

  it('writes a tags cell that would start a formula as text', () => {
    expect(csv).toContain(`;'${HOSTILE_TAG.Key}=${HOSTILE_TAG.Value};`);
  });

  it('leaves no cell that starts with a formula character', () => {
    const cells = csv.split('\r\n').flatMap((line) => line.split(';')).map((cell) => cell.replace(/^"/, ''));
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });
});
