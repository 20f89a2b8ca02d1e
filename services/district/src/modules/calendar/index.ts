import type { DistrictModule } from '../../context';
import { AcademicYear } from './academic-year.entity';
import { createCalendarLoaders } from './calendar.loaders';
import { AcademicYearResolver } from './calendar.resolver';
import { CalendarService } from './calendar.service';
import { Term } from './term.entity';

export const calendar = {
  name: 'calendar',
  resolvers: [AcademicYearResolver],
  entities: [AcademicYear, Term],
  loaders: (s) => createCalendarLoaders(s.dataSource, s.principal),
  services: (s) => ({ calendar: new CalendarService(s.dataSource, s.principal, s.now) }),
} satisfies DistrictModule;
