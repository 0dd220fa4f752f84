import { describe, expect, it } from 'vitest';
import { AWS_CONFIG_KEYS, type AwsConfigKey, DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { renderConfigList, renderConfigListJson } from '../../../src/config/list.js';

const readers = new Map<AwsConfigKey, readonly string[]>([
  ['max_unused_access_keys_days', ['iam_user_accesskey_unused']],
  ['trusted_account_ids', ['s3_bucket_cross_account_access', 'dynamodb_table_cross_account_access']],
  ['elb_min_azs', []],
]);

const listed = renderConfigList(readers);
const rows = listed.split('\n');
const rowOf = (key: string) => rows.find((row) => row.startsWith(`${key} `))!.split(/ {2,}/);

describe('renderConfigList', () => {
  it('has a header, one row per key and a closing count', () => {
    expect(rows[0]).toMatch(/^KEY +DEFAULT +CHECKS$/);
    expect(rows.slice(1, -3)).toHaveLength(Object.keys(DEFAULT_AWS_CONFIG).length);
    expect(rows.slice(-3)).toEqual(['', `${Object.keys(AWS_CONFIG_KEYS).length} config keys, 2 read by a check`, '']);
  });

  it.each([
    ['max_unused_access_keys_days', '45', 'iam_user_accesskey_unused'],
    ['max_ebs_snapshots', 'null', '-'],
    ['mute_non_default_regions', 'false', '-'],
    ['disallowed_regions', '[me-south-1, me-central-1]', '-'],
    ['fargate_linux_latest_version', '1.4.0', '-'],
    ['threat_detection_privilege_escalation_threshold', '0.2', '-'],
    ['trusted_account_ids', '[]', 'dynamodb_table_cross_account_access, s3_bucket_cross_account_access'],
    ['elb_min_azs', '2', '-'],
    ['ec2_high_risk_ports', '[25, 110, 135, 143, 445, 3000, 4333, ... 4 more]', '-'],
    ['threat_detection_enumeration_actions', '[DescribeAccessEntry, ... 89 more]', '-'],
  ])('%s: default %s, read by %s', (key, shown, checks) => {
    expect(rowOf(key)).toEqual([key, shown, checks]);
  });

  it('aligns the columns', () => {
    const columnStarts = (row: string) => [...row.matchAll(/(?<= {2})\S/g)].map((match) => match.index);
    const header = columnStarts(rows[0]!);
    for (const row of rows.slice(1, -3)) expect(columnStarts(row).slice(0, 2)).toEqual(header);
  });
});

describe('renderConfigListJson', () => {
  it('gives every key its full default, description and sorted readers', () => {
    const entries = JSON.parse(renderConfigListJson(readers)) as {
      key: string;
      default: unknown;
      description: string;
      checks: string[];
    }[];
    expect(entries.map((entry) => entry.key)).toEqual(Object.keys(DEFAULT_AWS_CONFIG));
    expect(entries.find((entry) => entry.key === 'trusted_account_ids')).toEqual({
      key: 'trusted_account_ids',
      default: [],
      description: AWS_CONFIG_KEYS.trusted_account_ids.description,
      checks: ['dynamodb_table_cross_account_access', 's3_bucket_cross_account_access'],
    });
    expect(entries.find((entry) => entry.key === 'threat_detection_enumeration_actions')?.default).toHaveLength(90);
  });
});
