import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startLocalRuntime } from '../infra/local/runtime';
import { templateJson } from '../statemachines/templates';
import { ensureConsoleBuilt } from './build';
import { launchBrowser } from './chromium';

/**
 * `npm run screenshots`: the console's main views in docs/screenshots/, taken with the same headless Chromium as
 * the browser tests, against a local runtime seeded with the seed workflows, a few leads and their runs.
 */

const OUT = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'docs', 'screenshots');
const KEY = 'dyn_screenshots_key_0123456789abcdef';

const main = async () => {
  await ensureConsoleBuilt();
  await mkdir(OUT, { recursive: true });
  const rt = await startLocalRuntime({ port: 0, apiKey: KEY, log: () => {} });
  const browser = await launchBrowser();
  try {
    const api = async (method: string, p: string, body?: unknown) => {
      const res = await rt.api(method, p, body);
      if (res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body as Record<string, unknown>;
    };
    const save = async (id: Parameters<typeof templateJson>[0], enable: boolean) => {
      const { workflow } = (await api('POST', '/workflows', templateJson(id))) as {
        workflow: { workflowId: string };
      };
      if (enable) await api('POST', `/workflows/${workflow.workflowId}/enable`);
      return workflow.workflowId;
    };
    const leadFollowUp = await save('lead-follow-up', true);
    await save('no-reply-reminder', true);
    await save('daily-summary', true);
    await save('invoice-payment-follow-up', false);
    // A second version, for the history and its diff.
    const def = templateJson('lead-follow-up') as { steps: { input: Record<string, unknown> }[] };
    (def.steps[0] as { input: Record<string, unknown> }).input.subject =
      'Welcome aboard, {{trigger.lead.name}}';
    await api('PUT', `/workflows/${leadFollowUp}`, {
      expectedVersion: 1,
      definition: def,
      comment: 'Warmer subject',
    });
    for (const [email, name, company] of [
      ['ada@example.com', 'Ada Lovelace', 'Analytical Engines'],
      ['grace@example.com', 'Grace Hopper', 'Compilers Inc.'],
    ])
      await api('POST', '/leads', { email, name, company });
    await rt.waitForIdle();
    await api('PUT', '/settings', { autoMode: false });
    await api('POST', '/leads', { email: 'alan@example.com', name: 'Alan Turing', company: 'Bletchley' });
    await rt.waitForIdle();
    const runs = (await api('GET', `/runs?workflowId=${leadFollowUp}&status=succeeded`)) as {
      items: { runId: string }[];
    };

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.goto(`${rt.url}/`);
    await page.getByLabel('API key').fill(KEY);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Workflows' }).waitFor();

    const shot = async (
      name: string,
      route: string,
      ready: (p: Page) => Promise<unknown>,
      fullPage = false,
    ) => {
      await page.goto(`${rt.url}/#/${route}`);
      try {
        await ready(page);
      } catch (error) {
        await page.screenshot({ path: path.join(OUT, `${name}.failed.png`), fullPage: true });
        throw error;
      }
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage });
      process.stdout.write(`docs/screenshots/${name}.png\n`);
    };
    await shot('workflows', 'workflows', (p) => p.locator('tbody tr a .badge').first().waitFor());
    await shot(
      'workflow',
      `workflows/${leadFollowUp}`,
      (p) => p.locator('[data-testid=diagram]').waitFor(),
      true,
    );
    await shot('editor-validation', `workflows/${leadFollowUp}?tab=edit`, async (p) => {
      const editor = p.getByLabel('Workflow definition (JSON)');
      await editor.waitFor();
      await editor.fill((await editor.inputValue()).replace('"email.send"', '"email.sendd"'));
      await p.locator('#definition-issues li button').first().click();
    });
    await shot('dry-run', `workflows/${leadFollowUp}?tab=test`, async (p) => {
      await p.getByRole('button', { name: 'Dry run' }).click();
      await p.locator('.dry-run').waitFor();
    });
    await shot('versions', `workflows/${leadFollowUp}?tab=versions`, (p) => p.locator('pre.diff').waitFor());
    await shot('assistant', 'assistant', async (p) => {
      await p
        .getByLabel('Describe what should happen, in plain words')
        .fill('If a lead doesn’t respond in 2 days, send a reminder email');
      await p.getByRole('button', { name: 'Propose a workflow' }).click();
      await p.locator('[data-testid=diagram]').waitFor();
    });
    await shot('runs', 'runs', (p) => p.locator('tbody tr').first().waitFor());
    await shot(
      'run',
      `runs/${runs.items[0]?.runId}`,
      (p) => p.locator('.timeline li').first().waitFor(),
      true,
    );
    await shot('events', 'events', (p) => p.locator('tbody tr').first().waitFor());
    await shot('schedules', 'schedules', (p) => p.locator('.fire-times li').first().waitFor());
    await shot('approvals', 'approvals', (p) => p.locator('article.card').first().waitFor());
    await shot('settings', 'settings', (p) => p.getByLabel('Time zone').waitFor(), true);
    await shot('data', 'data/leads', (p) => p.locator('tbody tr').first().waitFor());
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('phone', `runs/${runs.items[0]?.runId}`, (p) => p.locator('.timeline li').first().waitFor());
  } finally {
    await browser.close();
    await rt.stop();
  }
};

main().catch((error: unknown) => {
  process.stderr.write(`screenshots failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
