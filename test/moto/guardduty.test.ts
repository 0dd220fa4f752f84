import { CreateDetectorCommand, GuardDutyClient } from '@aws-sdk/client-guardduty';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

// moto 5.2.1 has no ListMembers, ListFindings or DescribeOrganizationConfiguration: the collections
// that read them are tested against aws-sdk-client-mock in test/unit/services/guardduty.test.ts.
describe('GuardDuty collections against moto', () => {
  beforeEach(resetMoto);

  it('lists the detector of each region with its settings, and a stand-in where there is none', async () => {
    const west = new GuardDutyClient(seedConfig('eu-west-1'));
    const { DetectorId: detectorId } = await west.send(
      new CreateDetectorCommand({
        Enable: true,
        DataSources: { S3Logs: { Enable: true } },
        Features: [{ Name: 'RDS_LOGIN_EVENTS', Status: 'ENABLED' }, { Name: 'LAMBDA_NETWORK_LOGS', Status: 'DISABLED' }],
      }),
    );

    const guardduty = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'guardduty', ['detectors', 'detectorSettings']);

    expect(failuresIn(guardduty)).toEqual([]);
    expect(guardduty.detectorSettings.all().map(readFields)).toEqual(
      expect.arrayContaining([
        {
          arn: `arn:aws:guardduty:eu-west-1:${MOTO_ACCOUNT}:detector/${detectorId}`,
          id: detectorId,
          region: 'eu-west-1',
          tags: {},
          enabledInAccount: true,
          settings: {
            enabled: true,
            s3Protection: true,
            eksAuditLogs: false,
            ec2MalwareProtection: false,
            rdsProtection: true,
            lambdaProtection: false,
            eksRuntimeMonitoring: false,
          },
        },
        {
          arn: `arn:aws:guardduty:us-east-1:${MOTO_ACCOUNT}:detector/unknown`,
          id: 'detector/unknown',
          region: 'us-east-1',
          tags: {},
          enabledInAccount: false,
          settings: null,
        },
      ]),
    );
    expect(guardduty.detectorSettings.all()).toHaveLength(2);
  });

  it('reads a suspended detector as not enabled', async () => {
    await new GuardDutyClient(seedConfig('us-east-1')).send(new CreateDetectorCommand({ Enable: false }));

    const guardduty = await loadService(await motoScope(['us-east-1']), 'guardduty', ['detectorSettings']);

    expect(guardduty.detectorSettings.all().map(readFields)).toMatchObject([{ region: 'us-east-1', enabledInAccount: true, settings: { enabled: false } }]);
  });
});
