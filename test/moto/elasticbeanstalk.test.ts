import { CreateApplicationCommand, CreateEnvironmentCommand, ElasticBeanstalkClient } from '@aws-sdk/client-elastic-beanstalk';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

async function createEnvironment(region: string, application: string, name: string): Promise<string> {
  const client = new ElasticBeanstalkClient(seedConfig(region));
  await client.send(new CreateApplicationCommand({ ApplicationName: application }));
  const { EnvironmentArn } = await client.send(new CreateEnvironmentCommand({ ApplicationName: application, EnvironmentName: name, SolutionStackName: '64bit Amazon Linux 2023 v6.1.0 running Node.js 20' }));
  return EnvironmentArn!;
}

// moto 5.2.1 lacks DescribeConfigurationSettings (and gives every environment an empty ID): the unit test
// reads settings and IDs from mocked answers.
describe('Elastic Beanstalk collections against moto', () => {
  beforeEach(resetMoto);

  it('lists environments per region; settings moto cannot answer stay unread, naming the call', async () => {
    const shop = await createEnvironment('eu-west-1', 'shop', 'shop-prod');
    const blog = await createEnvironment('us-east-1', 'blog', 'blog-prod');

    const elasticbeanstalk = await loadService(await motoScope(REGIONS), 'elasticbeanstalk');

    const environments = elasticbeanstalk.environments.all().sort((a, b) => a.region.localeCompare(b.region));
    expect(environments.map(({ arn, name, region, applicationName }) => ({ arn, name, region, applicationName }))).toEqual([
      { arn: shop, name: 'shop-prod', region: 'eu-west-1', applicationName: 'shop' },
      { arn: blog, name: 'blog-prod', region: 'us-east-1', applicationName: 'blog' },
    ]);
    expect(failuresIn(elasticbeanstalk).map(({ operation, resourceArn }) => ({ operation, resourceArn })).sort((a, b) => a.resourceArn!.localeCompare(b.resourceArn!))).toEqual([
      { operation: 'DescribeConfigurationSettings', resourceArn: shop },
      { operation: 'DescribeConfigurationSettings', resourceArn: blog },
    ]);
  });
});
