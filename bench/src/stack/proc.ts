import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux we run). */
const TICKS_PER_SECOND = 100;

/** The fields of /proc/<pid>/stat the bench reads; undefined once the process is gone. */
interface ProcStat {
  readonly pid: number;
  readonly ppid: number;
  /** utime + stime of the process itself, and of its children that have exited (seconds). */
  readonly cpuSeconds: number;
}

function stat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces: split after its last ")".
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const ticks = (i: number) => Number(fields[i - 3]);
  return {
    pid,
    ppid: ticks(4),
    cpuSeconds: (ticks(14) + ticks(15) + ticks(16) + ticks(17)) / TICKS_PER_SECOND,
  };
}

function allPids(): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
}

/**
 * CPU seconds used so far by a process and every process below it (PostgreSQL's backends are
 * children of its postmaster); undefined when the process is gone.
 */
export function treeCpuSeconds(root: number): number | undefined {
  const stats = allPids()
    .map(stat)
    .filter((s): s is ProcStat => s !== undefined);
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  const top = stats.find((s) => s.pid === root);
  if (!top) return undefined;
  let total = 0;
  const queue = [top];
  while (queue.length > 0) {
    const next = queue.pop()!;
    total += next.cpuSeconds;
    queue.push(...(children.get(next.pid) ?? []));
  }
  return total;
}

/** Resident set size of one process in bytes (VmRSS), undefined once it is gone. */
export function rssBytes(pid: number): number | undefined {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

export function commandLine(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/** The process listening on a loopback TCP port, found by its socket's inode; undefined if none. */
export function listeningPid(port: number): number | undefined {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const localPort = parseInt(fields[1].split(':').at(-1)!, 16);
      if (localPort === port && fields[3] === '0A') inodes.add(fields[9]); // 0A: LISTEN
    }
  }
  if (inodes.size === 0) return undefined;
  for (const pid of allPids()) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
        if (target.startsWith('socket:[') && inodes.has(target.slice(8, -1))) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return undefined;
}

/** Busy and total jiffies of the whole machine (the first line of /proc/stat). */
export function machineCpuTicks(): { readonly busy: number; readonly total: number } {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const n = values.map(Number);
  const idle = n[3] + (n[4] ?? 0); // idle + iowait
  const total = n.slice(0, 8).reduce((a, b) => a + b, 0); // guest time is inside user already
  return { busy: total - idle, total };
}
