import {
  ExportFile,
  ExportFormat,
  FileRowError,
  fromGlobalId,
  toGlobalId,
  UserError,
  withUserErrors,
} from '@mentorship/graphql';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';

import type { SchoolContext } from '../../context';
import { RosterKind } from './columns';
import type { RosterImport } from './roster-import.entity';
import { RosterExportKind } from './roster-import.service';

registerEnumType(RosterExportKind, {
  name: 'RosterExportKind',
  description: 'Lists a school admin can export: the four roster kinds, active mentorships, and this term’s "三个一".',
});

@InputType()
export class PreviewRosterImportInput {
  @Field(() => RosterKind) kind: RosterKind;
  @Field(() => ExportFormat, { description: 'XLSX, or CSV in UTF-8 or GBK.' }) format: ExportFormat;
  @Field({ description: 'The file, base64-encoded.' }) fileBase64: string;
  @Field(() => String, { nullable: true }) fileName?: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'STUDENTS: the file is the whole roster; students missing from it are reported.',
  })
  fullRoster?: boolean | null;
}

@ObjectType()
export class MissingStudent {
  @Field() studentNumber: string;
  @Field() name: string;
}

@ObjectType({ description: 'What an import would do (or did): nothing is written until it is confirmed.' })
export class RosterImportPreview {
  @Field(() => ID) id: string;
  @Field(() => RosterKind) kind: RosterKind;
  @Field() status: string;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [MissingStudent], {
    description: 'Full student rosters: enrolled students not in the file (marked as left only if you confirm so).',
  })
  missing: MissingStudent[];
  @Field(() => [FileRowError]) rowErrors: FileRowError[];
  @Field({ description: 'True when the file has no errors.' }) canConfirm: boolean;

  static of(i: RosterImport): RosterImportPreview {
    return Object.assign(new RosterImportPreview(), {
      id: toGlobalId('RosterImport', i.id),
      kind: i.kind,
      status: i.status,
      created: i.plan.created,
      updated: i.plan.updated,
      unchanged: i.plan.unchanged,
      missing: i.plan.missing,
      rowErrors: i.plan.errors.map((e) => Object.assign(new FileRowError(), e)),
      canConfirm: i.plan.errors.length === 0,
    });
  }
}

@ObjectType()
export class RosterImportPayload {
  @Field(() => RosterImportPreview, { nullable: true }) preview: RosterImportPreview | null;
  @Field(() => Int, { description: 'Students marked as left by this confirmation.' }) markedLeft: number;
  @Field(() => [UserError]) userErrors: UserError[];
}

@Resolver()
export class RosterImportResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.rosterImports;
  }

  @Mutation(() => RosterImportPayload, {
    description: 'School admin: check a roster file against your school (dry run); nothing is written.',
  })
  previewRosterImport(@Arg('input') input: PreviewRosterImportInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      const content = Buffer.from(input.fileBase64, 'base64');
      return { preview: RosterImportPreview.of(await this.service(ctx).preview({ ...input, content })) };
    }).then((p) => ({ markedLeft: 0, ...p }));
  }

  @Mutation(() => RosterImportPayload, { description: 'School admin: apply a checked preview, all rows or none.' })
  confirmRosterImport(
    @Arg('importId', () => ID) importId: string,
    @Arg('markMissingAsLeft', () => Boolean, { defaultValue: false }) markMissingAsLeft: boolean,
    @Ctx() ctx: SchoolContext,
  ) {
    return withUserErrors(async () => {
      const { preview, markedLeft } = await this.service(ctx).confirm(
        fromGlobalId(importId, 'RosterImport', 'importId'),
        markMissingAsLeft,
      );
      return { preview: RosterImportPreview.of(preview), markedLeft };
    }).then((p) => ({ markedLeft: 0, ...p }));
  }

  @Query(() => ExportFile, {
    description: 'School admin: an empty template with the Chinese headers of a roster kind.',
  })
  async rosterTemplate(
    @Arg('kind', () => RosterKind) kind: RosterKind,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() ctx: SchoolContext,
  ): Promise<ExportFile> {
    return ExportFile.of(await this.service(ctx).template(kind, format));
  }

  @Query(() => ExportFile, {
    description: 'School admin: a list of your school as .xlsx/CSV, with the import headers so it re-imports cleanly.',
  })
  async rosterExport(
    @Arg('kind', () => RosterExportKind) kind: RosterExportKind,
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() ctx: SchoolContext,
  ): Promise<ExportFile> {
    return ExportFile.of(await this.service(ctx).export(kind, format));
  }
}
