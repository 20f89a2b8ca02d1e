import { ExportFile, ExportFormat, FileRowError, UserError, withUserErrors } from '@mentorship/graphql';
import { exportTable } from '@mentorship/spreadsheet';
import { Arg, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';

import type { DistrictContext } from '../../context';
import { importSchoolRegistry, REGISTRY_HEADERS } from './registry-import';

@InputType()
export class ImportSchoolRegistryInput {
  @Field(() => ExportFormat) format: ExportFormat;
  @Field({ description: 'The file, base64-encoded (.xlsx, or CSV in UTF-8 or GBK).' }) fileBase64: string;
  @Field({ defaultValue: false, description: 'False: a dry run. True: write, all rows or none.' }) confirm: boolean;
}

@ObjectType()
export class SchoolRegistryImportPayload {
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int) unchanged: number;
  @Field(() => [FileRowError]) rowErrors: FileRowError[];
  @Field({ description: 'True when the rows were written.' }) applied: boolean;
  @Field(() => [UserError]) userErrors: UserError[];
}

@Resolver()
export class RegistryImportResolver {
  @Mutation(() => SchoolRegistryImportPayload, {
    description: 'District admin: import the school registry (学校代码, 学校名称, 学段), upsert by code.',
  })
  importSchoolRegistry(@Arg('input') input: ImportSchoolRegistryInput, @Ctx() ctx: DistrictContext) {
    return withUserErrors(async () =>
      importSchoolRegistry(ctx.dataSource, ctx.principal, {
        format: input.format,
        content: Buffer.from(input.fileBase64, 'base64'),
        confirm: input.confirm,
      }),
    ).then((p) => ({ created: 0, updated: 0, unchanged: 0, rowErrors: [], applied: false, ...p }));
  }

  @Query(() => ExportFile, { description: 'District admin: the registry as .xlsx/CSV with the import headers.' })
  async schoolRegistryExport(
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() ctx: DistrictContext,
  ): Promise<ExportFile> {
    const LABEL: Record<string, string> = {
      PRIMARY: '小学',
      JUNIOR_SECONDARY: '初中',
      SENIOR_SECONDARY: '高中',
      VOCATIONAL: '职业学校',
    };
    const rows = await ctx.services.registry.registryRows();
    const file = await exportTable(
      { name: '学校名录', headers: REGISTRY_HEADERS, rows: rows.map((r) => [r.code, r.name, LABEL[r.stage]]) },
      format,
    );
    return ExportFile.of(file);
  }
}
