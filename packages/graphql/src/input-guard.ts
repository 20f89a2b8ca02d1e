import { UPLOAD_LIMITS } from '@mentorship/spreadsheet';
import {
  defaultFieldResolver,
  getNullableType,
  type GraphQLArgument,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';

import { MAX_PAGE_SIZE } from './connection';

/** What any argument of any field may hold; checked once, here, for every resolver of a subgraph. */
export const INPUT_LIMITS = {
  /** Free text (a record's content, an archive's notes): about ten pages. */
  maxTextLength: 20_000,
  /** An id (global ids are ~60 characters). */
  maxIdLength: 200,
  /** Items of a list argument (student ids, decisions, rows). */
  maxListLength: 1_000,
  /** Dates and times the platform deals in: school years of this century. */
  earliest: new Date('2000-01-01T00:00:00Z'),
  latest: new Date('2100-01-01T00:00:00Z'),
} as const;

/** Uploaded files travel as base64 strings in fields with this name. */
const UPLOAD_FIELD = 'fileBase64';
// C0 controls but tab, line feed and carriage return; DEL; C1 controls. PostgreSQL refuses NUL outright.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * BAD_USER_INPUT naming the field, in both shapes clients already read: `field` (thrown input
 * errors) and `fields` (argument validation, as formatError flattens class-validator's).
 */
function userInputError(field: string, message: string): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', field, fields: [{ field, message }] },
  });
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function checkString(value: string, field: string, leaf: string, scalar: string): void {
  if (leaf === UPLOAD_FIELD) {
    const compact = value.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !BASE64.test(compact))
      throw userInputError(field, 'is not base64: send the file’s bytes base64-encoded.');
    const bytes = (compact.length / 4) * 3 - (compact.endsWith('==') ? 2 : compact.endsWith('=') ? 1 : 0);
    if (bytes > UPLOAD_LIMITS.maxFileBytes)
      throw userInputError(
        field,
        `the file is ${bytes} bytes; files up to ${UPLOAD_LIMITS.maxFileBytes} bytes ` +
          `(${UPLOAD_LIMITS.maxFileBytes / 1024 / 1024} MiB) are accepted.`,
      );
    return;
  }
  const max = scalar === 'ID' ? INPUT_LIMITS.maxIdLength : INPUT_LIMITS.maxTextLength;
  if (value.length > max)
    throw userInputError(field, `is ${value.length} characters long; at most ${max} are accepted.`);
  const control = CONTROL.exec(value);
  if (control)
    throw userInputError(
      field,
      `contains a control character (${codePoint(control[0])}) at position ${control.index + 1}; remove it.`,
    );
}

function checkValue(value: unknown, type: GraphQLInputType, field: string, leaf: string): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (!Array.isArray(value)) return checkValue(value, inner.ofType, field, leaf);
    if (value.length > INPUT_LIMITS.maxListLength)
      throw userInputError(field, `has ${value.length} items; at most ${INPUT_LIMITS.maxListLength} are accepted.`);
    value.forEach((item, i) => checkValue(item, inner.ofType, `${field}[${i}]`, leaf));
    return;
  }
  if (isInputObjectType(inner)) {
    for (const [name, def] of Object.entries(inner.getFields())) {
      checkValue((value as Record<string, unknown>)[name], def.type, field ? `${field}.${name}` : name, name);
    }
    return;
  }
  if (typeof value === 'string') return checkString(value, field, leaf, isScalarType(inner) ? inner.name : '');
  if (value instanceof Date) {
    if (!(value >= INPUT_LIMITS.earliest && value < INPUT_LIMITS.latest))
      throw userInputError(
        field,
        `must be between ${INPUT_LIMITS.earliest.getUTCFullYear()} and ${INPUT_LIMITS.latest.getUTCFullYear() - 1}.`,
      );
  }
}

function checkArguments(defs: readonly GraphQLArgument[], args: Record<string, unknown>): void {
  for (const def of defs) {
    const value = args[def.name];
    if (def.name === 'first' && typeof value === 'number' && (value < 1 || value > MAX_PAGE_SIZE)) {
      throw userInputError('first', `page size must be between 1 and ${MAX_PAGE_SIZE}, not ${value}.`);
    }
    // A mutation's single `input` object names its fields directly, as the userErrors do.
    checkValue(
      value,
      def.type,
      def.name === 'input' && isInputObjectType(getNullableType(def.type)) ? '' : def.name,
      def.name,
    );
  }
}

/**
 * Wraps every resolver that takes arguments so its input is checked before anything runs:
 * page sizes (`first`) 1 to 100, text without control characters (NUL would reach PostgreSQL as
 * an error) and of bounded length, bounded lists, dates within the platform's years, and uploads
 * that are base64 within the file limit. BAD_USER_INPUT names the field. Federation's own
 * fields (`_entities`, `_service`) carry the gateway's representations and are left alone.
 */
export function guardInputs(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.length || field.name === '_entities' || field.name === '_service') continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const defs = field.args;
      field.resolve = (source, args, context, info) => {
        checkArguments(defs, args);
        return resolve(source, args, context, info);
      };
    }
  }
}
