import { RegionalService } from '../service.js';

export class VpcService extends RegionalService {
  readonly name = 'vpc';

  protected async loadRegion(_region: string): Promise<void> {}
}
