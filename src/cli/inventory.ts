import { Command } from 'commander';

/** `scanner inventory diff <a> <b>`: what changed in an account between two saved inventories. */
export function inventoryCommand(): Command {
  const diff = new Command('diff')
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .description('Resources added, removed and changed between two inventories, per service')
    .argument('<from>', 'the earlier inventory folder (written by --save-inventory)')
    .argument('<to>', 'the later inventory folder')
    .option('--json', 'print the differences as JSON')
    .addHelpText('after', '\nExample:\n  $ scanner inventory diff acme-2026-01 acme-2026-06 --json > changes.json')
    .action(async (from: string, to: string, options: { json?: boolean }) => {
      // Loaded only when the command runs, so that `scanner --help` starts fast.
      const [{ openInventory }, { diffInventories, renderDiff }] = await Promise.all([import('../inventory/open.js'), import('../inventory/diff.js')]);
      const [before, after] = await Promise.all([openInventory(from), openInventory(to)]);
      const differences = diffInventories(before, after);
      process.stdout.write(options.json ? `${JSON.stringify(differences, null, 2)}\n` : renderDiff(differences));
    });
  return new Command('inventory').description('Work with inventories saved by `scanner aws --save-inventory`').addCommand(diff);
}
