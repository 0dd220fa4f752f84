import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChecksFile } from '../../../src/cli/checks-file.js';
import { UsageError } from '../../../src/errors.js';

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'checks-file-')), 'checks');
  writeFileSync(path, content);
  return path;
}

describe('--checks-file', () => {
  it('reads one ID per line, skipping blank lines and # comments, CRLF or not', () => {
    expect(readChecksFile(file('# gate\r\niam_root_mfa_enabled\r\n\r\n  s3_bucket_default_encryption  # data at rest\n'))).toEqual([
      'iam_root_mfa_enabled',
      's3_bucket_default_encryption',
    ]);
  });

  it('reads a JSON list', () => {
    expect(readChecksFile(file('["iam_root_mfa_enabled", "kms_cmk_rotation_enabled"]'))).toEqual(['iam_root_mfa_enabled', 'kms_cmk_rotation_enabled']);
  });

  it.each([
    ['[1, 2]', /must be a JSON list of check IDs$/],
    ['["a",', /is not valid JSON: /],
    ['# nothing but a comment\n', /names no check$/],
  ])('rejects %j in one line', (content, message) => {
    const path = file(content);
    expect(() => readChecksFile(path)).toThrow(UsageError);
    expect(() => readChecksFile(path)).toThrow(message);
  });

  it('says which file it cannot read', () => {
    expect(() => readChecksFile('/nonexistent/checks.txt')).toThrow(/^cannot read the checks file \/nonexistent\/checks\.txt: ENOENT/);
  });
});
