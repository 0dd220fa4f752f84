import { defineCheck, fail, manual, need, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecr_repository_image_no_secrets',
  uses: { ecr: ['imageSecrets'] },
  // Applied where the image is scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ ecr }, report) {
    report.each(ecr.imageSecrets, (repository) => {
      const image = need(repository.imageSecrets);
      if (!image) return notApplicable('the repository holds no scannable image');
      // An image has no ARN of its own: Prowler names it by its repository and short digest.
      const shortDigest = (image.digest.split(':').pop() ?? image.digest).slice(0, 12);
      const subject = { arn: `${repository.arn}/image/${shortDigest}`, id: `${repository.name}:${image.tag}@${shortDigest}` };
      const described = `image '${image.tag}' (${image.digest}) of ECR repository ${repository.name}`;
      const { scan } = image;
      if (scan.state === 'unresolved') return manual(`No single image manifest could be resolved for the ${described}, so it was not scanned for secrets; review it by hand.`, subject);
      if (scan.secrets.length > 0) {
        const found = scan.secrets.map((secret) => `${secret.kind} in ${secret.place}`).join(', ');
        const unscanned = scan.incomplete ? ' Part of the image was over the scan limits or could not be downloaded and was not scanned.' : '';
        return fail(`Likely ${scan.secrets.length > 1 ? 'secrets' : 'secret'} in the ${described}: ${found}.${unscanned}`, subject);
      }
      if (scan.incomplete) return manual(`No secrets in the scanned part of the ${described}, but part of it was over the scan limits or could not be downloaded; review it by hand.`, subject);
      return pass(`No secrets found in the ${described}.`, subject);
    });
  },
});
