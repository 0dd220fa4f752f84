import { readFileSync } from 'node:fs';
import {
  type Document,
  type DocumentOptions,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type ParseOptions,
  parseDocument,
  type SchemaOptions,
} from 'yaml';
import type { z } from 'zod';
import { UsageError } from '../errors.js';

/**
 * Shared by the loaders of the YAML files a user hands to scanner (mutelist, config file): read the
 * file, parse it, validate it with zod, and turn the first problem into one UsageError reading
 * `<source>:<line>:<column>: <what is wrong>`.
 */

const READ_FAILURES: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

/** The text of a file named on the command line; `kind` ("mutelist", "config file") names it in the error. */
export function readUserFile(path: string, kind: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new UsageError(`cannot read ${kind} ${path}: ${READ_FAILURES[code] ?? (error as Error).message}`);
  }
}

export interface YamlReading {
  /** How scalars are read, e.g. `{ schema: 'failsafe' }` to keep every scalar the string written. */
  readonly yaml: ParseOptions & DocumentOptions & SchemaOptions;
  /** The problem reported for a key written twice in one map, which YAML would otherwise resolve silently. */
  readonly duplicateKey: string;
}

/** Parses `text` as YAML and validates it with `schema`, or throws the first problem as a located UsageError. */
export function parseYaml<Schema extends z.ZodType>(
  text: string,
  source: string,
  schema: Schema,
  reading: YamlReading,
): z.output<Schema> {
  const lines = new LineCounter();
  const document = parseDocument(text, { ...reading.yaml, lineCounter: lines, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${source}:${line}:${col}`;
  };

  const syntaxError = document.errors[0];
  if (syntaxError) {
    const message = syntaxError.code === 'DUPLICATE_KEY' ? reading.duplicateKey : syntaxError.message;
    throw new UsageError(`${at(syntaxError.pos[0])}: ${message}`);
  }

  const parsed = schema.safeParse(document.toJS());
  if (parsed.success) return parsed.data;
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
  const isEmpty = missing || !node || (isScalar(node) && (node.value === '' || node.value === null));
  const target = pointsAtKey || isEmpty ? (key ?? (node as Node | undefined)) : (node as Node);
  return { offset: target?.range?.[0] ?? 0, missing };
}

/** The known name closest to a mistyped one: the same word but for case, or at most two letters off. */
export function closestName(typed: string, known: readonly string[]): string | undefined {
  let closest: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name.toLowerCase());
    if (distance <= 2 && (!closest || distance < closest.distance)) closest = { name, distance };
  }
  return closest?.name;
}

/** Letters added, dropped or changed to turn `a` into `b` (Levenshtein). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * A zod `error` option for a setting of the wrong type or range: "<setting> must be <shape>, got
 * <value>", where the setting is the nearest key on the issue's path ("each entry of <key>" for a
 * list item) and a value with no key above it is "the file".
 */
export function mustBe(shape: string) {
  return {
    error: (issue: { path?: readonly PropertyKey[]; input?: unknown }) =>
      `${settingOf(issue.path ?? [])} must be ${shape}, got ${shown(issue.input)}`,
  };
}

function settingOf(path: readonly PropertyKey[]): string {
  const key = path.findLast((segment) => typeof segment === 'string');
  if (key === undefined) return 'the file';
  return typeof path.at(-1) === 'number' ? `each entry of ${String(key)}` : String(key);
}

/** A value as the user wrote it, short enough for a one-line error. */
function shown(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (value !== null && typeof value === 'object') return 'a map';
  return String(value);
}
