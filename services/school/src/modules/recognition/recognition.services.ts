import type { ServiceScope } from '../../context';
import { RecognitionService } from './recognition.service';

/** This module's services for one request (built once, in the context). */
export const createRecognitionServices = (s: ServiceScope) => ({
  recognitions: new RecognitionService(s.dataSource, s.caller, s.now),
});
