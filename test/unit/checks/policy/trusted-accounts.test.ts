import { describe, expect, it } from 'vitest';
import { conditionConfinesToAccount, principalAccount } from '../../../../src/checks/policy/trusted-accounts.js';

const ACCOUNT = '111122223333';
const OTHER = '999988887777';

describe('conditionConfinesToAccount', () => {
  it.each([
    ['no limiting operator', { Bool: { 'aws:SecureTransport': 'true' } }, false],
    ['the account as aws:SourceAccount', { StringEquals: { 'aws:SourceAccount': ACCOUNT } }, true],
    ['keys in any case', { StringLike: { 'AWS:PRINCIPALACCOUNT': ACCOUNT } }, true],
    ['operators only in their own case', { stringequals: { 'aws:SourceAccount': ACCOUNT } }, false],
    ['another account', { StringEquals: { 'aws:SourceAccount': OTHER } }, false],
    ['an ARN containing the account', { StringEquals: { 'aws:PrincipalArn': `arn:aws:iam::${ACCOUNT}:role/app` } }, true],
    ['a list of values that all name the account', { StringEquals: { 'aws:PrincipalArn': [`arn:aws:iam::${ACCOUNT}:role/a`, `arn:aws:iam::${ACCOUNT}:role/b`] } }, true],
    ['a list with another account', { StringEquals: { 'aws:SourceAccount': [ACCOUNT, OTHER] } }, false],
    ['an empty list', { StringEquals: { 'aws:SourceAccount': [] } }, true],
    ['a source VPC, whatever it is', { StringEquals: { 'aws:SourceVpc': 'vpc-1' } }, true],
    ['a list of source VPC endpoints', { StringEquals: { 'aws:SourceVpce': ['vpce-1', 'vpce-2'] } }, true],
    ['an organization ID, which never contains the account', { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }, false],
    ['a key that does not pin callers', { StringEquals: { 'aws:RequestedRegion': ACCOUNT } }, false],
    ['a value that is not text', { StringEquals: { 'aws:SourceAccount': 111122223333 } }, false],
    ['a key ArnLike does not weigh', { ArnLike: { 'aws:SourceAccount': ACCOUNT } }, false],
    ['a source ARN in the account', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:eu-west-1:${ACCOUNT}:topic` } }, true],
    ['a source ARN without an account field', { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::bucket' } }, true],
    ['a source ARN in another account', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:eu-west-1:${OTHER}:topic` } }, false],
    ['a source ARN with a wildcard account', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:*:topic' } }, false],
    ['a source ARN ending in a wildcard', { ArnLike: { 'aws:SourceArn': `arn:aws:sns:eu-west-1:${ACCOUNT}:*` } }, false],
    ['a source ARN with three wildcards', { ArnLike: { 'aws:SourceArn': `arn:aws:*:*:${ACCOUNT}:*x` } }, false],
    ['a source ARN of a named account field that differs', { ArnLike: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:alias:topic' } }, false],
    ['a list of source ARNs, one in another account', { ArnLike: { 'aws:SourceArn': [`arn:aws:sns:eu-west-1:${ACCOUNT}:a`, `arn:aws:sns:eu-west-1:${OTHER}:b`] } }, false],
    [
      'a later single source ARN undoing an earlier limit',
      { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': '*' } },
      false,
    ],
    [
      'a later list of source ARNs leaving an earlier limit standing',
      { StringEquals: { 'aws:SourceAccount': ACCOUNT }, ArnLike: { 'aws:SourceArn': ['*'] } },
      true,
    ],
  ])('%s', (_name, condition, expected) => {
    expect(conditionConfinesToAccount(condition, ACCOUNT)).toBe(expected);
  });
});

describe('principalAccount', () => {
  it.each([
    ['*', '*'],
    [ACCOUNT, ACCOUNT],
    [`arn:aws:iam::${ACCOUNT}:root`, ACCOUNT],
    [`arn:aws:sts::${OTHER}:assumed-role/r/s`, OTHER],
    ['AIDAEXAMPLE', undefined],
  ])('%s names %s', (principal, expected) => {
    expect(principalAccount(principal)).toBe(expected);
  });
});
