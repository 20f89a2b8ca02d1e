import type { SchoolModule } from '../../context';
import { EvaluationCycle, EvaluationEntry, EvaluationResult } from './evaluation.entity';
import { EvaluationCycleResolver, MeEvaluationResolver, SurveyResolver } from './evaluation.resolver';
import { createEvaluationServices } from './evaluation.services';
import { Survey, SurveyBallotKey, SurveyReceipt, SurveyResponse, SurveySpentBallot } from './survey.entity';
import { SurveySummaryResolver } from './survey-summary.resolver';

export const evaluation = {
  name: 'evaluation',
  resolvers: [EvaluationCycleResolver, SurveyResolver, MeEvaluationResolver, SurveySummaryResolver],
  entities: [
    EvaluationCycle,
    EvaluationEntry,
    EvaluationResult,
    Survey,
    SurveyResponse,
    SurveyReceipt,
    SurveyBallotKey,
    SurveySpentBallot,
  ],
  services: createEvaluationServices,
} satisfies SchoolModule;

export { startSurveySealing } from './survey-ballot-box';
