export {
  configureProcessLogger,
  createLogger,
  lineLogger,
  type LogFormat,
  logFormat,
  type Logger,
  processLogger,
  serializeError,
} from './logger';
export { formatPretty } from './pretty';
// Services add their own metrics with these (one prom-client for everything).
export { errorCodeLabel, type PoolCounts, ServiceMetrics } from './metrics';
export { metricsAddress, type MetricsServer, startMetricsServer } from './metrics-server';
export { dataSourcePools, type Observability, startObservability } from './observability';
export { ANONYMOUS, OperationNames } from './operations';
export { requestObserver, type RequestObserverOptions } from './request-plugin';
export { startTracing, stopTracing, tracingEnabled } from './tracing';
export { Counter, Gauge, Histogram } from 'prom-client';
