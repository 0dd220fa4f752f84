import { parseYaml, readUserFile } from '../yaml/validate.js';
import { Mutelist } from './mutelist.js';
import { MutelistFileSchema } from './schema.js';

/** Reads and validates a mutelist file; anything wrong with it is a UsageError naming the spot. */
export function loadMutelist(path: string): Mutelist {
  return parseMutelist(readUserFile(path, 'mutelist'), path);
}

/**
 * Parses a mutelist from YAML text. `source` names the text in errors, which read
 * `<source>:<line>:<column>: <what is wrong>`, one problem at a time.
 */
export function parseMutelist(text: string, source: string): Mutelist {
  const file = parseYaml(text, source, MutelistFileSchema, {
    // failsafe: every scalar stays the string that was written (no numbers, no octal account IDs).
    yaml: { schema: 'failsafe' },
    duplicateKey: 'this key appears twice in the same map; merge the two entries (YAML would keep only one)',
  });
  return new Mutelist(file);
}
