import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET_BYTES, DIST_DIR, formatReport, measure, sourceHash } from '../../console/build';

/** The built console (the suite's global setup builds it from the current sources) stays small. */
describe('the built console', () => {
  it('GIVEN the console built from its sources WHEN every file is gzipped THEN the total is within the 150 KB budget', () => {
    expect(readFileSync(path.join(DIST_DIR, '.build-hash'), 'utf8')).toBe(sourceHash());
    const report = measure();
    expect(report.files.length).toBeGreaterThanOrEqual(3);
    expect(report.totalGzipped, formatReport(report)).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(BUDGET_BYTES).toBe(150 * 1024);
  });

  it('GIVEN the built index.html WHEN its scripts and styles are read THEN each is a built file, loaded relative to the page', () => {
    const html = readFileSync(path.join(DIST_DIR, 'index.html'), 'utf8');
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.some((r) => r.endsWith('.js'))).toBe(true);
    expect(refs.some((r) => r.endsWith('.css'))).toBe(true);
    for (const ref of refs) {
      expect(ref.startsWith('./'), ref).toBe(true);
      expect(existsSync(path.join(DIST_DIR, ref)), ref).toBe(true);
    }
    // No inline script: the console runs under a script-src 'self' content security policy.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});
