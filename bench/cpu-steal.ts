// CPU time the hypervisor gave to other guests ("steal" in /proc/stat).
// This machine is a shared VM: a load average counts our own runnable
// processes, but not the cores' time taken away from us underneath, which
// made the same seeding run 2-3 times slower on one day than another. The
// benchmark reports the stolen share beside its figures so a slow run says
// why. Linux only: elsewhere there is nothing to read and it reports null.
import fs from 'node:fs';

export interface CpuTimes {
  /** Every field of /proc/stat's `cpu` line added up, in clock ticks. */
  total: number;
  steal: number;
}

/** The machine's CPU time counters now, or null where /proc/stat is not there. */
export function cpuTimes(statText = readProcStat()): CpuTimes | null {
  const line = statText?.split('\n').find((l) => l.startsWith('cpu '));
  if (!line) return null;
  // user nice system idle iowait irq softirq steal guest guest_nice; guest time is already inside user.
  const fields = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (fields.length < 8 || fields.some((n) => !Number.isFinite(n))) return null;
  return { total: fields.reduce((sum, n) => sum + n, 0), steal: fields[7] };
}

/** The share of the CPU time between two readings that was stolen, in percent (one decimal). */
export function stealPercent(before: CpuTimes | null, after: CpuTimes | null): number | null {
  if (!before || !after || after.total <= before.total) return null;
  return Math.round(((after.steal - before.steal) / (after.total - before.total)) * 1000) / 10;
}

function readProcStat(): string | undefined {
  try {
    return fs.readFileSync('/proc/stat', 'utf8');
  } catch {
    return undefined;
  }
}
