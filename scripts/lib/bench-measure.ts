// Running a build for the benchmark: every output line time-stamped on arrival (ms resolution, unlike
// Astro's HH:MM:SS), and the resident memory of the whole process tree (npm → sh → node → pagefind …)
// sampled from /proc while it runs.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { withoutAnsi } from '../../src/lib/text/ansi';

export interface TimedLine {
  /** Milliseconds since the process was started. */
  t: number;
  text: string;
  stream: 'stdout' | 'stderr';
}

export interface RssSample {
  t: number;
  /** Sum of VmRSS over the process tree, in bytes. */
  bytes: number;
  /** CPU seconds used so far by the tree (user + system, including reaped children): robust to other load. */
  cpu: number;
}

export interface TimedRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  lines: TimedLine[];
  samples: RssSample[];
  /** 1-minute load average when the run started and ended (other work on the machine skews timings). */
  load: [number, number];
}

const PAGE_SIZE = 4096;
const CLOCK_TICKS = 100;

/**
 * Resident bytes and CPU seconds of `root` and all its descendants, from /proc (Linux); zeros without /proc.
 * CPU counts each live process's user + system time and that of its children it has already reaped.
 */
export function treeStats(root: number): { bytes: number; cpu: number } {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return { bytes: 0, cpu: 0 };
  }
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const name of names) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'latin1');
      // pid (comm) state ppid …: comm may contain spaces and parentheses, so parse after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      const pid = Number(name);
      // utime, stime, cutime, cstime are fields 14–17 of stat, 11–14 after the state field.
      ticks.set(pid, Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // the process ended meanwhile
    }
  }
  let bytes = 0;
  let cpu = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      bytes += Number(readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ')[1]) * PAGE_SIZE;
      cpu += (ticks.get(pid) ?? 0) / CLOCK_TICKS;
    } catch {
      // ended
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return { bytes, cpu };
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Every line as it arrives (after ANSI colours are removed). */
  onLine?: (line: TimedLine) => void;
  /** Also write the raw output here. */
  logFile?: string;
  sampleEveryMs?: number;
}

let current: ReturnType<typeof spawn> | undefined;

/** Stops the running child (and its process group) — for Ctrl-C in the benchmark. */
export function killCurrent(): void {
  if (current?.pid) {
    try {
      process.kill(-current.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

export function runTimed(command: string, args: string[], options: RunOptions): Promise<TimedRun> {
  return new Promise((resolvePromise, reject) => {
    const start = performance.now();
    const load0 = loadavg()[0]!;
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    current = child;
    const lines: TimedLine[] = [];
    const samples: RssSample[] = [];
    const log = options.logFile ? createWriteStream(options.logFile) : undefined;
    const sample = () => {
      if (!child.pid) return;
      const stats = treeStats(child.pid);
      // A process that ended between two samples takes its CPU time along until its parent reaps it: keep it monotonic.
      samples.push({ t: performance.now() - start, bytes: stats.bytes, cpu: Math.max(stats.cpu, samples.at(-1)?.cpu ?? 0) });
    };
    const timer = setInterval(sample, options.sampleEveryMs ?? 200);
    const attach = (stream: NodeJS.ReadableStream, name: 'stdout' | 'stderr') => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const t = performance.now() - start;
        log?.write(chunk);
        const parts = (rest + chunk).split('\n');
        rest = parts.pop()!;
        for (const part of parts) {
          const line: TimedLine = { t, text: withoutAnsi(part).replace(/\r/g, ''), stream: name };
          lines.push(line);
          options.onLine?.(line);
        }
      });
      stream.on('end', () => {
        if (rest) {
          const line: TimedLine = { t: performance.now() - start, text: withoutAnsi(rest), stream: name };
          lines.push(line);
          options.onLine?.(line);
        }
      });
    };
    attach(child.stdout!, 'stdout');
    attach(child.stderr!, 'stderr');
    child.on('error', (error) => {
      clearInterval(timer);
      current = undefined;
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      current = undefined;
      const wallMs = performance.now() - start;
      log?.end();
      resolvePromise({ code, signal, wallMs, lines, samples, load: [load0, loadavg()[0]!] });
    });
  });
}
