/**
 * Runs the `sesiona` command as a user does: bin/sesiona.js in a child process (the build jest's global setup made),
 * with a clean environment for the settings a test does not give.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, cwd = REPO): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO, 'bin', 'sesiona.js'), ...args], {
      cwd,
      env: { ...process.env, DATABASE_URL: '', SESIONA_DATA_DIR: '', SESIONA_LANGUAGE: '', MicrosoftAppId: '', SESIONA_GRAPH: '', ...env },
    }, (err, stdout, stderr) => resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}
