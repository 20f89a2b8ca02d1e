import type { DistrictModule } from '../../context';
import { EvaluationTemplateResolver } from './evaluation-template';

export const evaluationTemplate = {
  name: 'evaluation-template',
  resolvers: [EvaluationTemplateResolver],
} satisfies DistrictModule;
