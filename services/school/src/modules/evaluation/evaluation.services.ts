import type { ServiceScope } from '../../context';
import { EvaluationService } from './evaluation.service';
import { SurveyService } from './survey.service';

/** This module's services for one request (built once, in the context). */
export const createEvaluationServices = (s: ServiceScope) => ({
  evaluations: new EvaluationService(s.dataSource, s.caller, s.now),
  surveys: new SurveyService(s.dataSource, s.caller, s.now),
});
