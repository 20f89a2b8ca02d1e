export {
  configureProcessLogger, createLogger, lineLogger, logFormat, processLogger, serializeError,
  type Logger, type LogFormat,
} from './logger';
export { formatPretty } from './pretty';
// Services add their own metrics with these (one prom-client for everything).
export { Counter, Gauge, Histogram } from 'prom-client';
export { errorCodeLabel, ServiceMetrics, type PoolCounts } from './metrics';
export { metricsAddress, startMetricsServer, type MetricsServer } from './metrics-server';
export { ANONYMOUS, OperationNames } from './operations';
export { requestObserver, type RequestObserverOptions } from './request-plugin';
export { startTracing, stopTracing, tracingEnabled } from './tracing';
export { dataSourcePools, startObservability, type Observability } from './observability';
