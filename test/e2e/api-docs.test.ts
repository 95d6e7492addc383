import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';

/** /docs in Debian's headless Chromium (playwright-core drives it; no browser download), against the local runtime. */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let runtime: LocalRuntime;
let browser: Browser;
let base: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: apt-get install -y chromium (.ci/run does)`,
    );
  runtime = await startLocalRuntime({ port: 0, log: () => {}, env: {} });
  base = `http://127.0.0.1:${runtime.port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await runtime?.stop();
});

describe('the API reference at /docs', () => {
  it('GIVEN the local runtime WHEN /docs opens in Chromium THEN Redoc renders every tag and operation from /openapi.json, loading nothing from another origin', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    const loaded: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    page.on('requestfinished', (request) => loaded.push(request.url()));
    page.on('pageerror', (error) => errors.push(error.message));
    const response = await page.goto(`${base}/docs`);
    expect(response?.status()).toBe(200);
    await page
      .getByRole('heading', { name: 'Receive an inbound webhook' })
      .first()
      .waitFor({ timeout: 60_000 });
    await expect(page.title()).resolves.toBe('Dynaris API reference');
    for (const summary of ['Create a lead', 'Liveness (no authentication)'])
      expect(await page.getByText(summary).count()).toBeGreaterThan(0);
    // The request examples of the document are shown (the lead created in the example).
    expect(await page.getByText('ada@example.com').count()).toBeGreaterThan(0);
    // Redoc's sidebar asks for its branding logo from cdn.redoc.ly: the page's policy refuses it, so nothing loads.
    const otherOrigin = (url: string) =>
      !url.startsWith(base) && !url.startsWith('blob:') && !url.startsWith('data:');
    expect(loaded.filter(otherOrigin)).toStrictEqual([]);
    expect(requested.filter(otherOrigin).every((url) => url.startsWith('https://cdn.redoc.ly/'))).toBe(true);
    expect(requested).toContain(`${base}/openapi.json`);
    expect(errors).toStrictEqual([]);
    await page.close();
  }, 120_000);

  it('GIVEN /docs WHEN fetched THEN its script is the npm package bundle, behind a same-origin-only policy', async () => {
    const html = await fetch(`${base}/docs`);
    expect(html.headers.get('content-security-policy')).toContain("default-src 'self'");
    const script = await fetch(`${base}/docs/redoc.standalone.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await script.text()).length).toBeGreaterThan(500_000);
  });
});
