import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { domain } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_domain_sso_configured.js';

const auth = (authMode: string | null, instanceId: string | null = null, applicationArn: string | null = null) => ({
  authMode,
  singleSignOnManagedApplicationInstanceId: instanceId,
  singleSignOnApplicationArn: applicationArn,
});

testCheck(check, [
  { name: 'no domains', expect: [] },
  {
    name: 'SSO tied to an Identity Center instance or application passes; SSO without either, IAM, or no mode fails',
    given: ({ sagemaker }) => {
      sagemaker.domainSettings.add(domain('by-instance', { settings: auth('SSO', 'ins-1') }));
      sagemaker.domainSettings.add(domain('by-application', { region: 'us-east-1', settings: auth('SSO', null, 'arn:aws:sso::111122223333:application/ssoins-1/apl-1') }));
      sagemaker.domainSettings.add(domain('detached', { settings: auth('SSO') }));
      sagemaker.domainSettings.add(domain('iam', { settings: auth('IAM', 'ins-1') }));
      sagemaker.domainSettings.add(domain('unnamed', { settings: auth(null) }));
    },
    expect: [
      { status: 'PASS', resource: 'by-instance' },
      { status: 'PASS', resource: 'by-application', region: 'us-east-1' },
      { status: 'FAIL', resource: 'detached', detail: 'no IAM Identity Center application' },
      { status: 'FAIL', resource: 'iam', detail: 'with IAM' },
      { status: 'FAIL', resource: 'unnamed' },
    ],
  },
  {
    name: 'settings that could not be read: ERROR',
    given: ({ sagemaker }) => sagemaker.domainSettings.add(domain('hidden', { settings: unreadBy('sagemaker', 'DescribeDomain') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeDomain' }],
  },
  {
    name: 'a region that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.domainSettings.fail({ region: 'eu-west-1', operation: 'ListDomains', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListDomains' }],
  },
]);
