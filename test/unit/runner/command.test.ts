import { describe, expect, it } from 'vitest';
import { parseRunnerTemplateOptions } from '../../../src/cli/options.js';
import { usageError } from '../../helpers/usage-error.js';

describe('scanner aws runner-template options', () => {
  it('defaults to YAML in a VPC of the stack own', () => {
    expect(parseRunnerTemplateOptions({})).toEqual({ format: 'yaml' });
  });

  it('takes an existing VPC with its subnets', () => {
    expect(parseRunnerTemplateOptions({ format: 'json', vpc: 'vpc-0abc1234', subnets: ['subnet-0abc1234', 'subnet-0def5678'] })).toEqual({
      format: 'json',
      vpc: 'vpc-0abc1234',
      subnets: ['subnet-0abc1234', 'subnet-0def5678'],
    });
  });

  it.each([
    [{ format: 'xml' }, '--format must be yaml or json'],
    [{ vpc: 'vpc-0abc1234' }, '--vpc needs --subnets (subnets of that VPC that reach the internet)'],
    [{ subnets: ['subnet-0abc1234'] }, '--subnets needs --vpc (the VPC they belong to)'],
    [{ vpc: 'default', subnets: ['subnet-0abc1234'] }, '--vpc must be a VPC ID (vpc-...)'],
    [{ vpc: 'vpc-0abc1234', subnets: ['subnet-0abc1234', 'subnet-0abc1234;id'] }, '--subnets must be subnet IDs (subnet-...)'],
  ])('refuses %o in one line', (raw, message) => {
    expect(usageError(() => parseRunnerTemplateOptions(raw)).message).toBe(message);
  });
});
