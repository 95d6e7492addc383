import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';

/**
 * Real headless Chromium (Debian's `chromium` package, driven by playwright-core) against the local runtime on a
 * loopback port: the console as a person uses it. When the browser is missing or cannot start, the tests fail
 * with a message saying so; they are never skipped.
 */

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  readonly context: BrowserContext;
  readonly profileDir: string;
  close(): Promise<void>;
}

export const launchBrowser = async (): Promise<BrowserSession> => {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM_PATH}: the console's browser tests need it. ` +
        'Install it with `apt-get install -y chromium` (.ci/run does), or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  const profileDir = await mkdtemp(path.join(tmpdir(), 'dynaris-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--headless', ...FLAGS],
      viewport: { width: 1280, height: 900 },
      timeout: 30_000,
    });
  } catch (error) {
    await rm(profileDir, { recursive: true, force: true });
    throw new Error(`Headless Chromium (${CHROMIUM_PATH}) could not start: ${(error as Error).message}`);
  }
  return {
    context,
    profileDir,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profileDir, { recursive: true, force: true });
    },
  };
};

export const API_KEY = 'dyn_browser_test_key_0123456789abcdef';

/** The local runtime on a free loopback port, quiet, with a known API key. */
export const startRuntime = (): Promise<LocalRuntime> =>
  startLocalRuntime({
    port: 0,
    apiKey: API_KEY,
    webhookSecret: 'whsec_browser_test_secret_0123',
    log: () => {},
  });

/** Problems the page reported (uncaught errors, console errors such as CSP violations). */
export const watchProblems = (page: Page): string[] => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  return problems;
};

/** Opens the console and signs in with the API key, as a person would. */
export const signIn = async (page: Page, url: string): Promise<void> => {
  await page.goto(`${url}/`);
  await page.getByLabel('API key').fill(API_KEY);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Workflows' }).waitFor();
};

/** Every form control on the page that has no accessible name (label, aria-label or aria-labelledby). */
export const unlabelledControls = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('input, select, textarea')]
      .filter((el) => (el as HTMLInputElement).type !== 'hidden')
      .filter((el) => {
        const input = el as HTMLInputElement;
        return (
          (input.labels?.length ?? 0) === 0 &&
          !input.getAttribute('aria-label') &&
          !input.getAttribute('aria-labelledby')
        );
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
