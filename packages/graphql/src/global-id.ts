import { userInputError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Relay global ID: opaque to clients, carries the type so ids of different types never mix. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

/** Decodes a global ID of the expected type, or fails with an error naming the argument. */
export function fromGlobalId(globalId: string, type: string, field = 'id'): string {
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = decoded.indexOf(':');
  const actualType = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  if (separator < 0 || !UUID.test(id) || toGlobalId(actualType, id) !== globalId) {
    throw userInputError(field, `"${globalId}" is not a valid ${type} id.`);
  }
  if (actualType !== type) throw userInputError(field, `expected a ${type} id, got a ${actualType} id.`);
  return id.toLowerCase();
}

/**
 * A global ID of the expected type, or null for anything else (wrong type, malformed, not a
 * string). For federation entry points, where a bad id gets the same refusal as an unknown one.
 */
export function parseGlobalId(globalId: unknown, type: string): string | null {
  if (typeof globalId !== 'string') return null;
  try {
    return fromGlobalId(globalId, type);
  } catch {
    return null;
  }
}
