import { CreateDocumentCommand, ModifyDocumentPermissionCommand, SSMClient } from '@aws-sdk/client-ssm';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
// Split so that this file itself holds no access key ID.
const LEAKED_KEY = ['AKIA', 'Q3WZ7RT5YU8IO2PN'].join('');

const commandDocument = (command: string) =>
  JSON.stringify({ schemaVersion: '2.2', description: 'run a command', mainSteps: [{ action: 'aws:runShellScript', name: 'run', inputs: { runCommand: [command] } }] });

describe('Systems Manager documents against moto', () => {
  beforeEach(resetMoto);

  it("reads the account's documents, scans their content and reads who they are shared with, in every scanned region", async () => {
    const west = new SSMClient(seedConfig('eu-west-1'));
    const east = new SSMClient(seedConfig('us-east-1'));
    await west.send(new CreateDocumentCommand({ Name: 'leaky', DocumentType: 'Command', Content: commandDocument(`export AWS_ACCESS_KEY_ID=${LEAKED_KEY}`) }));
    await west.send(new ModifyDocumentPermissionCommand({ Name: 'leaky', PermissionType: 'Share', AccountIdsToAdd: ['all'] }));
    await east.send(new CreateDocumentCommand({ Name: 'clean', DocumentType: 'Command', Content: commandDocument('yum -y update') }));
    await east.send(new ModifyDocumentPermissionCommand({ Name: 'clean', PermissionType: 'Share', AccountIdsToAdd: ['444455556666'] }));

    const ssm = await loadService(await motoScope(REGIONS), 'ssm', ['documents', 'documentSecrets', 'documentSharing']);

    expect(failuresIn(ssm)).toEqual([]);
    // AWS's own documents are not listed: only the account's.
    expect(ssm.documents.all().map((document) => document.id).sort()).toEqual(['clean', 'leaky']);
    const leaky = `arn:aws:ssm:eu-west-1:${MOTO_ACCOUNT}:document/leaky`;
    const clean = `arn:aws:ssm:us-east-1:${MOTO_ACCOUNT}:document/clean`;
    expect(readFields(resourceAt(ssm.documentSecrets, leaky)).secrets).toEqual([expect.objectContaining({ kind: 'AWS access key' })]);
    expect(readFields(resourceAt(ssm.documentSecrets, clean))).toMatchObject({ region: 'us-east-1', secrets: [] });
    expect(readFields(resourceAt(ssm.documentSharing, leaky)).sharedWith).toEqual(['all']);
    expect(readFields(resourceAt(ssm.documentSharing, clean)).sharedWith).toEqual(['444455556666']);
  });

  it('a YAML document is scanned too: GetDocument hands it out as JSON', async () => {
    const west = new SSMClient(seedConfig('eu-west-1'));
    const yaml = ['schemaVersion: "2.2"', 'description: run a command', 'mainSteps:', '  - action: aws:runShellScript', '    name: run', '    inputs:', `      runCommand: ["export KEY=${LEAKED_KEY}"]`].join('\n');
    await west.send(new CreateDocumentCommand({ Name: 'yaml', DocumentType: 'Command', DocumentFormat: 'YAML', Content: yaml }));

    const ssm = await loadService(await motoScope(REGIONS), 'ssm', ['documentSecrets']);

    expect(failuresIn(ssm)).toEqual([]);
    expect(readFields(resourceAt(ssm.documentSecrets, `arn:aws:ssm:eu-west-1:${MOTO_ACCOUNT}:document/yaml`)).secrets).toEqual([expect.objectContaining({ kind: 'AWS access key' })]);
  });
});
