import { describeSecrets } from '../secrets/detect.js';
import type { FileSecrets } from '../services/lambda/code-package.js';

/** The files of a scanned package and their detections, for a finding: "app.py: AWS access key on line 3; ...". */
export function describeFileSecrets(files: readonly FileSecrets[]): string {
  return files.map(({ path, secrets }) => `${path}: ${describeSecrets(secrets)}`).join('; ');
}
