import fs from 'node:fs';
import http from 'node:http';

import { Pool } from 'pg';

/**
 * The floor: what answering costs without GraphQL, gateway or ORM. A plain node:http server
 * with a pg pool (as large as a service's) that, for `POST /<scenario>` from caller `x-caller`,
 * runs exactly the statements the services ran for that caller (captured from their SQL traces),
 * in order, and answers JSON.stringify of the rows.
 * Run as its own process: `node floor.js <spec json>`; prints "floor ready at <port>".
 */
export interface FloorSpec {
  port: number;
  /** Per database: its URL and, per scenario, per caller, the statements to run. */
  databases: Record<string, string>;
  scenarios: Record<string, { callers: { database: string; sql: string; params: unknown[] }[][] }>;
}

function main(spec: FloorSpec) {
  const pools = Object.fromEntries(
    Object.entries(spec.databases).map(([name, url]) => [name, new Pool({ connectionString: url, max: 10 })]),
  );
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const scenario = spec.scenarios[(req.url ?? '').slice(1)];
      const caller = Number(req.headers['x-caller'] ?? 0);
      if (!scenario || !scenario.callers[caller]) return void res.writeHead(404).end();
      try {
        const rows: unknown[] = [];
        for (const s of scenario.callers[caller]) rows.push((await pools[s.database].query(s.sql, s.params)).rows);
        const body = JSON.stringify({ data: rows });
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
      } catch (error) {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(error) }] }));
      }
    });
  });
  server.listen(spec.port, '127.0.0.1', () => console.log(`floor ready at ${spec.port}`));
  process.on('SIGTERM', () =>
    server.close(() => Promise.all(Object.values(pools).map((p) => p.end())).then(() => process.exit(0))),
  );
}

if (require.main === module) main(JSON.parse(fs.readFileSync(process.argv[2], 'utf8')) as FloorSpec);
