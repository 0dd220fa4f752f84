import { Command } from 'commander';
import { allChecks } from '../../checks/index.js';
import type { CheckMetadata } from '../checks/check.js';
import type { Finding } from '../findings/finding.js';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import { writeFileAtomically } from '../output/formats.js';
import { writeHtml } from '../output/html/writer.js';
import { readOcsfFile, readOcsfScan } from '../output/ocsf.js';

/**
 * OCSF carries no remediation code and repeats metadata per finding: a check the scanner knows
 * gets its own metadata back, shared by all its findings as in a live scan.
 */
function withKnownMetadata(findings: readonly Finding[]): Finding[] {
  const known = new Map<string, CheckMetadata>(allChecks.map((check) => [check.id, check]));
  return findings.map((finding) => ({ ...finding, check: known.get(finding.check.id) ?? finding.check }));
}

function defaultReportPath(input: string): string {
  return `${input.replace(/(\.ocsf)?\.json$/i, '')}.html`;
}

export function reportCommand(): Command {
  return new Command('report')
    .description('Render the HTML report again from a saved JSON-OCSF output, without calling AWS')
    .argument('<findings.ocsf.json>', 'a JSON-OCSF file written by `scanner aws`')
    .option('-o, --output <file>', 'where to write the report (default: beside the input, ending in .html)')
    .option('--scan-name <name>', 'the name to show in the report instead of the recorded one')
    .addHelpText('after', '\nExample:\n  $ scanner report output/scanner-output-123456789012-20261123101500.ocsf.json -o acme.html')
    .action((input: string, options: { output?: string; scanName?: string }) => {
      const scan = readOcsfFile(input, 'the findings file', readOcsfScan);
      const context = options.scanName ? { ...scan.context, scanName: options.scanName } : scan.context;
      const output = options.output ?? defaultReportPath(input);
      try {
        writeFileAtomically(output, writeHtml(withKnownMetadata(scan.findings), context));
      } catch (error) {
        throw new ScannerError(`cannot write the report to ${output}: ${describeError(error)}`, ExitCode.runtimeFailure, error);
      }
      process.stdout.write(`${output}\n`);
    });
}
