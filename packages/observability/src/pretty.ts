import type { DestinationStream } from 'pino';

const KNOWN = new Set(['level', 'time', 'service', 'msg', 'pid', 'hostname']);

function value(v: unknown): string {
  if (typeof v === 'string') return /\s/.test(v) ? JSON.stringify(v) : v;
  return JSON.stringify(v);
}

type Error_ = Record<string, unknown>;

function errorText(err: Error_): string {
  const code = err.code ? ` (${err.code})` : '';
  return `\n  ${err.type ?? 'Error'}${code}: ${err.message ?? ''}${err.stack ? `\n${err.stack}` : ''}`;
}

/** `[school] msg key=value …`: the shape `npm start` printed before logs were structured. */
export function formatPretty(line: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const level = entry.level === 'info' ? '' : `${String(entry.level).toUpperCase()} `;
  const rest = Object.entries(entry)
    .filter(([k]) => !KNOWN.has(k))
    .map(([k, v]) => (k === 'err' && v && typeof v === 'object' ? errorText(v as Error_) : ` ${k}=${value(v)}`))
    .join('');
  return `[${entry.service}] ${level}${entry.msg ?? ''}${rest}\n`;
}

/** Writes synchronously, so a line printed just before exit is not lost. */
export function prettyDestination(out: NodeJS.WriteStream = process.stdout): DestinationStream {
  return { write: (line: string) => void out.write(formatPretty(line)) };
}
