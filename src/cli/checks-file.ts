import { readFileSync } from 'node:fs';
import { UsageError, describeError } from '../errors.js';

/**
 * `--checks-file`: a JSON list of check IDs, or one ID per line (blank lines and `#` comments
 * allowed). Whether the IDs exist is the selection's business, like `--checks`.
 */
export function readChecksFile(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the checks file ${path}: ${describeError(error)}`);
  }
  const ids = text.trimStart().startsWith('[') ? parseJsonList(text, path) : parseLines(text);
  if (ids.length === 0) throw new UsageError(`the checks file ${path} names no check`);
  return ids;
}

function parseJsonList(text: string, path: string): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`the checks file ${path} is not valid JSON: ${describeError(error)}`);
  }
  if (!Array.isArray(json) || !json.every((id) => typeof id === 'string' && id !== '')) {
    throw new UsageError(`the checks file ${path} must be a JSON list of check IDs`);
  }
  return json as string[];
}

function parseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
