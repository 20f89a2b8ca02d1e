// The images' HEALTHCHECK: `http <PORT_VARIABLE> <path>` (a 2xx answer; the images ask /readyz)
// or `tcp <PORT_VARIABLE>` (the port accepts connections).
'use strict';
const [mode, variable, pathname = '/'] = process.argv.slice(2);
const port = Number(process.env[variable]);
const fail = (why) => {
  console.error(`unhealthy: ${why}`);
  process.exit(1);
};
if (!Number.isInteger(port)) fail(`${variable} is not a port`);
setTimeout(() => fail('no answer in 2 s'), 2000).unref();
if (mode === 'tcp') {
  require('node:net')
    .connect(port, '127.0.0.1')
    .on('connect', () => process.exit(0))
    .on('error', (e) => fail(e.message));
} else {
  require('node:http')
    .get({ host: '127.0.0.1', port, path: pathname }, (res) => {
      res.resume();
      if (res.statusCode >= 200 && res.statusCode < 300) process.exit(0);
      fail(`HTTP ${res.statusCode}`);
    })
    .on('error', (e) => fail(e.message));
}
