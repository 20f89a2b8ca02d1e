import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { IncomingMessage } from 'node:http';

/**
 * Attributes the HTTP instrumentation records that could identify a person or carry a request's
 * data: the query string (a GET request's query and variables), the caller's address and browser.
 * SQL spans keep their statement text (placeholders only: parameters are never recorded).
 */
const PERSONAL_ATTRIBUTES = ['url.query', 'client.address', 'network.peer.address', 'user_agent.original', 'http.user_agent', 'http.client_ip', 'net.peer.ip', 'http.target', 'http.url'];

/** Removes those attributes before a span is exported. */
class PrivacySpanProcessor implements SpanProcessor {
  constructor(private readonly next: SpanProcessor) {}
  onStart(span: Span, context: Context): void {
    this.next.onStart(span, context);
  }
  onEnd(span: ReadableSpan): void {
    const attributes = span.attributes as Record<string, unknown>;
    for (const key of PERSONAL_ATTRIBUTES) delete attributes[key];
    const full = attributes['url.full'];
    if (typeof full === 'string' && full.includes('?')) attributes['url.full'] = full.slice(0, full.indexOf('?'));
    this.next.onEnd(span);
  }
  forceFlush(): Promise<void> {
    return this.next.forceFlush();
  }
  shutdown(): Promise<void> {
    return this.next.shutdown();
  }
}

/** A GraphQL request (POST, or GET with a query) starts a trace; probes and metrics scrapes do not. */
function ignoredRequest(req: IncomingMessage): boolean {
  return !(req.method === 'POST' || (req.method === 'GET' && (req.url ?? '').includes('query=')));
}

let provider: { shutdown(): Promise<void> } | undefined;

/** True when traces are configured: OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT. */
export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) && env.OTEL_SDK_DISABLED !== 'true';
}

/**
 * OpenTelemetry traces, only when an OTLP endpoint is configured; otherwise nothing is loaded
 * and nothing is patched. Call it before anything loads `http` or `pg` (each service's main.ts
 * imports its `instrument.ts` first). Spans go to `<endpoint>/v1/traces` as OTLP/HTTP JSON;
 * W3C `traceparent` carries the trace from the gateway (its undici fetcher) to the subgraphs,
 * and each SQL statement is a span under the request that ran it.
 */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (provider || !tracingEnabled(env)) return false;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base') as typeof import('@opentelemetry/sdk-trace-base');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { UndiciInstrumentation } = require('@opentelemetry/instrumentation-undici') as typeof import('@opentelemetry/instrumentation-undici');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');
  const tracerProvider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || `mentorship-${service}`, 'service.namespace': 'mentorship' }),
    spanProcessors: [new PrivacySpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter()))],
  });
  tracerProvider.register();
  registerInstrumentations({
    tracerProvider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: ignoredRequest }),
      new UndiciInstrumentation(),
      // Background work (the outbox relay polling every few seconds) makes no traces of its own.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  provider = tracerProvider;
  return true;
}

/** Sends the spans still buffered; call before the process exits. */
export async function stopTracing(): Promise<void> {
  const current = provider;
  provider = undefined;
  await current?.shutdown().catch(() => undefined);
}
