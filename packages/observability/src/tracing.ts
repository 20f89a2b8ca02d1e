let provider: { shutdown(): Promise<void> } | undefined;

/** True when traces are configured: OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT. */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  return !!endpoint && env.OTEL_SDK_DISABLED !== 'true';
}

/**
 * OpenTelemetry traces, only when an OTLP endpoint is configured; otherwise the SDK is not even
 * loaded and nothing is patched. Call it before anything loads `http` or `pg` (each service's
 * main.ts imports its `instrument.ts` first). Spans go to `<endpoint>/v1/traces` as OTLP/HTTP
 * JSON; W3C `traceparent` carries the trace from the gateway (its undici fetcher) to the
 * subgraphs, and each SQL statement is a span under the request that ran it.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider || !tracingEnabled(env)) return false;
  // Required here, not imported at the top: no cost at all while traces are off.
  const { registerTracing } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  provider = registerTracing(env.OTEL_SERVICE_NAME || `mentorship-${service}`);
  return true;
}

/** Sends the spans still buffered; call before the process exits. */
export async function stopTracing(): Promise<void> {
  const current = provider;
  provider = undefined;
  await current?.shutdown().catch(() => undefined);
}
