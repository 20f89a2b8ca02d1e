import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A problem the caller can fix, returned in a mutation's payload (not thrown): which input
 * field, a stable code for clients, and a message for people.
 */
@ObjectType({ description: 'A problem with the input that the caller can fix.' })
@Directive('@shareable')
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field at fault, e.g. "mentorIds[2]".' }) field:
    string | null;
  @Field({ description: 'Stable machine-readable code, e.g. WINDOW_CLOSED.' }) code: string;
  @Field() message: string;
}

/** Thrown by domain services; the mutation's transaction rolls back and the payload carries it. */
export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/**
 * Runs a mutation body (one transaction inside `run`) and turns domain errors into the
 * payload's `userErrors`; nothing was written when they are returned.
 */
export async function withUserErrors<P extends object>(
  run: () => Promise<P>,
): Promise<P | { userErrors: UserError[] }> {
  try {
    return { userErrors: [], ...(await run()) };
  } catch (error) {
    if (error instanceof UserFacingError) {
      return {
        userErrors: [Object.assign(new UserError(), { field: error.field, code: error.code, message: error.message })],
      };
    }
    throw error;
  }
}
