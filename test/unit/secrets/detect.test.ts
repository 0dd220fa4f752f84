import { generateKeyPairSync } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeUserData, detectSecrets, scanUserData } from '../../../src/secrets/detect.js';
import { UsageError } from '../../../src/errors.js';

// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const accessKeyId = ['AKIA', 'Z5XQ7J3KP2M4N6RT'].join('');
const privateKey = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
const databaseUrl = ['postgres://app:', 'S3cretPassw0rd', '@db.internal:5432/orders'].join('');

const script = (...lines: string[]) => ['#!/bin/bash', ...lines].join('\n');

describe('detectSecrets', () => {
  it.each([
    { what: 'an AWS access key ID', text: script('yum -y update', `export AWS_ACCESS_KEY_ID=${accessKeyId}`), expected: [{ line: 3, kind: 'AWS access key' }] },
    { what: 'a private key', text: script('cat > /root/.ssh/id_rsa <<KEY', privateKey, 'KEY'), expected: [{ line: 3, kind: 'Private key' }] },
    { what: 'a password in a connection string', text: script(`DATABASE_URL=${databaseUrl}`), expected: [{ line: 2, kind: 'PostgreSQL connection string with password' }] },
    { what: 'clean text', text: script('yum -y install httpd', 'systemctl start httpd', 'echo "password required" > /etc/motd'), expected: [] },
    { what: 'empty text', text: '', expected: [] },
  ])('finds $what', async ({ text, expected }) => {
    expect(await detectSecrets(text)).toEqual(expected);
  });

  it('reports several secrets in line order', async () => {
    const found = await detectSecrets(script(`DATABASE_URL=${databaseUrl}`, 'echo ok', `KEY=${accessKeyId}`));
    expect(found.map((secret) => secret.line)).toEqual([2, 4]);
  });

  it('never returns or carries the secret or its line', async () => {
    const found = await detectSecrets(script(`export AWS_ACCESS_KEY_ID=${accessKeyId}`));
    expect(found).toHaveLength(1);
    expect(JSON.stringify(found)).not.toContain(accessKeyId);
    expect(JSON.stringify(found)).not.toContain('AWS_ACCESS_KEY_ID');
  });

  it.each([
    { what: 'a pattern matching the line drops its detection', patterns: ['DATABASE_URL='], expected: [{ line: 3, kind: 'AWS access key' }] },
    { what: 'a pattern is searched anywhere in the line', patterns: ['db\\.internal'], expected: [{ line: 3, kind: 'AWS access key' }] },
    { what: 'a pattern matching no flagged line drops nothing', patterns: ['^#!/bin/bash$'], expected: [{ line: 2, kind: 'PostgreSQL connection string with password' }, { line: 3, kind: 'AWS access key' }] },
    { what: 'patterns matching every flagged line drop all', patterns: ['DATABASE_URL', 'AWS_'], expected: [] },
  ])('honours secrets_ignore_patterns: $what', async ({ patterns, expected }) => {
    const text = script(`DATABASE_URL=${databaseUrl}`, `export AWS_ACCESS_KEY_ID=${accessKeyId}`);
    expect(await detectSecrets(text, patterns)).toEqual(expected);
  });

  it('rejects an ignore pattern that is not a regular expression with a one-line usage error', async () => {
    await expect(detectSecrets('text', ['(unclosed'])).rejects.toThrow(UsageError);
  });
});

describe('decodeUserData', () => {
  const text = script('echo "héllo"');

  it.each([
    { what: 'plain base64', encoded: Buffer.from(text).toString('base64') },
    { what: 'gzipped base64', encoded: gzipSync(Buffer.from(text)).toString('base64') },
  ])('decodes $what', ({ encoded }) => {
    expect(decodeUserData(encoded)).toBe(text);
  });

  it.each([
    { what: 'bytes that are not UTF-8', encoded: Buffer.from([0x23, 0x21, 0xff, 0xfe, 0x00]).toString('base64') },
    { what: 'a broken gzip stream', encoded: Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01]).toString('base64') },
  ])('throws on $what', ({ encoded }) => {
    expect(() => decodeUserData(encoded)).toThrow();
  });
});

describe('scanUserData', () => {
  it.each([
    { what: 'absent user data', encoded: null, expected: { state: 'empty' } },
    { what: 'empty user data', encoded: '', expected: { state: 'empty' } },
    { what: 'undecodable user data', encoded: Buffer.from([0xff, 0xfe, 0xfd]).toString('base64'), expected: { state: 'undecodable' } },
    { what: 'clean user data', encoded: Buffer.from(script('echo ok')).toString('base64'), expected: { state: 'scanned', secrets: [] } },
    {
      what: 'gzipped user data with a secret',
      encoded: gzipSync(Buffer.from(script(`KEY=${accessKeyId}`))).toString('base64'),
      expected: { state: 'scanned', secrets: [{ line: 2, kind: 'AWS access key' }] },
    },
  ])('tells apart $what', async ({ encoded, expected }) => {
    expect(await scanUserData(encoded)).toEqual(expected);
  });

  it('passes ignore patterns on to the detector', async () => {
    const encoded = Buffer.from(script(`KEY=${accessKeyId}`)).toString('base64');
    expect(await scanUserData(encoded, ['^KEY='])).toEqual({ state: 'scanned', secrets: [] });
  });
});
