import { describe, expect, it } from 'vitest';
import { MAX_PRESIGN_EXPIRY_SECONDS, parseBucketUrl, parsePresignExpiry } from '../../../src/delivery/parse.js';
import { UsageError } from '../../../src/errors.js';

describe('parseBucketUrl', () => {
  it.each([
    ['s3://audits', { bucket: 'audits', prefix: '' }],
    ['s3://audits/', { bucket: 'audits', prefix: '' }],
    ['s3://audits/customers/acme', { bucket: 'audits', prefix: 'customers/acme' }],
    ['s3://audits//customers//acme/', { bucket: 'audits', prefix: 'customers/acme' }],
    ['s3://my.audit-reports.2026/q1', { bucket: 'my.audit-reports.2026', prefix: 'q1' }],
  ])('reads %s', (url, expected) => {
    expect(parseBucketUrl(url)).toEqual(expected);
  });

  it.each([
    ['audits/acme', /must look like s3:\/\/<bucket>\[\/prefix\]/],
    ['https://audits.s3.amazonaws.com/acme', /must look like s3:\/\//],
    ['s3://', /must look like s3:\/\//],
    ['s3:///acme', /must look like s3:\/\//],
    ['s3://Audits', /"Audits" is not a valid S3 bucket name/],
    ['s3://ab', /"ab" is not a valid/],
    [`s3://${'a'.repeat(64)}`, /is not a valid/],
    ['s3://audits-', /is not a valid/],
    ['s3://audit..reports', /is not a valid/],
    ['s3://audit.-reports', /is not a valid/],
    ['s3://192.168.1.10', /is not a valid/],
    ['s3://audits_2026', /is not a valid/],
    ['s3://xn--audits', /is not a valid/],
    ['s3://audits-s3alias', /is not a valid/],
    ['s3://audits/acme/../other', /must not contain "." or ".." segments/],
    ['s3://audits/./acme', /must not contain "." or ".." segments/],
  ])('rejects %s', (url, message) => {
    expect(() => parseBucketUrl(url)).toThrow(UsageError);
    expect(() => parseBucketUrl(url)).toThrow(message);
  });
});

describe('parsePresignExpiry', () => {
  it.each([
    ['3600', 3600],
    ['1', 1],
    ['45s', 45],
    ['90m', 5400],
    ['12h', 43200],
    ['7d', MAX_PRESIGN_EXPIRY_SECONDS],
    ['604800', 604800],
    [' 2h ', 7200],
  ])('reads %s as %i seconds', (text, seconds) => {
    expect(parsePresignExpiry(text)).toBe(seconds);
  });

  it.each(['0', '0d', '8d', '604801', '169h', '-5', '1.5h', '2w', 'h', '', 'seven days'])('rejects "%s"', (text) => {
    expect(() => parsePresignExpiry(text)).toThrow(UsageError);
    expect(() => parsePresignExpiry(text)).toThrow(/^--presign-expiry must be a duration from 1 second to 7 days/);
  });
});
