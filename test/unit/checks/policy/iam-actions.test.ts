import { describe, expect, it } from 'vitest';
import { ActionSet, expandActionPattern } from '../../../../src/checks/policy/iam-actions.js';

const names = (pattern: string) => expandActionPattern(pattern).actions().sort();

describe('expandActionPattern', () => {
  it.each([
    ['one action, as AWS spells it', 'kms:Decrypt', ['kms:Decrypt']],
    ['one action in any case', 'KMS:decrypt', ['kms:Decrypt']],
    ['a prefix wildcard', 'iam:PassRol*', ['iam:PassRole']],
    ['a single-character wildcard', 'iam:PassRol?', ['iam:PassRole']],
    ['a wildcard in the service part', 'aws-marketplac?:Subscribe', ['aws-marketplace:Subscribe']],
    ['an action wildcard across services', '*:DeleteAccessKey', ['iam:DeleteAccessKey']],
    ['a character set, as fnmatch reads it', 'sts:AssumeRole[w]*', ['sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity']],
    ['a negated character set', 'sts:AssumeRo[!l]*', ['sts:AssumeRoot']],
    ['a bracket without wildcards, compared literally', 'iam:[p]assrole', []],
    ['an unclosed bracket, read literally', 'iam:[PassRole*', []],
    ['a reversed range', 'iam:[z-a]*', []],
    ['an unknown action', 'kms:MakeCoffee', []],
    ['an unknown service', 'coffee:*', []],
    ['no colon', 'iam*', []],
    ['an empty action part', 'iam:', []],
    ['an empty service part', ':Decrypt', []],
  ])('%s', (_name, pattern, expected) => {
    expect(names(pattern)).toEqual(expected);
  });

  it('expands a service wildcard to every action of that service only', () => {
    const kms = names('kms:*');
    expect(kms).toEqual(expect.arrayContaining(['kms:Decrypt', 'kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion']));
    expect(kms.every((action) => action.startsWith('kms:'))).toBe(true);
  });

  it('reads "*" and "*:*" as every known action', () => {
    const everything = ActionSet.EMPTY.complement();
    expect(everything.actions().length).toBeGreaterThan(20_000);
    expect(expandActionPattern('*').actions()).toEqual(everything.actions());
    expect(expandActionPattern('*:*').includesAll(everything)).toBe(true);
  });
});

describe('ActionSet', () => {
  const kms = expandActionPattern('kms:*');
  const decrypt = expandActionPattern('kms:Decrypt');
  const passRole = expandActionPattern('iam:PassRole');

  it.each([
    ['a union holds both', () => decrypt.union(passRole).actions().sort(), ['iam:PassRole', 'kms:Decrypt']],
    ['a difference drops the other', () => kms.minus(expandActionPattern('kms:[!d]*')).actions().every((action) => action.startsWith('kms:D')), true],
    ['a complement leaves out only the set', () => decrypt.complement().overlaps(decrypt), false],
    ['the complement of everything is empty', () => ActionSet.EMPTY.complement().complement().isEmpty(), true],
    ['a service includes its actions', () => kms.includesAll(decrypt), true],
    ['an action does not include its service', () => decrypt.includesAll(kms), false],
    ['anything includes the empty set', () => decrypt.includesAll(ActionSet.EMPTY), true],
    ['disjoint sets do not overlap', () => kms.overlaps(passRole), false],
    ['a set overlaps its part', () => kms.overlaps(decrypt), true],
  ])('%s', (_name, compute, expected) => {
    expect(compute()).toEqual(expected);
  });
});
