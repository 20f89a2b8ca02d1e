import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

import { REPO_ROOT } from './databases';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** Resolves when the service printed its ready line. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a compiled service entry point (relative to the repo) and passes its output through.
 * Services log JSON lines by default (what a log collector wants); here a person reads them, so
 * they print `[service] message` unless LOG_FORMAT says otherwise.
 */
export function startServiceProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  readyText: string,
): ServiceProcess {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, entry)], {
    env: { ...process.env, LOG_FORMAT: process.env.LOG_FORMAT || 'pretty', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve, reject) => {
    const onLine = (chunk: Buffer) => {
      const text = chunk.toString();
      process.stdout.write(text);
      if (text.includes(readyText)) resolve();
    };
    child.stdout!.on('data', onLine);
    child.stderr!.on('data', (c: Buffer) => process.stderr.write(c));
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
  });
  return {
    name,
    child,
    ready,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs a compiled command to completion; rejects on a non-zero exit. */
export function runCommand(entry: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, entry)], {
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(Object.assign(new Error(`${entry} exited with code ${code}`), { exitCode: code ?? 1 })),
    );
  });
}
