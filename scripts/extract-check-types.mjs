#!/usr/bin/env node
// One-off maintainer script, rerun only when moving to a new Prowler release: adds Prowler's check types
// (the "CheckType" list in each AWS check's metadata.json) to the reference table of Prowler's AWS checks,
// so that our checks take them from generated data instead of having them typed by hand.
//
//   node scripts/extract-check-types.mjs <prowler-git-dir> <prowler-aws-checks.tsv>
//
// <prowler-git-dir> is a clone of Prowler (bare is fine) whose HEAD is the release the table describes;
// its committed tree is read, so no checkout is needed. The table's header, rows and row order are kept,
// with a sixth column, check_types: the list joined with "|", empty when Prowler's list is empty.
// The result goes to scripts/reference/prowler-aws-checks.tsv.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVICES_DIR = 'prowler/providers/aws/services';
const BASE_HEADER = 'service\tcheck_id\tseverity\tresource_type\tcategories';
const outputPath = join(dirname(fileURLToPath(import.meta.url)), 'reference', 'prowler-aws-checks.tsv');

function fail(message) {
  console.error(`extract-check-types: ${message}`);
  process.exit(2);
}

function git(repo, args, input) {
  try {
    // The cat-file answer holds every metadata file at once, far past the default 1 MiB buffer.
    return execFileSync('git', ['-C', repo, ...args], { input, maxBuffer: 256 * 1024 * 1024, stdio: 'pipe' });
  } catch (error) {
    const reason = error.stderr?.toString().trim().split('\n')[0] || error.message;
    return fail(`git ${args[0]} in ${repo} failed: ${reason}`);
  }
}

// One `git cat-file --batch` call instead of one `git show` per check: a few hundred processes add seconds.
function readBlobs(repo, ids) {
  const answer = git(repo, ['cat-file', '--batch'], ids.join('\n') + '\n');
  const blobs = [];
  let offset = 0;
  while (offset < answer.length) {
    const headerEnd = answer.indexOf(0x0a, offset);
    const [id, kind, size] = answer.subarray(offset, headerEnd).toString().split(' ');
    if (kind !== 'blob') fail(`object ${id} is not readable (${kind})`);
    const start = headerEnd + 1;
    blobs.push(answer.subarray(start, start + Number(size)).toString('utf8'));
    offset = start + Number(size) + 1;
  }
  return blobs;
}

function checkTypesByCheckId(repo) {
  const metadataFiles = git(repo, ['ls-tree', '-r', 'HEAD', '--', SERVICES_DIR])
    .toString()
    .split('\n')
    .filter((line) => line.endsWith('.metadata.json'))
    .map((line) => {
      const [info, path] = line.split('\t');
      return { blobId: info.split(' ')[2], path, checkId: path.split('/').at(-2) };
    });
  if (metadataFiles.length === 0) fail(`${repo} has no ${SERVICES_DIR}/**/*.metadata.json at HEAD`);

  const checkTypes = new Map();
  readBlobs(repo, metadataFiles.map((file) => file.blobId)).forEach((text, index) => {
    const { path, checkId } = metadataFiles[index];
    let metadata;
    try {
      metadata = JSON.parse(text);
    } catch (error) {
      fail(`${path} is not JSON: ${error.message}`);
    }
    if (metadata.CheckID !== checkId) fail(`${path} declares CheckID ${metadata.CheckID}`);
    if (checkTypes.has(checkId)) fail(`${checkId} has more than one metadata file`);
    const types = metadata.CheckType;
    if (!Array.isArray(types) || types.some((type) => typeof type !== 'string' || /[|\t\r\n]/.test(type))) {
      fail(`${path}: CheckType is not a list of strings that fit one "|"-joined TSV cell`);
    }
    checkTypes.set(checkId, types);
  });
  return checkTypes;
}

function readTableLines(path) {
  try {
    return readFileSync(path, 'utf8').replace(/\n$/, '').split('\n');
  } catch (error) {
    return fail(`cannot read ${path}: ${error.message}`);
  }
}

const [repo, baseTablePath] = process.argv.slice(2);
if (!repo || !baseTablePath) fail('usage: extract-check-types.mjs <prowler-git-dir> <prowler-aws-checks.tsv>');

const [header, ...rows] = readTableLines(baseTablePath);
if (header !== BASE_HEADER) fail(`${baseTablePath} does not start with the header "${BASE_HEADER}"`);

const checkTypes = checkTypesByCheckId(repo);
const tableIds = rows.map((row) => row.split('\t')[1]);
const missingFromProwler = tableIds.filter((id) => !checkTypes.has(id));
const tableIdSet = new Set(tableIds);
const missingFromTable = [...checkTypes.keys()].filter((id) => !tableIdSet.has(id));
if (missingFromProwler.length > 0 || missingFromTable.length > 0) {
  fail(
    `table and Prowler disagree (different releases?): not in Prowler [${missingFromProwler.join(', ')}], ` +
      `not in table [${missingFromTable.join(', ')}]`,
  );
}

const lines = [
  `${header}\tcheck_types`,
  ...rows.map((row, index) => `${row}\t${checkTypes.get(tableIds[index]).join('|')}`),
];
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, lines.join('\n') + '\n');
const commit = git(repo, ['rev-parse', 'HEAD']).toString().trim();
console.error(`extract-check-types: ${rows.length} checks from Prowler ${commit} written to ${outputPath}`);
