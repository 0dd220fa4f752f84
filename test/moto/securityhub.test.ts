import { EnableSecurityHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { beforeEach, describe, expect, it } from 'vitest';
import { readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/**
 * moto 5.2.1 serves DescribeHub and DescribeOrganizationConfiguration, not GetEnabledStandards,
 * ListEnabledProductsForImport or ListOrganizationAdminAccounts: those are tested with mocked
 * answers in test/unit/services/securityhub.test.ts, and here only recorded as failed reads.
 */
describe('Security Hub collections against moto', () => {
  beforeEach(resetMoto);

  it('finds the hub where the account subscribes and the stand-in elsewhere', async () => {
    await new SecurityHubClient(seedConfig('eu-west-1')).send(new EnableSecurityHubCommand({}));

    const securityhub = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'securityhub', ['hubs', 'organizationConfigurations', 'administrators']);

    expect(readAll(securityhub.hubs).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: `arn:aws:securityhub:eu-west-1:${MOTO_ACCOUNT}:hub/default`, id: 'default', region: 'eu-west-1', tags: {}, active: true },
      { arn: `arn:aws:securityhub:us-east-1:${MOTO_ACCOUNT}:hub/unknown`, id: 'hub/unknown', region: 'us-east-1', tags: {}, active: false },
    ]);
    // Outside an organization moto refuses the organization configuration, which is read as "not this account's to read".
    expect(readAll(securityhub.organizationConfigurations)).toEqual([
      { arn: `arn:aws:securityhub:eu-west-1:${MOTO_ACCOUNT}:hub/default`, id: 'default', region: 'eu-west-1', tags: {}, autoEnable: null },
    ]);
    expect(securityhub.administrators.listingFailures().map((failure) => [failure.region, failure.operation]).sort()).toEqual([
      ['eu-west-1', 'ListOrganizationAdminAccounts'],
      ['us-east-1', 'ListOrganizationAdminAccounts'],
    ]);
  });
});
