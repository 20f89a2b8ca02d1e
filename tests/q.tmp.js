const { Client } = require('pg');
(async () => {
  const c = new Client(process.argv[2]); await c.connect();
  const r = await c.query(process.argv[3], process.argv.slice(4));
  console.log(r.rows.map(x => Object.values(x).join(' | ')).join('\n'));
  await c.end();
})().catch(e => { console.error(e.message); process.exit(1); });
