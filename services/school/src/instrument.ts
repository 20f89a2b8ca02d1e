import { startTracing } from '@mentorship/observability';

// Imported first by main.ts: OpenTelemetry patches http and pg only if it starts before they are
// used. Does nothing unless OTEL_EXPORTER_OTLP_ENDPOINT is set.
startTracing('school');
