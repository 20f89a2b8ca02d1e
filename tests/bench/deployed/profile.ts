import fs from 'node:fs';
import path from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileTop {
  process: string;
  totalMs: number;
  /** Self time by function (name and where it lives), largest first. */
  top: { name: string; where: string; ms: number; share: number }[];
  /** Self time by package (node_modules/<pkg>, the services, node internals, GC). */
  byPackage: { name: string; share: number }[];
}

const packageOf = (url: string): string => {
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1];
  const svc = /(services|packages)\/([^/]+)\//.exec(url);
  if (svc) return `${svc[1]}/${svc[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url ? 'other' : '(native/GC/idle)';
};

const shortWhere = (url: string, line: number) => {
  if (!url) return '';
  const m = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?(.*)$/.exec(url);
  const rel = m ? m[1] : url.replace(/^file:\/\/.*?\/(services|packages)\//, '$1/');
  return `${rel}:${line + 1}`;
};

/** Self-time summary of one .cpuprofile, idle and program excluded from the shares. */
export function summarise(file: string, processName: string, topN = 8): ProfileTop {
  const p = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map<string, { name: string; where: string; ms: number }>();
  const pkgs = new Map<string, number>();
  let total = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)' || functionName === '(program)') continue;
    total += ms;
    const key = `${functionName}@${url}:${lineNumber}`;
    const entry = fns.get(key) ?? { name: functionName || '(anonymous)', where: shortWhere(url, lineNumber), ms: 0 };
    entry.ms += ms;
    fns.set(key, entry);
    const pkg = functionName === '(garbage collector)' ? 'GC' : packageOf(url);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + ms);
  }
  return {
    process: processName,
    totalMs: total,
    top: [...fns.values()]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, topN)
      .map((f) => ({ ...f, share: f.ms / total })),
    byPackage: [...pkgs]
      .sort((a, b) => b[1] - a[1])
      .slice(0, topN)
      .map(([name, ms]) => ({ name, share: ms / total })),
  };
}

/** The profiles a directory holds, one per process; `names` maps a pid to the process's name. */
export function summariseDir(dir: string, names: Map<number, string>): ProfileTop[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .flatMap((f) => {
      const pid = Number(/^CPU\.\d+\.\d+\.(\d+)\./.exec(f)?.[1]);
      const name = names.get(pid);
      return name ? [summarise(path.join(dir, f), name)] : [];
    });
}
