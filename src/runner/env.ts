/**
 * The environment variables `scanner aws` reads its options from when they are not on the command
 * line. The runner's task is started with them (the trigger sets the first three per scan, the
 * task definition the rest), so no command line is ever built from a request.
 */
export const SCANNER_ENV = {
  roleArn: 'SCANNER_ROLE_ARN',
  externalId: 'SCANNER_EXTERNAL_ID',
  scanName: 'SCANNER_SCAN_NAME',
  outputBucket: 'SCANNER_OUTPUT_BUCKET',
  notifyWebhook: 'SCANNER_NOTIFY_WEBHOOK',
} as const;
