import {
  type ReadTable,
  readTable,
  SpreadsheetError,
  type SpreadsheetFormat,
  SpreadsheetLimitError,
} from '@mentorship/spreadsheet';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

import { UserFacingError } from './user-errors';

/** A problem with one row or cell of an uploaded spreadsheet, as the user sees the sheet. */
export interface RowProblem {
  row: number;
  column: string | null;
  code: string;
  message: string;
}

@ObjectType({ description: 'A problem with one row or cell of an uploaded file.' })
@Directive('@shareable')
export class FileRowError implements RowProblem {
  @Field(() => Int, { description: 'Row number as the spreadsheet shows it (the header is row 1).' }) row: number;
  @Field(() => String, { nullable: true, description: 'The column header.' }) column: string | null;
  @Field() code: string;
  @Field() message: string;
}

/**
 * Reads an uploaded .xlsx or CSV; a file that cannot be read is the user's to fix (UNREADABLE_FILE), not a server
 * error.
 */
export async function readUpload(content: Buffer, format: SpreadsheetFormat): Promise<ReadTable> {
  try {
    return await readTable(content, format);
  } catch (error) {
    if (error instanceof SpreadsheetError) throw new UserFacingError('UNREADABLE_FILE', error.message, 'fileBase64');
    if (error instanceof SpreadsheetLimitError) throw new UserFacingError(error.code, error.message, 'fileBase64');
    throw error;
  }
}

/** One MISSING_COLUMN problem per required header the file lacks. */
export function missingColumns(headers: string[], required: string[]): RowProblem[] {
  return required
    .filter((h) => !headers.includes(h))
    .map((h) => ({ row: 1, column: h, code: 'MISSING_COLUMN', message: `The header row has no column “${h}”.` }));
}
