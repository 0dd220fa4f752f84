import type { ApiStage, RestApi } from '../services/apigateway/apigateway.js';
import { notApplicable, type Judgement, type Verdict } from './report.js';

/**
 * One finding per stage of a REST API, as Prowler reports its stage checks: the stage's ARN and
 * tags, the API's name as the resource ID (a verdict's own subject overrides either). A stage for
 * which `judge` returns null gets no finding.
 */
export function judgeStages<S extends ApiStage>(api: RestApi, stages: readonly S[], judge: (stage: S) => Verdict | null): Judgement {
  const verdicts = stages.flatMap((stage) => {
    const verdict = judge(stage);
    return verdict ? [{ ...verdict, subject: { arn: stage.arn, id: api.name, tags: stage.tags, ...verdict.subject } }] : [];
  });
  return verdicts.length > 0 ? verdicts : notApplicable('no stage of the API is in scope');
}
