/**
 * The machine a run happened on, printed beside every result: CPU, cores, memory, OS, Node,
 * Chromium, and the load average before and after (the bench machine may be shared).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, freemem, loadavg, release, totalmem, type as osType } from 'node:os';

/** Where Chromium is: `CHROMIUM_PATH`, else the system's `/usr/bin/chromium`. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  return existsSync(path) ? path : undefined;
}

/** What the report says about the machine. */
export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  freeMemoryGb: number;
  os: string;
  node: string;
  chromium: string | null;
  loadAverage: { start: number[]; end?: number[] };
}

function osName(): string {
  try {
    const text = execFileSync('cat', ['/etc/os-release'], { encoding: 'utf8' });
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(text)?.[1];
    if (pretty) return `${pretty} (${osType()} ${release()})`;
  } catch {
    // not Linux, or no os-release
  }
  return `${osType()} ${release()}`;
}

function chromiumVersion(): string | null {
  const path = chromiumPath();
  if (!path) return null;
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split('\n')[0] ?? null;
  } catch {
    return null;
  }
}

/** Reads the machine's description now (load average at the start of the run). */
export function describeMachine(): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    freeMemoryGb: Math.round(freemem() / 2 ** 30),
    os: osName(),
    node: process.version,
    chromium: chromiumVersion(),
    loadAverage: { start: loadavg().map((l) => Math.round(l * 100) / 100) },
  };
}

/** The 1/5/15-minute load averages, rounded. */
export const loadNow = (): number[] => loadavg().map((l) => Math.round(l * 100) / 100);
