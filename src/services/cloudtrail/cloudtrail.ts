import { RegionalService } from '../service.js';

export class CloudTrailService extends RegionalService {
  readonly name = 'cloudtrail';

  protected async loadRegion(_region: string): Promise<void> {}
}
