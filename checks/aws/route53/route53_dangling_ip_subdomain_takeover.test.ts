import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { address } from '../../../test/helpers/fixtures/ec2-connectivity.js';
import { networkInterface } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import { recordSet, zoneRecords } from '../../../test/helpers/fixtures/route53.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './route53_dangling_ip_subdomain_takeover.js';

const AWS_IP = '54.0.0.10';
const www = (...values: string[]) => recordSet('www.example.com.', 'A', values);
const site = (target: string) => recordSet('site.example.com.', 'CNAME', [target]);

testCheck(check, [
  { name: 'no hosted zones', expect: [] },
  {
    name: 'a released AWS address fails, reported on the zone with the record in its ID',
    given: ({ route53 }) => route53.recordSets.add(zoneRecords('Z1', [www(AWS_IP)], { awsAddresses: new Set([AWS_IP]) })),
    expect: [{ status: 'FAIL', resource: `Z1/www.example.com./${AWS_IP}`, region: 'us-east-1', detail: 'no longer holds' }],
  },
  {
    name: "the account's Elastic IP passes, whatever its region",
    given: ({ route53, ec2 }) => {
      route53.recordSets.add(zoneRecords('Z1', [www(AWS_IP)], { awsAddresses: new Set([AWS_IP]) }));
      ec2.addresses.add(address(AWS_IP, { region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: `Z1/www.example.com./${AWS_IP}`, detail: 'not dangling' }],
  },
  {
    name: "a network interface's public address passes",
    given: ({ route53, ec2 }) => {
      route53.recordSets.add(zoneRecords('Z1', [www(AWS_IP)], { awsAddresses: new Set([AWS_IP]) }));
      ec2.networkInterfaces.add(networkInterface('eni-1', { publicIp: AWS_IP }));
    },
    expect: [{ status: 'PASS', resource: `Z1/www.example.com./${AWS_IP}` }],
  },
  {
    name: "an address outside AWS's ranges passes",
    given: ({ route53 }) => route53.recordSets.add(zoneRecords('Z1', [www('203.0.114.7')])),
    expect: [{ status: 'PASS', resource: 'Z1/www.example.com./203.0.114.7', detail: "outside AWS's ranges" }],
  },
  {
    name: 'private addresses pass without reading EC2 or the AWS ranges',
    given: ({ route53, ec2 }) => {
      route53.recordSets.add(zoneRecords('Z1', [www('10.0.0.5', '192.168.1.1')], { awsAddresses: unreadBy('route53', 'GET ip-ranges.json', 'us-east-1') }));
      ec2.addresses.fail({ region: 'eu-west-1', operation: 'DescribeAddresses', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'Z1/www.example.com./10.0.0.5' },
      { status: 'PASS', resource: 'Z1/www.example.com./192.168.1.1' },
    ],
  },
  {
    name: 'alias records, other types and values that are not addresses are not judged',
    given: ({ route53 }) =>
      route53.recordSets.add(
        zoneRecords('Z1', [
          recordSet('lb.example.com.', 'A', [], { alias: true }),
          recordSet('example.com.', 'MX', ['10 mail.example.com.']),
          recordSet('v6.example.com.', 'AAAA', ['2600:1f18::1']),
          recordSet('site.example.com.', 'CNAME', ['www.example.net']),
        ]),
      ),
    expect: [],
  },
  {
    name: 'a CNAME to the website of a bucket the account holds passes',
    given: ({ route53, s3 }) => {
      route53.recordSets.add(zoneRecords('Z1', [site('Assets.S3-Website-eu-west-1.amazonaws.com')]));
      s3.buckets.add(bucket('assets'));
    },
    expect: [{ status: 'PASS', resource: 'Z1/site.example.com./Assets.S3-Website-eu-west-1.amazonaws.com', detail: 'bucket assets' }],
  },
  {
    name: 'a CNAME to the website of a bucket the account does not hold fails, new-style endpoint included',
    given: ({ route53 }) => route53.recordSets.add(zoneRecords('Z1', [site('my.old.site.s3-website.eu-west-1.amazonaws.com.')])),
    expect: [{ status: 'FAIL', resource: 'Z1/site.example.com./my.old.site.s3-website.eu-west-1.amazonaws.com.', detail: 'bucket my.old.site' }],
  },
  {
    name: 'unread AWS ranges are an error for a public address the account does not hold',
    given: ({ route53 }) => route53.recordSets.add(zoneRecords('Z1', [www(AWS_IP)], { awsAddresses: unreadBy('route53', 'GET ip-ranges.json', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'Z1', detail: 'ip-ranges.json' }],
  },
  {
    name: 'a failed Elastic IP listing is an error for a public address',
    given: ({ route53, ec2 }) => {
      route53.recordSets.add(zoneRecords('Z1', [www(AWS_IP)], { awsAddresses: new Set([AWS_IP]) }));
      ec2.addresses.fail({ region: 'eu-west-1', operation: 'DescribeAddresses', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'Z1', detail: 'DescribeAddresses' }],
  },
  {
    name: 'a failed bucket listing is an error for an S3 website CNAME',
    given: ({ route53, s3 }) => {
      route53.recordSets.add(zoneRecords('Z1', [site('gone.s3-website-eu-west-1.amazonaws.com')]));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'Z1', detail: 'ListBuckets' }],
  },
  {
    name: 'unreadable record sets are an error',
    given: ({ route53 }) => route53.recordSets.add(zoneRecords('Z1', [], { recordSets: unreadBy('route53', 'ListResourceRecordSets', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'Z1', detail: 'ListResourceRecordSets' }],
  },
  {
    name: 'a failed zone listing is an error',
    given: ({ route53 }) => route53.recordSets.fail({ region: 'us-east-1', operation: 'ListHostedZones', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'route53:ListHostedZones', region: 'us-east-1' }],
  },
]);
