import { existsSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/errors.js';
import type { Finding } from '../../../src/findings/finding.js';
import { AccountFindings, FindingSpool } from '../../../src/findings/spool.js';
import type { MemberAccount } from '../../../src/organization/account.js';
import { HOSTILE_GROUP, KMS_ROTATION, MUTED_BUCKET, PASSING_KEY, finding } from '../output/fixtures.js';


function member(id: string): MemberAccount {
  return { id, name: `account ${id}`, email: `${id}@example.com`, ouPath: [{ id: 'ou-ab12-prod', name: 'Prod' }], tags: { team: 'payments' } };
}

/** The findings of one member account, each carrying it as a scan's findings do. */
function findingsOf(account: MemberAccount, findings: readonly Finding[]): Finding[] {
  return findings.map((each) => ({ ...each, accountId: account.id, uid: `${each.uid}-${account.id}`, account }));
}

describe('the finding spool', () => {
  it('gives back every finding as it was, in account ID order whatever order the accounts finished in', async () => {
    const spool = new FindingSpool();
    const [late, early] = [member('222222222222'), member('111111111111')];
    const lateFindings = findingsOf(late, [PASSING_KEY, HOSTILE_GROUP]);
    const earlyFindings = findingsOf(early, [MUTED_BUCKET]);
    await spool.add(late.id, lateFindings);
    await spool.add(early.id, earlyFindings);

    expect(spool.size).toBe(3);
    expect([...spool]).toEqual([...earlyFindings, ...lateFindings]);
    // Read again, the same: every pass reads the files anew.
    expect([...spool].map((each) => each.uid)).toEqual([...earlyFindings, ...lateFindings].map((each) => each.uid));
    spool.remove();
  });

  it('shares one check and one account object among the findings read back, as scanned findings do', async () => {
    const spool = new FindingSpool();
    const account = member('333333333333');
    await spool.add(account.id, findingsOf(account, [PASSING_KEY, finding(KMS_ROTATION, 'FAIL', 'us-east-1', { id: 'other-key' })]));
    const [first, second] = [...spool];
    expect(first!.check).toBe(KMS_ROTATION);
    expect(second!.check).toBe(KMS_ROTATION);
    expect(first!.account).toBe(account);
    expect(second!.account).toBe(account);
    spool.remove();
  });

  it('reads back text that spans its read chunks, multi-byte characters included', async () => {
    const spool = new FindingSpool();
    const account = member('444444444444');
    // About 3 MB of details in 3- and 4-byte characters: chunk boundaries fall inside them.
    const details = Array.from({ length: 6_000 }, (_, index) => `鍵 ${index} 🔑 ${'ü€'.repeat(100 + (index % 7))}`);
    const many = details.map((detail, index) => finding(KMS_ROTATION, 'FAIL', 'eu-west-1', { id: `key-${index}` }, { statusExtended: detail }));
    await spool.add(account.id, findingsOf(account, many));
    expect([...spool].map((each) => each.statusExtended)).toEqual(details);
    spool.remove();
  });

  it('deletes its folder when removed', async () => {
    const spool = new FindingSpool();
    await spool.add('555555555555', []);
    expect(existsSync(spool.folder)).toBe(true);
    spool.remove();
    expect(existsSync(spool.folder)).toBe(false);
  });

  it('adds later findings of an account after its earlier ones', async () => {
    const spool = new FindingSpool();
    const account = member('666666666666');
    const [earlier, later] = [findingsOf(account, [MUTED_BUCKET]), findingsOf(account, [PASSING_KEY, HOSTILE_GROUP])];
    await spool.add(account.id, earlier);
    await spool.add(account.id, later);
    expect([...spool]).toEqual([...earlier, ...later]);
    expect(spool.size).toBe(3);
    spool.remove();
  });

  it('says in one line where it could not write and what to do about it', async () => {
    const spool = new FindingSpool();
    rmSync(spool.folder, { recursive: true });
    const failure = await spool.add('777777777777', findingsOf(member('777777777777'), [PASSING_KEY])).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ScannerError);
    expect((failure as Error).message).toMatch(/^cannot keep the findings of account 777777777777 in .*scanner-findings-.*set TMPDIR.*ENOENT/);
    spool.remove();
  });
});

describe("one account's findings", () => {
  it('stay in memory up to the limit, in the order they were made', async () => {
    const made = new AccountFindings(3);
    await made.add([PASSING_KEY, HOSTILE_GROUP]);
    await made.add([MUTED_BUCKET]);

    expect(made.findings).toEqual([PASSING_KEY, HOSTILE_GROUP, MUTED_BUCKET]);
    expect(made.findings).not.toBeInstanceOf(FindingSpool);
    made.remove();
  });

  it('move to disk past the limit, those already kept first, and read back in the same order', async () => {
    const made = new AccountFindings(2);
    await made.add([PASSING_KEY, HOSTILE_GROUP]);
    await made.add([MUTED_BUCKET]);

    const spool = made.findings;
    expect(spool).toBeInstanceOf(FindingSpool);
    expect([...spool]).toEqual([PASSING_KEY, HOSTILE_GROUP, MUTED_BUCKET]);
    made.remove();
    expect(existsSync((spool as FindingSpool).folder)).toBe(false);
  });
});
