import { testCheck } from '../../../test/helpers/check-cases.js';
import { accelerator } from '../../../test/helpers/fixtures/globalaccelerator.js';
import { shieldProtectionCases } from '../../../test/helpers/shield-protection-cases.js';
import check from './shield_advanced_protection_in_global_accelerators.js';

testCheck(check, [
  ...shieldProtectionCases({
    id: 'edge',
    arn: accelerator('edge').arn,
    add: (data) => data.globalaccelerator.accelerators.add(accelerator('edge')),
    failListing: (data) => data.globalaccelerator.accelerators.fail({ region: 'us-west-2', operation: 'ListAccelerators', message: 'AccessDenied: denied' }),
    failedListing: 'globalaccelerator:ListAccelerators',
  }),
]);
