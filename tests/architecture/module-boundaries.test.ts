import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The module shape (services/school/README.md): every modules/<name>/ has an index.ts that declares it,
 * and code outside modules/ (the service root: schema, context, permissions, start-up, bin, seed)
 * reaches a module only through that index. Reads the import statements of the sources as written.
 */
const root = join(__dirname, '..', '..');
const services = ['school', 'district'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'migrations' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/\bfrom\s+'([^']+)'/g)].map((m) => m[1]);

describe.each(services)('%s service: module boundaries', (service) => {
  const src = join(root, 'services', service, 'src');
  const modulesDir = join(src, 'modules');
  const modules = readdirSync(modulesDir).filter((name) => statSync(join(modulesDir, name)).isDirectory());

  it('every module has an index.ts that the modules list folds', () => {
    expect(modules.length).toBeGreaterThan(3);
    expect(modules.filter((m) => !existsSync(join(modulesDir, m, 'index.ts')))).toEqual([]);
    const list = readFileSync(join(modulesDir, 'index.ts'), 'utf8');
    expect(modules.filter((m) => !list.includes(`from './${m}'`))).toEqual([]);
  });

  it('code outside modules/ imports a module only through its index', () => {
    const outside = sources(src).filter((file) => !file.startsWith(modulesDir + '/'));
    const offending = outside.flatMap((file) =>
      importsOf(file)
        .filter((spec) => /(^|\/)modules\/[^/]+\/.+/.test(spec))
        .map((spec) => `${relative(root, file)} → ${spec}`),
    );
    expect(offending).toEqual([]);
  });

  it('no module imports the service root except for types (context, scope)', () => {
    const inside = sources(modulesDir);
    const offending = inside.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'(\.\.\/\.\.\/[^']+)'/gm)]
        .filter((m) => !m[1] && !/\/(scope|context)$/.test(m[2]))
        .map((m) => `${relative(root, file)} → ${m[2]}`);
    });
    expect(offending).toEqual([]);
  });
});
