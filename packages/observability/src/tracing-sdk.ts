import type { IncomingMessage } from 'node:http';

import type { Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type ReadableSpan, type Span, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

// Loaded by tracing.ts only when traces are configured: without an endpoint none of this runs.

/**
 * Attributes the HTTP instrumentation records that could identify a person or carry a request's
 * data: the query string (a GET request's query and variables), the caller's address and browser.
 * SQL spans keep their statement text (placeholders only: parameters are never recorded).
 */
const PERSONAL_ATTRIBUTES = [
  'url.query',
  'client.address',
  'network.peer.address',
  'user_agent.original',
  'http.user_agent',
  'http.client_ip',
  'net.peer.ip',
  'http.target',
  'http.url',
];

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

/** Registers the tracer provider and the http, undici and pg instrumentations; returns the provider. */
export function registerTracing(serviceName: string): { shutdown(): Promise<void> } {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName, 'service.namespace': 'mentorship' }),
    // The exporter reads OTEL_EXPORTER_OTLP_(TRACES_)ENDPOINT and _HEADERS; the processor OTEL_BSP_*.
    spanProcessors: [new PrivacySpanProcessor(new BatchSpanProcessor(new OTLPTraceExporter()))],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: ignoredRequest }),
      new UndiciInstrumentation(),
      // Background work (the outbox relay polling every few seconds) makes no traces of its own.
      new PgInstrumentation({ requireParentSpan: true, enhancedDatabaseReporting: false }),
    ],
  });
  return provider;
}
