import { testCheck } from '../../../test/helpers/check-cases.js';
import { FIXTURE_REGION, fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { certificate } from '../../../test/helpers/fixtures/acm.js';
import { classicListener, classicLoadBalancer } from '../../../test/helpers/fixtures/elb.js';
import check from './elb_ssl_listeners_use_acm_certificate.js';

const issued = certificate('issued');
const imported = certificate('imported', { type: 'IMPORTED' });
const unlisted = fixtureArn('acm', FIXTURE_REGION, 'certificate/unlisted');
const iamCertificate = 'arn:aws:iam::111122223333:server-certificate/legacy';
const withCertificate = (certificateArn: string, protocol = 'HTTPS') => classicListener({ protocol, certificateArn });

testCheck(check, [
  { name: 'no load balancers', expect: [] },
  {
    name: 'only Amazon-issued ACM certificates pass; imported, IAM and unlisted certificates fail',
    given: ({ elb, acm }) => {
      acm.certificates.add(issued);
      acm.certificates.add(imported);
      elb.loadBalancers.add(classicLoadBalancer('issued', { listeners: [withCertificate(issued.arn), withCertificate(issued.arn, 'SSL')] }));
      elb.loadBalancers.add(classicLoadBalancer('imported', { listeners: [withCertificate(issued.arn), withCertificate(imported.arn, 'SSL')] }));
      elb.loadBalancers.add(classicLoadBalancer('iam', { listeners: [withCertificate(iamCertificate)] }));
      elb.loadBalancers.add(classicLoadBalancer('unlisted', { listeners: [withCertificate(unlisted)] }));
      elb.loadBalancers.add(classicLoadBalancer('plain', { listeners: [classicListener({ protocol: 'HTTP', port: 80, certificateArn: null })] }));
    },
    expect: [
      { status: 'PASS', resource: 'issued', detail: 'Amazon-issued' },
      { status: 'FAIL', resource: 'imported', detail: `SSL listener on port 443 whose certificate ${imported.arn}` },
      { status: 'FAIL', resource: 'iam', detail: iamCertificate },
      { status: 'FAIL', resource: 'unlisted', detail: unlisted },
      { status: 'PASS', resource: 'plain' },
    ],
  },
  {
    name: 'certificates that could not be listed leave only unlisted ACM certificates unjudged',
    given: ({ elb, acm }) => {
      acm.certificates.add(issued);
      acm.certificates.fail({ region: FIXTURE_REGION, operation: 'ListCertificates', message: 'AccessDenied: denied' });
      elb.loadBalancers.add(classicLoadBalancer('issued', { listeners: [withCertificate(issued.arn)] }));
      elb.loadBalancers.add(classicLoadBalancer('unlisted', { listeners: [withCertificate(unlisted)] }));
      elb.loadBalancers.add(classicLoadBalancer('iam', { listeners: [withCertificate(unlisted), withCertificate(iamCertificate)] }));
    },
    expect: [
      { status: 'PASS', resource: 'issued' },
      { status: 'ERROR', resource: 'unlisted', detail: 'ListCertificates' },
      { status: 'FAIL', resource: 'iam', detail: iamCertificate },
    ],
  },
  {
    name: 'a region whose load balancers could not be listed is an error there',
    given: ({ elb }) => elb.loadBalancers.fail({ region: 'eu-west-1', operation: 'DescribeLoadBalancers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elb:DescribeLoadBalancers', region: 'eu-west-1' }],
  },
]);
