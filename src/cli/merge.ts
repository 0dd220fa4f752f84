import { Command } from 'commander';

/** `scanner merge`: the outputs of a plan's shards, put together as if one machine had scanned them all. */
export function mergeCommand(setExitCode: (code: number) => void): Command {
  return new Command('merge')
    .description("Merge the shard folders of a plan (`scanner aws --plan --shard`) into one set of outputs, accounts file and exit code")
    .argument('<shard-folders...>', 'the output folders of the shards')
    .requiredOption('--plan <plan.json>', 'the plan the shards were scanned from')
    .option('-o, --output-directory <dir>', 'where to write the merged outputs (default ./output)')
    .option('-M, --output-formats <formats...>', 'csv, json-ocsf, html (default: all three)')
    .option('-F, --output-filename <name>', 'output file name without extension')
    .option('--scan-name <name>', 'a name for the scan, shown in the reports and used in file names')
    .option('--compliance <frameworks...>', 'frameworks the summary details by section')
    .option('--fail-on <severity>', 'exit 3 only for unmuted FAILs at or above this severity')
    .option('-z, --ignore-exit-code-3', 'exit 0 even when there are FAIL findings')
    .option('--allow-partial', 'exit 0 rather than 4 when some accounts could not be scanned or a shard is missing')
    .option('--log-level <level>', 'debug, info, warn or error (default warn); logs go to stderr')
    .addHelpText('after', '\nExample:\n  $ scanner merge shard-1 shard-2 shard-3 --plan plan.json -o report')
    .action(async (folders: string[], raw: Record<string, unknown>) => {
      setExitCode(await (await import('./merge-run.js')).mergeShardFolders(folders, raw));
    });
}
