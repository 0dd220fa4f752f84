import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { codeArtifactPackage } from '../../../test/helpers/fixtures/codeartifact.js';
import check from './codeartifact_packages_external_public_publishing_disabled.js';

testCheck(check, [
  { name: 'no packages', expect: [] },
  {
    name: 'fails internal or unknown-origin packages that allow upstream versions; external packages are not judged',
    given: ({ codeartifact }) => {
      codeartifact.packages.add(codeArtifactPackage('billing-core'));
      codeartifact.packages.add(codeArtifactPackage('auth-utils', { region: 'us-east-1', upstream: 'ALLOW' }));
      codeartifact.packages.add(codeArtifactPackage('never-published', { upstream: 'ALLOW', latestOrigin: 'UNKNOWN' }));
      codeartifact.packages.add(codeArtifactPackage('lodash', { upstream: 'ALLOW', latestOrigin: 'EXTERNAL' }));
    },
    expect: [
      { status: 'PASS', resource: 'acme/billing-core', detail: 'blocks versions from upstream' },
      { status: 'FAIL', resource: 'acme/auth-utils', region: 'us-east-1', detail: 'dependency confusion' },
      { status: 'FAIL', resource: 'acme/never-published' },
    ],
  },
  {
    name: 'a latest version that could not be read is an error',
    given: ({ codeartifact }) => codeartifact.packages.add(codeArtifactPackage('hidden', { latestOrigin: unreadBy('codeartifact', 'ListPackageVersions') })),
    expect: [{ status: 'ERROR', resource: 'acme/hidden', detail: 'ListPackageVersions' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ codeartifact }) => codeartifact.packages.fail({ region: 'eu-west-1', operation: 'ListPackages', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'codeartifact:ListPackages' }],
  },
]);
