import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type BrowserSession, launchBrowser } from '../../console/chromium';
import { type LocalRuntime, startLocalRuntime } from '../../infra/local/runtime';

/**
 * Real headless Chromium (Debian's `chromium` package, driven by playwright-core) against the local runtime on a
 * loopback port: the console as a person uses it. When the browser is missing or cannot start, the tests fail
 * with a message saying so; they are never skipped.
 */

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

export interface ConsoleSession {
  readonly runtime: LocalRuntime;
  readonly browser: BrowserSession;
  readonly page: Page;
  /** What the page reported as errors so far (tests expect none). */
  readonly problems: string[];
  close(): Promise<void>;
}

/** The runtime (prepared through its API), the browser and a signed-in console page. */
export const openConsole = async (
  prepare?: (runtime: LocalRuntime) => Promise<void>,
): Promise<ConsoleSession> => {
  const runtime = await startRuntime();
  let browser: BrowserSession | undefined;
  try {
    await prepare?.(runtime);
    browser = await launchBrowser();
    const page = await browser.context.newPage();
    page.setDefaultTimeout(15_000);
    const problems = watchProblems(page);
    await signIn(page, runtime.url);
    const opened = browser;
    return {
      runtime,
      browser: opened,
      page,
      problems,
      async close() {
        await opened.close();
        await runtime.stop();
      },
    };
  } catch (error) {
    await browser?.close();
    await runtime.stop();
    throw error;
  }
};

/** Waits for what the page shows next (runs take a moment to start and finish). */
export const eventually = <T>(read: () => Promise<T> | T) =>
  expect.poll(read, { timeout: 20_000, interval: 100 });
