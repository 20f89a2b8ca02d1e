// What the read-replica test asks: the district dashboard and a school's figures (both may be answered by
// the replica), and SQL sent straight to a database by URL (the primary or the standby).
import { Client } from 'pg';

export const DASHBOARD =
  '{ districtDashboard { term totals { schools students studentsWithLeadMentor coverage plansFiled } ' +
  'schools { school { id code } planFiled flags } } }';
export const SCHOOL_FIGURES = `query($id: ID!) { school(id: $id) { metrics { students studentsWithLeadMentor coverage }
    grades { id metrics { students studentsWithLeadMentor } classrooms { id dutyCompletion { students homeVisitDone }
      } } } }`;

/** The rows of one statement run on the database at `url`, on a connection of its own. */
export async function queryAt<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
