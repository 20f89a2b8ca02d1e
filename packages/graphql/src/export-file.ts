import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

/** Documents (term reports, growth records): a PDF to print and file, or the same figures as .xlsx. */
export enum ReportFormat {
  PDF = 'PDF',
  XLSX = 'XLSX',
}
registerEnumType(ReportFormat, { name: 'ReportFormat' });

/** A generated file, base64-encoded, for the browser to save. */
@ObjectType({ description: 'A generated spreadsheet to download.' })
@Directive('@shareable')
export class ExportFile {
  @Field() filename: string;
  @Field() contentType: string;
  @Field({ description: 'The file content, base64-encoded.' }) base64: string;

  /** From a file as packages/spreadsheet writes it. */
  static of(file: { filename: string; contentType: string; content: Buffer }): ExportFile {
    return Object.assign(new ExportFile(), {
      filename: file.filename,
      contentType: file.contentType,
      base64: file.content.toString('base64'),
    });
  }
}
