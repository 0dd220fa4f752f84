import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kms_cmk_rotation_enabled',
  service: 'kms',
  title: 'Customer-managed symmetric KMS keys rotate their key material automatically',
  severity: 'high',
  resourceType: 'AwsKmsKey',
  categories: ['encryption'],
  checkType: ['Software and Configuration Checks/AWS Security Best Practices'],
  description:
    'Looks at every enabled, customer-managed symmetric KMS key and confirms that automatic yearly (or custom-period) rotation of its key material is switched on.',
  risk:
    'Key material that never changes stays useful to anyone who obtains it: every data key it ever wrapped can be decrypted until the key is replaced, and a long-lived key is at odds with most rotation mandates.',
  relatedUrl: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
  remediation: {
    text: 'Turn on automatic rotation for each customer-managed symmetric key, with a period your policy accepts, and rotate on demand when a compromise is suspected.',
    url: 'https://docs.aws.amazon.com/kms/latest/developerguide/rotating-keys-enable-disable.html',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    terraform: 'resource "aws_kms_key" "example" {\n  enable_key_rotation = true\n}',
    nativeIaC: 'Type: AWS::KMS::Key\nProperties:\n  EnableKeyRotation: true',
  },
  uses: ['kms'],
  run({ kms }, report) {
    for (const key of report.from(kms.keys)) {
      const rotates = key.manager === 'CUSTOMER' && key.state === 'Enabled' && key.spec.includes('SYMMETRIC');
      if (!rotates || key.rotationEnabled === undefined) continue;
      report.verdict(
        key.rotationEnabled,
        key,
        `KMS key ${key.id} rotates its key material automatically.`,
        `KMS key ${key.id} does not rotate its key material automatically.`,
      );
    }
  },
});
