import fs from 'node:fs';

const launcherClass = 'peacegraph.EmbeddedNeo4j';

/**
 * A launcher JVM left by an earlier run that still holds the store (its
 * parent was killed before it could see its input close, or it is still
 * shutting down). We only ever signal a process whose command line is our
 * launcher's, so a recycled pid cannot hit an unrelated program.
 */
export async function stopStaleLauncher(pidFile: string): Promise<number | undefined> {
  if (!fs.existsSync(pidFile)) return undefined;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isOurLauncher(pid)) {
    fs.rmSync(pidFile, { force: true });
    return undefined;
  }
  signal(pid, 'SIGTERM');
  if (!(await waitForExit(pid, 30_000))) {
    signal(pid, 'SIGKILL');
    await waitForExit(pid, 5_000);
  }
  fs.rmSync(pidFile, { force: true });
  return pid;
}

export function isOurLauncher(pid: number): boolean {
  try {
    const commandLine = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return commandLine.includes(launcherClass);
  } catch {
    return false;
  }
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isOurLauncher(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isOurLauncher(pid);
}
