import { testCheck } from '../../../test/helpers/check-cases.js';
import { repository } from '../../../test/helpers/fixtures/ecr.js';
import { inspectorAccount } from '../../../test/helpers/fixtures/inspector2.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './inspector2_is_enabled.js';

testCheck(check, [
  { name: 'no account status read', expect: [] },
  {
    name: 'Inspector with every scan type on passes',
    given: ({ inspector2 }) => inspector2.accountStatus.add(inspectorAccount()),
    expect: [{ status: 'PASS', resource: 'Inspector2', region: 'eu-west-1' }],
  },
  {
    name: 'Inspector off fails',
    given: ({ inspector2 }) => inspector2.accountStatus.add(inspectorAccount({ region: 'us-east-1', status: 'DISABLED' })),
    expect: [{ status: 'FAIL', resource: 'Inspector2', region: 'us-east-1', detail: 'not enabled in us-east-1' }],
  },
  {
    name: 'scan types that are off pass where the region holds nothing they scan',
    given: ({ inspector2 }) => inspector2.accountStatus.add(inspectorAccount({ ec2Status: 'DISABLED', ecrStatus: 'DISABLED', lambdaStatus: 'DISABLED', lambdaCodeStatus: 'DISABLED' })),
    expect: [{ status: 'PASS', resource: 'Inspector2' }],
  },
  {
    name: 'ECR and Lambda scans that are off fail where the region holds repositories and functions; EC2 never does by default',
    given: ({ inspector2, ecr, lambda }) => {
      inspector2.accountStatus.add(inspectorAccount({ ec2Status: 'DISABLED', ecrStatus: 'DISABLED', lambdaStatus: 'DISABLED', lambdaCodeStatus: 'DISABLED' }));
      ecr.repositories.add(repository('app'));
      lambda.functions.add(lambdaFunction('worker'));
    },
    expect: [{ status: 'FAIL', resource: 'Inspector2', detail: 'ECR, Lambda, Lambda Code.' }],
  },
  {
    name: 'repositories and functions of another region do not count',
    given: ({ inspector2, ecr, lambda }) => {
      inspector2.accountStatus.add(inspectorAccount({ ecrStatus: 'DISABLED', lambdaCodeStatus: 'DISABLED' }));
      ecr.repositories.add(repository('app', { region: 'us-east-1' }));
      lambda.functions.add(lambdaFunction('worker', { region: 'us-east-1' }));
    },
    expect: [{ status: 'PASS', resource: 'Inspector2', region: 'eu-west-1' }],
  },
  {
    name: 'every scan type that is off fails when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ inspector2 }) => inspector2.accountStatus.add(inspectorAccount({ ec2Status: 'DISABLED', lambdaCodeStatus: 'DISABLED' })),
    expect: [{ status: 'FAIL', resource: 'Inspector2', detail: 'EC2, Lambda Code.' }],
  },
  {
    name: 'an unlisted region of repositories is an error only where an ECR scan is off',
    given: ({ inspector2, ecr }) => {
      inspector2.accountStatus.add(inspectorAccount({ ecrStatus: 'DISABLED' }));
      inspector2.accountStatus.add(inspectorAccount({ region: 'us-east-1' }));
      ecr.repositories.fail({ region: 'eu-west-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' });
      ecr.repositories.fail({ region: 'us-east-1', operation: 'DescribeRepositories', message: 'AccessDeniedException: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'Inspector2', region: 'eu-west-1', detail: 'DescribeRepositories' },
      { status: 'PASS', resource: 'Inspector2', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose status could not be read is an error there',
    given: ({ inspector2 }) => inspector2.accountStatus.fail({ region: 'us-east-1', operation: 'BatchGetAccountStatus', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'inspector2:BatchGetAccountStatus', region: 'us-east-1' }],
  },
]);
