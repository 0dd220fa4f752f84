import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommanderError } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { roleTemplateCommand } from '../../../src/cli/role-template.js';
import { UsageError } from '../../../src/errors.js';
import type { RoleTemplate, StackSetRoleTemplate } from '../../../src/role-template/template.js';

const ACCOUNT = ['--trusted-account', '111122223333'];

interface Printed {
  stdout: string;
  stderr: string;
}

/** Runs `scanner aws role-template <args>` in-process and collects what it printed. */
async function roleTemplate(args: string[]): Promise<Printed> {
  const printed = { stdout: '', stderr: '' };
  const capture = (stream: 'stdout' | 'stderr') =>
    vi.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed[stream] += String(chunk);
      return true;
    });
  const spies = [capture('stdout'), capture('stderr')];
  try {
    await roleTemplateCommand().exitOverride().parseAsync(args, { from: 'user' });
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return printed;
}

const externalIdOf = (template: RoleTemplate) => template.Parameters.ExternalId.Default;

describe('scanner aws role-template', () => {
  it('prints a YAML template, and only the template, when given an external ID', async () => {
    const printed = await roleTemplate([...ACCOUNT, '--external-id', 'acme-2024', '--role-name', 'Audit']);
    const template = parse(printed.stdout) as RoleTemplate;
    expect(externalIdOf(template)).toBe('acme-2024');
    expect(template.Resources.AuditRole.Properties.RoleName).toBe('Audit');
    expect(printed.stderr).toBe('');
  });

  it('prints JSON when asked', async () => {
    const printed = await roleTemplate([...ACCOUNT, '--format', 'json', '--scan-name', 'Acme']);
    const template = JSON.parse(printed.stdout) as RoleTemplate;
    expect(template.Parameters.ScanName).toHaveProperty('Default', 'Acme');
    expect(template.Resources.AuditRole.Properties.RoleName).toBe('ScannerAudit');
  });

  it('generates a different external ID each time, and says so on stderr', async () => {
    const first = await roleTemplate(ACCOUNT);
    const second = await roleTemplate(ACCOUNT);
    const ids = [first, second].map((printed) => externalIdOf(parse(printed.stdout) as RoleTemplate));
    expect(ids[0]).not.toBe(ids[1]);
    expect(first.stderr).toBe(`scanner: generated the external ID ${ids[0]} (also the template's ExternalId output)\n`);
  });

  it.each([
    [['--trusted-account', '12345'], '--trusted-account must be a 12-digit AWS account ID'],
    [['--trusted-account', '11112222333a'], '--trusted-account must be a 12-digit AWS account ID'],
    [[...ACCOUNT, '--external-id', 'x'], '--external-id must be 2-1224 characters of [A-Za-z0-9_+=,.@:/-]'],
    [[...ACCOUNT, '--external-id', 'has space'], '--external-id must be 2-1224 characters of [A-Za-z0-9_+=,.@:/-]'],
    [[...ACCOUNT, '--external-id', 'a'.repeat(1225)], '--external-id must be 2-1224 characters of [A-Za-z0-9_+=,.@:/-]'],
    [[...ACCOUNT, '--role-name', 'audit/Scanner'], '--role-name must be an IAM role name: 1-64 characters of [A-Za-z0-9_+=,.@-]'],
    [[...ACCOUNT, '--role-name', 'R'.repeat(65)], '--role-name must be an IAM role name: 1-64 characters of [A-Za-z0-9_+=,.@-]'],
    [[...ACCOUNT, '--scan-name', "O'Brien"], '--scan-name must be 1-200 characters of letters, digits, spaces and _.,&()@+-'],
    [[...ACCOUNT, '--format', 'xml'], '--format must be yaml or json'],
    [[...ACCOUNT, '--stackset', '--scan-name', 'Acme'], '--scan-name does not apply with --stackset: one organization scan uses the role of every account'],
  ])('%j is a one-line usage error', async (args, message) => {
    const error: unknown = await roleTemplate(args).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe(message);
    expect((error as UsageError).exitCode).toBe(2);
  });

  it('prints the StackSet variant with --stackset, without generating an external ID', async () => {
    const plain = await roleTemplate([...ACCOUNT, '--stackset']);
    const template = parse(plain.stdout) as StackSetRoleTemplate;
    expect(template).not.toHaveProperty('Parameters');
    expect(template.Description).toContain('StackSet');
    expect(plain.stderr).toBe('');
    const guarded = JSON.parse((await roleTemplate([...ACCOUNT, '--stackset', '--external-id', 'acme-org', '--format', 'json'])).stdout) as StackSetRoleTemplate;
    expect(guarded.Parameters?.ExternalId.Default).toBe('acme-org');
  });

  it('accepts the longest external ID IAM allows', async () => {
    const externalId = 'a'.repeat(1224);
    const printed = await roleTemplate([...ACCOUNT, '--external-id', externalId]);
    expect(externalIdOf(parse(printed.stdout) as RoleTemplate)).toBe(externalId);
  });

  it('requires --trusted-account', async () => {
    const error: unknown = await roleTemplate([]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).code).toBe('commander.missingMandatoryOptionValue');
  });
});

const cfnLintInstalled = spawnSync('cfn-lint', ['--version']).status === 0;

describe.skipIf(!cfnLintInstalled)('cfn-lint', () => {
  const dir = mkdtempSync(join(tmpdir(), 'role-template-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['yaml', ['--scan-name', 'Acme']],
    ['json', ['--scan-name', 'Acme']],
    ['yaml', ['--stackset']],
    ['json', ['--stackset', '--external-id', 'acme-org']],
  ])('finds nothing wrong with the %s template of %j', async (format, extra) => {
    const file = join(dir, `role-${extra.join('')}.${format}`);
    writeFileSync(file, (await roleTemplate([...ACCOUNT, '--format', format, ...extra])).stdout);
    const lint = spawnSync('cfn-lint', [file], { encoding: 'utf8' });
    expect(lint.stdout + lint.stderr).toBe('');
    expect(lint.status).toBe(0);
  }, 60_000);
});
