import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { notebookLifecycle } from '../../../test/helpers/fixtures/sagemaker.js';
import check from './sagemaker_notebook_instance_no_secrets.js';

testCheck(check, [
  { name: 'no notebook instances', expect: [] },
  {
    name: 'clean scripts and no configuration pass; a secret fails naming its script and line; an undecodable script asks for a person',
    given: ({ sagemaker }) => {
      sagemaker.notebookInstanceLifecycles.add(notebookLifecycle('clean'));
      sagemaker.notebookInstanceLifecycles.add(notebookLifecycle('bare', { lifecycle: { state: 'none' } }));
      sagemaker.notebookInstanceLifecycles.add(
        notebookLifecycle('leaky', {
          region: 'us-east-1',
          lifecycle: {
            state: 'scanned',
            scripts: [
              { script: 'OnCreate[0]', secrets: [] },
              { script: 'OnStart[1]', secrets: [{ line: 4, kind: 'AWS access key' }] },
            ],
          },
        }),
      );
      sagemaker.notebookInstanceLifecycles.add(notebookLifecycle('garbled', { lifecycle: { state: 'undecodable' } }));
    },
    expect: [
      { status: 'PASS', resource: 'clean', detail: 'No secrets' },
      { status: 'PASS', resource: 'bare', detail: 'no lifecycle configuration' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'OnStart[1]: AWS access key on line 4' },
      { status: 'MANUAL', resource: 'garbled' },
    ],
  },
  {
    name: 'a lifecycle configuration that could not be read: ERROR',
    given: ({ sagemaker }) => sagemaker.notebookInstanceLifecycles.add(notebookLifecycle('hidden', { lifecycle: unreadBy('sagemaker', 'DescribeNotebookInstanceLifecycleConfig') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeNotebookInstanceLifecycleConfig' }],
  },
  {
    name: 'notebook instances that could not be listed: ERROR',
    given: ({ sagemaker }) => sagemaker.notebookInstanceLifecycles.fail({ region: 'eu-west-1', operation: 'ListNotebookInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'sagemaker:ListNotebookInstances' }],
  },
]);
