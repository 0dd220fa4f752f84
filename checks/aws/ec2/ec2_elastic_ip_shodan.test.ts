import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { shodanLookup } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import check from './ec2_elastic_ip_shodan.js';

testCheck(check, [
  { name: 'no addresses looked up (no key, or no addresses)', expect: [] },
  {
    name: 'an address Shodan does not know passes',
    given: ({ ec2 }) => ec2.elasticIpShodan.add(shodanLookup('198.51.100.1')),
    expect: [{ status: 'PASS', resource: '198.51.100.1', region: 'eu-west-1', detail: 'is not indexed' }],
  },
  {
    name: 'an indexed address fails, naming its open ports',
    given: ({ ec2 }) => ec2.elasticIpShodan.add(shodanLookup('198.51.100.2', { host: { ports: [22, 3389], isp: 'Amazon.com', country: 'Ireland' } })),
    expect: [{ status: 'FAIL', resource: '198.51.100.2', detail: /open ports 22, 3389; ISP Amazon\.com; country Ireland/ }],
  },
  {
    name: 'an indexed address without ports or ISP still fails',
    given: ({ ec2 }) => ec2.elasticIpShodan.add(shodanLookup('198.51.100.2', { host: { ports: [], isp: null, country: null } })),
    expect: [{ status: 'FAIL', resource: '198.51.100.2', detail: 'open ports none' }],
  },
  {
    name: 'a failed lookup is an error naming the call, never a PASS',
    given: ({ ec2 }) => ec2.elasticIpShodan.add(shodanLookup('198.51.100.1', { host: unreadBy('ec2', 'Shodan host lookup') })),
    expect: [{ status: 'ERROR', resource: '198.51.100.1', detail: 'Shodan host lookup' }],
  },
  {
    name: 'a region whose addresses could not be listed is an error there',
    given: ({ ec2 }) => ec2.elasticIpShodan.fail({ region: 'us-east-1', operation: 'DescribeAddresses', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:DescribeAddresses', region: 'us-east-1' }],
  },
]);
