import { readFileSync } from 'node:fs';
import { type Document, isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.js';
import { Mutelist } from './mutelist.js';
import { MutelistFileSchema } from './schema.js';

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

/** Reads and validates a mutelist file; anything wrong with it is a UsageError naming the spot. */
export function loadMutelist(path: string): Mutelist {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read mutelist ${path}: ${READ_FAILURES[code] ?? (error as Error).message}`);
  }
  return parseMutelist(text, path);
}

/**
 * Parses a mutelist from YAML text. `source` names the text in errors, which read
 * `<source>:<line>:<column>: <what is wrong>`, one problem at a time.
 */
export function parseMutelist(text: string, source: string): Mutelist {
  const lines = new LineCounter();
  // failsafe: every scalar stays the string that was written (no numbers, no octal account IDs).
  const document = parseDocument(text, { schema: 'failsafe', lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${source}:${line}:${col}`;
  };

  const syntaxError = document.errors[0];
  if (syntaxError) {
    const message =
      syntaxError.code === 'DUPLICATE_KEY'
        ? 'this key appears twice in the same map; merge the two entries (YAML would keep only one)'
        : syntaxError.message;
    throw new UsageError(`${at(syntaxError.pos[0])}: ${message}`);
  }

  const parsed = MutelistFileSchema.safeParse(document.toJS());
  if (parsed.success) return new Mutelist(parsed.data);
  const located = parsed.error.issues.map((issue) => ({ issue, ...locate(document, issue) }));
  // A missing key is usually the echo of a misspelt one; report the misspelling first.
  const rank = ({ offset, missing }: (typeof located)[number]) => (missing ? text.length : 0) + offset;
  const first = located.reduce((best, candidate) => (rank(candidate) < rank(best) ? candidate : best));
  throw new UsageError(`${at(first.offset)}: ${messageOf(first.issue)}`);
}

/** A record's bad key carries its reason one level down. */
function messageOf(issue: z.core.$ZodIssue): string {
  return issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
}

/**
 * Where in the text an issue belongs: the offending key for unknown and invalid keys, else the
 * offending value, or its key when the value is empty; for something missing, the deepest key
 * that exists.
 */
function locate(document: Document, issue: z.core.$ZodIssue): { offset: number; missing: boolean } {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
  const pointsAtKey = issue.code === 'unrecognized_keys' || issue.code === 'invalid_key';
  let node: unknown = document.contents;
  let key: Node | undefined;
  let missing = false;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(document);
    const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === segment) : undefined;
    if (pair) {
      key = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
      key = undefined;
      node = node.items[segment];
    } else {
      missing = true;
      break;
    }
  }
  const isEmpty = missing || !node || (isScalar(node) && node.value === '');
  const target = pointsAtKey || isEmpty ? (key ?? (node as Node | undefined)) : (node as Node);
  return { offset: target?.range?.[0] ?? 0, missing };
}
