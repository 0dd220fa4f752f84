import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/errors.js';
import { findingsInScope, findingsWithStatus, parseResourceArn, parseResourceTag } from '../../../src/findings/scope.js';
import { FINDINGS, HOSTILE_GROUP, PASSING_KEY, UNREAD_TRAILS } from '../output/fixtures.js';

describe('--resource-tag and --resource-arn', () => {
  it('parses Key=Value, keeping "=" inside the value and allowing it empty', () => {
    expect(parseResourceTag('env=prod')).toEqual({ key: 'env', value: 'prod' });
    expect(parseResourceTag('query=a=b')).toEqual({ key: 'query', value: 'a=b' });
    expect(parseResourceTag('flag=')).toEqual({ key: 'flag', value: '' });
  });

  it.each(['env', '=prod', ''])('rejects the tag %j in one line', (text) => {
    expect(() => parseResourceTag(text)).toThrow(UsageError);
    expect(() => parseResourceTag(text)).toThrow(/is not Key=Value$/);
  });

  it.each(['arn:aws:s3:::my-bucket', 'arn:aws:iam::123456789012:role/Audit', 'arn:aws-us-gov:ec2:us-gov-west-1:123456789012:vpc/vpc-1'])(
    'accepts the ARN %s',
    (arn) => expect(parseResourceArn(arn)).toBe(arn),
  );

  it.each(['my-bucket', 'arn:aws:s3', 'arn:aws:iam::12345:role/x'])('rejects %j as not an ARN', (text) => {
    expect(() => parseResourceArn(text)).toThrow(/is not an ARN/);
  });

  it('keeps the findings of resources with any of the tags, and every ERROR', () => {
    const kept = [...findingsInScope(FINDINGS, { tags: [{ key: 'env', value: 'prod' }, { key: 'owner', value: 'a=b | c' }] })];
    expect(kept).toEqual([PASSING_KEY, HOSTILE_GROUP, UNREAD_TRAILS]);
    expect([...findingsInScope(FINDINGS, { tags: [{ key: 'env', value: 'dev' }] })]).toEqual([UNREAD_TRAILS]);
  });

  it('keeps the findings of the resources named by ARN, and every ERROR', () => {
    expect([...findingsInScope(FINDINGS, { arns: [PASSING_KEY.resource.arn] })]).toEqual([PASSING_KEY, UNREAD_TRAILS]);
    expect([...findingsInScope(FINDINGS, undefined)]).toEqual(FINDINGS);
  });
});

describe('--status', () => {
  it('lets only the asked-for statuses through', () => {
    expect([...findingsWithStatus(FINDINGS, ['MANUAL', 'ERROR'])].map((f) => f.status)).toEqual(['MANUAL', 'ERROR']);
    expect([...findingsWithStatus(FINDINGS, undefined)]).toEqual(FINDINGS);
  });
});
