#!/usr/bin/env node
// Regenerates src/services/service-regions.json, the regions where each AWS service has an
// endpoint, from botocore's endpoints.json (the SDK for JavaScript v3 resolves endpoints by rule
// and carries no such list). Run it when AWS opens a region or a service:
//   node scripts/service-regions.mjs "$(python3 -c 'import botocore,os;print(os.path.dirname(botocore.__file__))')/data/endpoints.json"
import { readFileSync, writeFileSync } from 'node:fs';

const source = process.argv[2];
if (!source) {
  console.error('usage: node scripts/service-regions.mjs <botocore endpoints.json>');
  process.exit(2);
}
const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const { partitions } = JSON.parse(readFileSync(source, 'utf8'));
const byService = {};
for (const partition of partitions) {
  for (const [service, { endpoints = {} }] of Object.entries(partition.services)) {
    const regions = Object.keys(endpoints).filter((name) => REGION.test(name) && !endpoints[name].deprecated);
    if (regions.length > 0) byService[service] = [...(byService[service] ?? []), ...regions].sort();
  }
}
const sorted = Object.fromEntries(Object.entries(byService).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(new URL('../src/services/service-regions.json', import.meta.url), `${JSON.stringify(sorted)}\n`);
console.log(`${Object.keys(sorted).length} services`);
