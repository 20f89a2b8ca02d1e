import { UserFacingError } from '@mentorship/graphql';

/** PostgreSQL raised the cap triggers (see the Matching migration). */
export function isCapViolation(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return code === 'MC001' || code === 'MC002';
}

/** Runs a write and turns a cap trigger into a user error on `field`. */
export async function withinCap<T>(field: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isCapViolation(error)) throw new UserFacingError('CAP_EXCEEDED', 'This would give a mentor more students than their cap allows.', field);
    throw error;
  }
}
