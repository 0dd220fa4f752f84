import { RegionalService } from '../service.js';

export class Ec2Service extends RegionalService {
  readonly name = 'ec2';

  protected async loadRegion(_region: string): Promise<void> {}
}
