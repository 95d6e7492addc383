import { afterEach, beforeEach, vi } from 'vitest';

/** The lines written to stdout and stderr while `act` runs (JSON lines parsed, others as text), nothing printed. */
export const captured = async (act: () => unknown): Promise<{ stdout: unknown[]; stderr: unknown[] }> => {
  const out: string[] = [];
  const err: string[] = [];
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => out.push(String(chunk)) > 0),
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => err.push(String(chunk)) > 0),
  ];
  try {
    await act();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  const parse = (chunks: string[]) =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((line): unknown => {
        try {
          return JSON.parse(line);
        } catch {
          return line;
        }
      });
  return { stdout: parse(out), stderr: parse(err) };
};

/**
 * What each test of the file writes to stdout and stderr, as text and not printed (spied before each test, restored
 * after): how the `dynaris` command tests read a command's output.
 */
export const outputOfEachTest = (): { stdout: string; stderr: string } => {
  const output = { stdout: '', stderr: '' };
  beforeEach(() => {
    output.stdout = '';
    output.stderr = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      output.stdout += String(chunk);
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      output.stderr += String(chunk);
      return true;
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return output;
};
