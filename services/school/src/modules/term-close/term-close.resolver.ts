import { countBand, ExportFile, ReportFormat, withUserErrors } from '@mentorship/graphql';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';

import type { SchoolContext } from '../../context';
import { LevelDistribution } from '../evaluation/evaluation.types';
import { isAllDone } from './term-checklist';
import type { OpenItems, TermCloseRow } from './term-close.entity';
import { CloseTermInput, CloseTermPayload, TermClose, TermCloseChecklist, TermFiguresView } from './term-close.types';
import type { TermFigures } from './term-figures';
import { termReportPdf, termReportXlsx } from './term-report';

const checklistOf = (term: string, o: OpenItems, closed: boolean) =>
  Object.assign(new TermCloseChecklist(), { term, ...o, readyToClose: isAllDone(o), closed });

function figuresView(f: TermFigures): TermFiguresView {
  return Object.assign(new TermFiguresView(), {
    ...f,
    coverage: f.students ? f.studentsWithLeadMentor / f.students : 1,
    evaluation: f.evaluation && Object.assign(new LevelDistribution(), f.evaluation),
    attentionStudents: countBand(f.attentionStudents),
    crisisRaisedInTerm: countBand(f.crisisRaisedInTerm),
    crisisOpenAtClose: countBand(f.crisisOpenAtClose),
  });
}

type Closed = TermClose & { row: TermCloseRow };
const view = (row: TermCloseRow): Closed =>
  Object.assign(new TermClose(), {
    row,
    term: row.term,
    closedAt: row.closedAt,
    sentToDistrict: row.sentToDistrictAt !== null,
    figures: figuresView(row.figures),
    openItemsAtClose: checklistOf(row.term, row.openItems, true),
  });

@Resolver(() => TermClose)
export class TermCloseResolver {
  private service(ctx: SchoolContext) {
    return ctx.services.termClose;
  }

  @Query(() => TermCloseChecklist, { description: 'School admin: what is still open in a term before closing it.' })
  async termCloseChecklist(@Arg('term') term: string, @Ctx() ctx: SchoolContext): Promise<TermCloseChecklist> {
    const service = this.service(ctx);
    const [items, closed] = await Promise.all([service.checklist(term), service.get(term)]);
    return checklistOf(term, items, closed !== null);
  }

  @Query(() => TermClose, {
    nullable: true,
    description: 'School admin: the closed term with its frozen figures; null while open.',
  })
  async termClose(@Arg('term') term: string, @Ctx() ctx: SchoolContext): Promise<TermClose | null> {
    const row = await this.service(ctx).get(term);
    return row && view(row);
  }

  @Mutation(() => CloseTermPayload, {
    description: 'School admin: close a term, freezing its figures, and send them to the district.',
  })
  closeTerm(@Arg('input') input: CloseTermInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      const { close, replayed } = await this.service(ctx).close(input.term, input.acceptOpenItems);
      return { close: view(close), alreadyClosed: replayed };
    }).then((p) => ({ close: null, alreadyClosed: false, ...p }));
  }

  @FieldResolver(() => ExportFile, {
    description: 'The term report (学期报告) from the frozen figures: PDF with charts, or .xlsx.',
  })
  async report(@Root() close: Closed, @Arg('format', () => ReportFormat) format: ReportFormat): Promise<ExportFile> {
    return ExportFile.of(
      format === ReportFormat.PDF ? await termReportPdf(close.row.figures) : await termReportXlsx(close.row.figures),
    );
  }
}
