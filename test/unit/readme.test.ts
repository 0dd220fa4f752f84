import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { awsCommand } from '../../src/cli/aws.js';
import { checkCatalog } from '../../src/checks/catalog.js';
import { checkCommandLine } from '../../src/cli/main.js';
import { FURTHER_READS } from '../../src/role-template/template.js';
import { PACKAGE_NAME } from '../../src/version.js';
import { ROOT, runScanner } from '../helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** Plausible values for the placeholders README's examples use; an unknown one fails the test. */
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  'RoleArn': 'arn:aws:iam::123456789012:role/ScannerAudit',
  'role-arn': 'arn:aws:iam::123456789012:role/ScannerAudit',
  'ExternalId': 'acme-2026',
  'external-id': 'acme-2026',
  'id': 'acme-2026',
  'url': 'https://hooks.example.com/scanner',
  'scan': 'output/scan',
};

interface Fence {
  line: number;
  text: string;
}

/** The lines that open or close a code block, and every line that holds a fence among other text. */
function fences(markdown: string): { fences: Fence[]; misplaced: Fence[] } {
  const lines = markdown.split('\n').map((text, index) => ({ line: index + 1, text }));
  return {
    fences: lines.filter(({ text }) => /^```/.test(text)),
    misplaced: lines.filter(({ text }) => text.includes('```') && !/^```[a-z]*$/.test(text)),
  };
}

interface CodeBlock {
  line: number;
  lines: string[];
}

function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: CodeBlock | undefined;
  for (const [index, text] of markdown.split('\n').entries()) {
    if (/^```/.test(text)) {
      if (open) blocks.push(open);
      open = open ? undefined : { line: index + 2, lines: [] };
    } else open?.lines.push(text);
  }
  return blocks;
}

const COMMAND_START = new RegExp(`^(\\$ )?(scanner|npx (--yes )?${PACKAGE_NAME.replace(/[-]/g, '\\-')}) `);

/**
 * The `scanner` command lines of a code block, whole: `\` continuations joined, and so are the
 * lines a YAML folded block (`run: >`) continues a command with, which keep its indentation.
 */
function commandLines(block: CodeBlock): { line: number; command: string }[] {
  const commands: { line: number; command: string }[] = [];
  for (let i = 0; i < block.lines.length; i += 1) {
    const first = block.lines[i]!;
    const indent = /^ */.exec(first)![0];
    if (!COMMAND_START.test(first.trimStart())) continue;
    const line = block.line + i;
    let command = first.trim();
    while (command.endsWith('\\') || (indent && block.lines[i + 1]?.match(/^ */)![0] === indent)) {
      i += 1;
      command = `${command.replace(/\\$/, '')} ${block.lines[i]!.trim()}`;
    }
    commands.push({ line, command });
  }
  return commands;
}

/** Shell words, quotes removed; a comment, a redirection or a pipe ends the command. */
function words(command: string): string[] {
  const result: string[] = [];
  for (const match of command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) {
    const bare = match[3];
    if (bare !== undefined && /^(#|>|\|)/.test(bare)) break;
    result.push(match[1] ?? match[2] ?? bare!);
  }
  return result;
}

/** The argv the command line gives `scanner`, placeholders filled in. */
function argvOf(command: string): string[] {
  const filled = command.replace(/<([\w-]+)>/g, (placeholder, name: string) => {
    const value = PLACEHOLDERS[name];
    if (value === undefined) throw new Error(`no value for the placeholder ${placeholder} in: ${command}`);
    return value;
  });
  const argv = words(filled.replace(/^\$ /, ''));
  const start = argv[0] === 'scanner' ? 1 : argv.indexOf(PACKAGE_NAME) + 1;
  return ['node', 'scanner', ...argv.slice(start)];
}

function readmeCommands(markdown: string): { line: number; command: string }[] {
  return codeBlocks(markdown).flatMap(commandLines);
}

describe('README', () => {
  it('opens and closes every code block on a line of its own', () => {
    const { fences: found, misplaced } = fences(README);
    expect(misplaced).toEqual([]);
    expect(found.length % 2).toBe(0);
    // Only an opening fence names a language: a closing one that does is an opening one out of step.
    expect(found.filter((_, index) => index % 2 === 1 && found[index]!.text !== '```')).toEqual([]);
  });

  it('shows scanner commands in its examples', () => {
    expect(readmeCommands(README).length).toBeGreaterThan(20);
  });

  it('runs npx on our own package, never on the unrelated `scanner` package', () => {
    const npx = README.split('\n').filter((line) => /\bnpx\b/.test(line) && /^\s*(\$ )?npx /.test(line));
    expect(npx.length).toBeGreaterThan(0);
    for (const line of npx) expect(line.trim()).toMatch(COMMAND_START);
  });

  it('lists every option of `scanner aws` in its Options table', () => {
    const table = README.split('### Options')[1]!.split('\n\n')[1]!;
    const listed = (flag: string) => table.includes(`\`${flag}`) || table.includes(`, ${flag}`);
    const missing = awsCommand(() => undefined).options.map((option) => option.long!).filter((flag) => !listed(flag));
    expect(missing).toEqual([]);
  });

  it.each(readmeCommands(README).map(({ line, command }) => [line, command]))(
    'line %i: `%s` is a command line scanner accepts',
    async (_line, command) => {
      expect(await checkCommandLine(argvOf(command))).toEqual({ ok: true });
    },
  );
});

