import { CreateLocationSmbCommand, CreateTaskCommand, DataSyncClient } from '@aws-sdk/client-datasync';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

async function createTask(region: string, name: string, logGroup?: string): Promise<string> {
  const client = new DataSyncClient(seedConfig(region));
  const location = async (subdirectory: string) =>
    (
      await client.send(
        new CreateLocationSmbCommand({ ServerHostname: 'files.example', Subdirectory: subdirectory, User: 'sync', Password: 'secret', AgentArns: [`arn:aws:datasync:${region}:${MOTO_ACCOUNT}:agent/agent-1`] }),
      )
    ).LocationArn!;
  const task = await client.send(
    new CreateTaskCommand({ SourceLocationArn: await location('/in'), DestinationLocationArn: await location('/out'), Name: name, ...(logGroup ? { CloudWatchLogGroupArn: logGroup } : {}) }),
  );
  return task.TaskArn!;
}

describe('DataSync collections against moto', () => {
  beforeEach(resetMoto);

  it('reads tasks and their log groups, per region', async () => {
    const logGroup = `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:/aws/datasync:*`;
    const logged = await createTask('eu-west-1', 'nightly', logGroup);
    const silent = await createTask('us-east-1', 'adhoc');

    const datasync = await loadService(await motoScope(REGIONS), 'datasync');

    expect(failuresIn(datasync)).toEqual([]);
    expect(readAll(datasync.tasks).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: logged, id: logged.split('/').at(-1), name: 'nightly', region: 'eu-west-1', tags: {} },
      { arn: silent, id: silent.split('/').at(-1), name: 'adhoc', region: 'us-east-1', tags: {} },
    ]);
    expect(readFields(resourceAt(datasync.taskDescriptions, logged)).cloudWatchLogGroupArn).toBe(logGroup);
    expect(readFields(resourceAt(datasync.taskDescriptions, silent)).cloudWatchLogGroupArn).toBeNull();
  });
});
