import { testCheck } from '../../../test/helpers/check-cases.js';
import { FIXTURE_REGION, unreadBy } from '../../../test/helpers/fixtures/account.js';
import { userPool } from '../../../test/helpers/fixtures/cognito.js';
import { webAclV2Associations } from '../../../test/helpers/fixtures/wafv2.js';
import check from './cognito_user_pool_waf_acl_attached.js';

const guarded = userPool('eu-west-1_guarded');
const exposed = userPool('eu-west-1_exposed');

testCheck(check, [
  { name: 'no user pools', expect: [] },
  {
    name: 'a pool passes when a regional web ACL protects it',
    given: ({ cognito, wafv2 }) => {
      cognito.userPools.add(guarded);
      cognito.userPools.add(exposed);
      wafv2.webAclUserPools.add(webAclV2Associations('edge', { region: FIXTURE_REGION, associatedArns: [guarded.arn] }));
      wafv2.webAclUserPools.add(webAclV2Associations('idle', { region: FIXTURE_REGION }));
    },
    expect: [
      { status: 'PASS', resource: 'eu-west-1_guarded', region: 'eu-west-1', detail: 'edge-name' },
      { status: 'FAIL', resource: 'eu-west-1_exposed', detail: 'not protected' },
    ],
  },
  {
    name: 'an ACL of another region protects nothing here',
    given: ({ cognito, wafv2 }) => {
      cognito.userPools.add(exposed);
      wafv2.webAclUserPools.add(webAclV2Associations('elsewhere', { region: 'us-east-1', associatedArns: [exposed.arn] }));
    },
    expect: [{ status: 'FAIL', resource: 'eu-west-1_exposed' }],
  },
  {
    name: 'an ACL whose resources could not be listed leaves unprotected pools unjudged, but one protection found is enough',
    given: ({ cognito, wafv2 }) => {
      cognito.userPools.add(guarded);
      cognito.userPools.add(exposed);
      wafv2.webAclUserPools.add(webAclV2Associations('edge', { region: FIXTURE_REGION, associatedArns: [guarded.arn] }));
      wafv2.webAclUserPools.add(webAclV2Associations('unknown', { region: FIXTURE_REGION, associatedArns: unreadBy('wafv2', 'ListResourcesForWebACL') }));
    },
    expect: [
      { status: 'PASS', resource: 'eu-west-1_guarded' },
      { status: 'ERROR', resource: 'eu-west-1_exposed', detail: 'ListResourcesForWebACL' },
    ],
  },
  {
    name: 'web ACLs that could not be listed in the pool\'s region are an error for it',
    given: ({ cognito, wafv2 }) => {
      cognito.userPools.add(exposed);
      wafv2.webAclUserPools.fail({ region: FIXTURE_REGION, operation: 'ListWebACLs', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'eu-west-1_exposed', detail: 'ListWebACLs' }],
  },
  {
    name: 'a region whose user pools could not be listed is an error there',
    given: ({ cognito }) => cognito.userPools.fail({ region: 'eu-west-1', operation: 'ListUserPools', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cognito:ListUserPools', region: 'eu-west-1' }],
  },
]);
