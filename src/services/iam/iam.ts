import { GlobalService } from '../service.js';

export class IamService extends GlobalService {
  readonly name = 'iam';

  protected async loadGlobal(_region: string): Promise<void> {}
}
