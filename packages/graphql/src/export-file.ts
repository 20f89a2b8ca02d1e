import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

/** A generated file, base64-encoded, for the browser to save. */
@ObjectType({ description: 'A generated spreadsheet to download.' })
@Directive('@shareable')
export class ExportFile {
  @Field() filename: string;
  @Field() contentType: string;
  @Field({ description: 'The file content, base64-encoded.' }) base64: string;
}
