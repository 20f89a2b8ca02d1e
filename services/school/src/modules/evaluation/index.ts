import type { SchoolModule } from '../../context';
import { EvaluationCycleResolver, SurveyResolver, MeEvaluationResolver } from './evaluation.resolver';
import { EvaluationCycle, EvaluationEntry, EvaluationResult } from './evaluation.entity';
import { Survey, SurveyResponse, SurveyReceipt, SurveyBallotKey, SurveySpentBallot } from './survey.entity';
import { createEvaluationServices } from './evaluation.services';

export const evaluation = {
  name: 'evaluation',
  resolvers: [EvaluationCycleResolver, SurveyResolver, MeEvaluationResolver],
  entities: [EvaluationCycle, EvaluationEntry, EvaluationResult, Survey, SurveyResponse, SurveyReceipt, SurveyBallotKey, SurveySpentBallot],
  services: createEvaluationServices,
} satisfies SchoolModule;

export { startSurveySealing } from './survey-ballot-box';
