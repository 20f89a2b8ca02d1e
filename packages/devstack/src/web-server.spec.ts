import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startWebServer } from './web-server';

describe('web server', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
  const dist = path.join(dir, 'dist');
  fs.mkdirSync(path.join(dist, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'index.html'), '<div id="root"></div>');
  fs.writeFileSync(path.join(dist, 'assets/app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside dist');
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const devLogin = {
    logins: [{ login: 'district-admin', role: 'DISTRICT_ADMIN', name: '管理员', description: '' }],
    sign: (login: string) => (login === 'district-admin' ? 'signed-token' : undefined),
  };

  it('refuses to start with the demo sign-in in production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(
        startWebServer({ distDir: dist, port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql', devLogin }),
      ).rejects.toThrow(/development only/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });

  it('without the demo sign-in (production), /dev/* does not exist', async () => {
    const web = await startWebServer({ distDir: dist, port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql' });
    try {
      expect((await fetch(`${web.url}/dev/logins`)).status).toBe(404);
      expect((await fetch(`${web.url}/dev/login`, { method: 'POST', body: '{"login":"district-admin"}' })).status).toBe(
        404,
      );
    } finally {
      await web.stop();
    }
  });

  it(
    'with it, lists the demo logins and signs only known ' + 'ones; serves the app and never a file outside dist',
    async () => {
      const web = await startWebServer({ distDir: dist, port: 0, gatewayUrl: 'http://127.0.0.1:1/graphql', devLogin });
      try {
        expect(await (await fetch(`${web.url}/dev/logins`)).json()).toEqual({ logins: devLogin.logins });
        expect(
          await (await fetch(`${web.url}/dev/login`, { method: 'POST', body: '{"login":"district-admin"}' })).json(),
        ).toEqual({ token: 'signed-token' });
        expect((await fetch(`${web.url}/dev/login`, { method: 'POST', body: '{"login":"root"}' })).status).toBe(400);
        const asset = await fetch(`${web.url}/assets/app.js`);
        expect(asset.headers.get('content-type')).toMatch(/^text\/javascript/);
        expect(await (await fetch(`${web.url}/school/abc`)).text()).toBe('<div id="root"></div>');
        expect(await (await fetch(`${web.url}/%2e%2e/secret.txt`)).text()).toBe('<div id="root"></div>');
        expect((await fetch(`${web.url}/graphql`, { method: 'POST', body: '{}' })).status).toBe(502);
      } finally {
        await web.stop();
      }
    },
  );
});
