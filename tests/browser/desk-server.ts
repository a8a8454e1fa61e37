// Starts the editors' desk as an editor does (`npm run edit`, here without opening a browser) on a free port
// of 127.0.0.1, and stops it again. Only the process started here is ever stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { REPO } from '../fixtures/temp-site';

export interface Desk {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startDesk(env: NodeJS.ProcessEnv = {}): Promise<Desk> {
  const port = await freePort();
  // detached: its own process group, so stopping it also stops the tsx and Astro processes under it.
  const child: ChildProcess = spawn('npx', ['tsx', 'scripts/edit.ts', '--no-open', '--port', String(port)], {
    cwd: REPO,
    env: { ...process.env, CONTENT_DIR: '', DISPLAY: '', WAYLAND_DISPLAY: '', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`编辑台 90 秒内没有启动：\n${output}`)), 90_000);
    const look = () => {
      const match = /编辑内容\s+(http:\/\/127\.0\.0\.1:\d+)\/admin\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`编辑台退出（${code}）：\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        process.kill(-child.pid!, 'SIGTERM');
      }),
  };
}
