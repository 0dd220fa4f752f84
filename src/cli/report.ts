import { Command } from 'commander';
import { withKnownMetadata } from '../checks/catalog.js';
import { ExitCode, ScannerError, describeError } from '../errors.js';

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
    .action(async (input: string, options: { output?: string; scanName?: string }) => {
      // Loaded only when the command runs, so that `scanner --help` and the listings start fast.
      const [{ writeFileAtomically }, { writeHtml }, { readOcsfFile, readOcsfScan }, { judgeCompliance }] = await Promise.all([
        import('../output/atomic-file.js'),
        import('../output/html/writer.js'),
        import('../output/ocsf-read.js'),
        import('../compliance/judge.js'),
      ]);
      const scan = await readOcsfFile(input, 'the findings file', readOcsfScan);
      const findings = withKnownMetadata(scan.findings);
      // The saved file does not record the scan's configuration: requirements that need a strict
      // one are judged on the findings alone.
      const context = {
        ...scan.context,
        ...(options.scanName ? { scanName: options.scanName } : {}),
        compliance: judgeCompliance(findings, scan.context),
      };
      const output = options.output ?? defaultReportPath(input);
      try {
        await writeFileAtomically(output, (out) => writeHtml(findings, context, out));
      } catch (error) {
        // A writer's own failure (say, an unbuilt report template) already says what is wrong.
        if (error instanceof ScannerError) throw error;
        throw new ScannerError(`cannot write the report to ${output}: ${describeError(error)}`, ExitCode.runtimeFailure, error);
      }
      process.stdout.write(`${output}\n`);
    });
}