describe("the CLI's own help examples", () => {
  it.each(['--help', 'aws --help', 'aws role-template --help', 'aws runner-template --help', 'report --help'])(
    '`scanner %s` shows only command lines scanner accepts',
    async (args) => {
      const { stdout } = await runScanner(args.split(' '));
      const examples = stdout.split('\n').map((line) => line.trim()).filter((line) => line.startsWith('$ scanner '));
      expect(examples.length).toBeGreaterThan(0);
      for (const example of examples) {
        // Help lines put a description after the command, two spaces or more away.
        const command = example.split(/ {2,}/)[0]!;
        expect([command, await checkCommandLine(argvOf(command))]).toEqual([command, { ok: true }]);
      }
    },
  );
});

describe('the README checks themselves', () => {
  const sample = [
    '```',
    'scanner aws --regoin eu-west-1        # misspelt',
    'scanner aws -R <RoleArn> \\',
    '  -I <ExternalId> --scan-name Acme > out.txt',
    '```',
    '```yaml',
    '      - run: >',
    `          npx --yes ${PACKAGE_NAME} aws --scan-name "a b"`,
    '          --fail-on high',
    '```',
  ].join('\n');

  it('reads each command whole and rejects a misspelt flag', async () => {
    const commands = readmeCommands(sample).map(({ command }) => argvOf(command).slice(2));
    expect(commands).toEqual([
      ['aws', '--regoin', 'eu-west-1'],
      ['aws', '-R', PLACEHOLDERS.RoleArn, '-I', PLACEHOLDERS.ExternalId, '--scan-name', 'Acme'],
      ['aws', '--scan-name', 'a b', '--fail-on', 'high'],
    ]);
    expect(await checkCommandLine(['node', 'scanner', ...commands[0]!])).toEqual({
      ok: false,
      message: "unknown option '--regoin'\n(Did you mean --region?)",
    });
  });

  it('finds a code block that swallowed a heading and a fence out of step', () => {
    const damaged = ['```', 'scanner aws --list-checks   # ID, se### Choosing', '', 'text', '```yaml', 'a: 1', '```yaml'].join('\n');
    const { fences: found } = fences(damaged);
    expect(found.length % 2).toBe(1);
    expect(fences('text ```\nscanner aws\n```').misplaced).toHaveLength(1);
  });
});

describe("README's count of checks and services", () => {
  const section = README.slice(README.indexOf('## What it checks'), README.indexOf('## Usage'));
  const byService = new Map<string, number>();
  for (const check of checkCatalog) byService.set(check.service, (byService.get(check.service) ?? 0) + 1);

  it('states how many checks and services there are', () => {
    expect(section).toContain(`All ${checkCatalog.length} of Prowler's 645 AWS checks, in ${byService.size} services`);
  });

  it('lists every service with its number of checks', () => {
    const rows = [...section.matchAll(/^\| ([a-z0-9]+) \| (\d+) \|$/gm)].map(([, service, count]) => [service, Number(count)]);
    expect(rows).toEqual([...byService].sort(([a], [b]) => a.localeCompare(b)));
  });
});

describe("README's permissions", () => {
  it('name every read the role template grants beyond the managed policies', () => {
    const section = README.slice(README.indexOf('## Permissions'), README.indexOf('## Outputs'));
    expect(FURTHER_READS.filter((action) => !section.includes(`\`${action}\``))).toEqual([]);
  });
});
