import { describe, expect, it } from 'vitest';
import { parseAwsOptions } from '../../../src/cli/options.js';
import { UsageError } from '../../../src/errors.js';
import { runScanner } from '../../helpers/cli.js';

const ROLE = 'arn:aws:iam::123456789012:role/ScannerAudit';

describe('scanner aws options', () => {
  it('applies the defaults', () => {
    expect(parseAwsOptions({})).toMatchObject({
      outputFormats: ['csv', 'json-ocsf', 'html'],
      outputDirectory: './output',
      logLevel: 'warn',
      ignoreExitCode3: false,
      scanUnusedServices: false,
    });
  });

  it('accepts a full cross-account invocation', () => {
    const options = parseAwsOptions({ roleArn: ROLE, externalId: 'abc-123', sessionDuration: '43200', roleSessionName: 'Audit' });
    expect(options).toMatchObject({ roleArn: ROLE, externalId: 'abc-123', sessionDuration: 43200, roleSessionName: 'Audit' });
  });

  it('turns filters, gate and delivery flags into values', () => {
    expect(
      parseAwsOptions({ resourceTag: ['env=prod'], failOn: 'high', outputBucket: 's3://audits/acme/q3', presignExpiry: '12h', notifyWebhook: 'https://hooks.example/x' }),
    ).toMatchObject({
      resourceTag: [{ key: 'env', value: 'prod' }],
      failOn: 'high',
      outputBucket: { bucket: 'audits', prefix: 'acme/q3' },
      presignExpiry: 43200,
      notifyWebhook: 'https://hooks.example/x',
    });
  });

  it.each([
    [{ roleArn: 'not-an-arn' }, /^invalid role ARN "not-an-arn"/],
    [{ roleArn: 'arn:aws:iam::123:role/x' }, /^invalid role ARN/],
    [{ roleArn: 'arn:aws:s3:::bucket' }, /^invalid role ARN/],
    [{ externalId: 'abc' }, /^--external-id needs --role-arn$/],
    [{ sessionDuration: '3600' }, /^--session-duration needs --role-arn$/],
    [{ roleSessionName: 'x1' }, /^--role-session-name needs --role-arn$/],
    [{ roleArn: ROLE, sessionDuration: '899' }, /^--session-duration must be between 900 and 43200/],
    [{ roleArn: ROLE, sessionDuration: '43201' }, /^--session-duration must be between 900 and 43200/],
    [{ roleArn: ROLE, sessionDuration: 'soon' }, /^--session-duration /],
    [{ rateScale: '0' }, /^--rate-scale must be above 0$/],
    [{ rateScale: 'fast' }, /^--rate-scale must be a number/],
    [{ region: ['eu-west-1', 'mars-1'] }, /^--region mars-1 is not a region name \(e\.g\. eu-west-1\)$/],
    [{ excludedRegion: ['mars-east-1'] }, /^--excluded-region mars-east-1 is not a region name/],
    [{ outputFormats: ['csv', 'pdf'] }, /^--output-formats must be one of csv, json-ocsf, html/],
    [{ severity: ['urgent'] }, /^--severity must be one of critical, high, medium, low, informational/],
    [{ logLevel: 'loud' }, /^--log-level must be one of/],
    [{ endpointUrl: 'ftp://x' }, /^--endpoint-url must be an http\(s\) URL/],
    [{ outputFilename: 'a/b' }, /^--output-filename must be a file name/],
    [{ status: ['PASS', 'OPEN'] }, /^--status must be one of PASS, FAIL, MANUAL, ERROR$/],
    [{ failOn: 'urgent' }, /^--fail-on must be one of critical/],
    [{ resourceTag: ['env=prod', 'team'] }, /^--resource-tag "team" is not Key=Value$/],
    [{ resourceArn: ['arn:aws:s3'] }, /^--resource-arn "arn:aws:s3" is not an ARN/],
    [{ resourceTag: ['a=b'], resourceArn: ['arn:aws:s3:::b'] }, /^--resource-tag and --resource-arn cannot be combined/],
    [{ outputBucket: 'bucket' }, /^--output-bucket must look like s3:\/\//],
    [{ presignExpiry: '12h' }, /^--presign-expiry needs --output-bucket$/],
    [{ outputBucket: 's3://b-1/p', presignExpiry: '8d' }, /^--presign-expiry must be a duration/],
    [{ notifyWebhook: 'ftp://x' }, /^--notify-webhook /],
  ])('%j is a usage error: %s', (raw, message) => {
    let error: unknown;
    try {
      parseAwsOptions(raw);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(message);
    expect((error as UsageError).exitCode).toBe(2);
  });
});

describe('scanner aws on the command line', () => {
  it('names the bad region: -f mars-east-1', async () => {
    const run = await runScanner(['aws', '-f', 'mars-east-1']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('scanner: --region mars-east-1 is not a region name (e.g. eu-west-1)\n');
  });

  const huge = `${'a'.repeat(50_000)}\n${'z'.repeat(50_000)}`;
  it.each([
    ['a region', ['aws', '-f', huge], /^scanner: --region a+…a+ z+…z+ is not a region name/],
    ['a role ARN', ['aws', '-R', huge], /^scanner: invalid role ARN "a+…a+ z+…z+"/],
    ['an unknown option', ['aws', `--${huge}`], /^scanner: unknown option '--a+…a+ z+…z+'\n/],
    ['an unknown command', [huge], /^scanner: unknown command 'a+…a+ z+…z+'\n/],
  ])('echoes %s of 100 kB shortened, on one line', async (_what, args, message) => {
    const run = await runScanner(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(run.stderr.length).toBeLessThan(300);
    for (const word of run.stderr.split(/\s/)) expect(word.length).toBeLessThanOrEqual(90);
  });

  it('groups the options of `aws --help` by what they are for', async () => {
    const { stdout } = await runScanner(['aws', '--help']);
    const groups = [...stdout.matchAll(/^(\S[^\n]*):$/gm)].map((match) => match[1]);
    expect(groups).toEqual([
      'Credentials and account',
      'What to scan',
      'Organization (run with management or delegated administrator credentials)',
      'What to report',
      'Outputs',
      'Inventory (what the scan read, for offline replays)',
      'CI gate (exit code 3)',
      'Delivery',
      'Listings (print and exit, without calling AWS)',
      'Options',
      'Commands',
      'Examples',
    ]);
    const section = (heading: string) => stdout.split(`${heading}:\n`)[1]!.split('\n\n')[0]!;
    expect(section('Credentials and account')).toContain('--role-arn');
    expect(section('What to scan')).toContain('--region');
    expect(section('Organization (run with management or delegated administrator credentials)')).toContain('--organization');
    expect(section('Outputs')).toContain('--output-formats');
    expect(section('CI gate (exit code 3)')).toContain('--fail-on');
    expect(section('Delivery')).toContain('--output-bucket');
    expect(section('Listings (print and exit, without calling AWS)')).toContain('--list-checks');
    expect(section('Options').trim()).toMatch(/^-h, --help/);
  });
});
