import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalRuntime } from '../../infra/local/runtime';
import { type ConsoleSession, eventually, openConsole, unlabelledControls } from './support';

/**
 * Auto Mode off from the settings page, a run parked for approval and approved from the inbox; and the console
 * with the keyboard alone and on a phone-sized screen.
 */

let session: ConsoleSession;
let runtime: LocalRuntime;
let page: Page;
let problems: string[];
let workflowId: string;

beforeAll(async () => {
  session = await openConsole(async (rt) => {
    runtime = rt;
    const created = await runtime.api('POST', '/workflows', {
      name: 'Welcome new leads',
      trigger: { type: 'event', event: 'lead.created' },
      steps: [
        {
          id: 'welcome',
          action: 'email.send',
          input: { to: '{{trigger.lead.email}}', subject: 'Welcome, {{trigger.lead.name}}', body: 'Hello!' },
        },
      ],
    });
    workflowId = (created.body as { workflow: { workflowId: string } }).workflow.workflowId;
    expect((await runtime.api('POST', `/workflows/${workflowId}/enable`)).status).toBe(200);
    const daily = await runtime.api('POST', '/workflows', {
      name: 'Daily summary',
      trigger: { type: 'schedule', cron: '0 17 * * ? *', timezone: 'Europe/Berlin' },
      steps: [{ id: 'sum', action: 'report.summarize', input: {} }],
    });
    const dailyId = (daily.body as { workflow: { workflowId: string } }).workflow.workflowId;
    expect((await runtime.api('POST', `/workflows/${dailyId}/enable`)).status).toBe(200);
  });
  ({ page, problems } = session);
}, 60_000);

afterAll(async () => session?.close());

describe('approvals in the console', { timeout: 60_000 }, () => {
  it('GIVEN Auto Mode turned off in the settings WHEN a lead arrives THEN its run waits in the inbox saying what approving will do, and approving lets it finish', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    const autoMode = page.getByLabel('Run workflows started by events, schedules and webhooks at once');
    expect(await autoMode.isChecked()).toBe(true);
    await autoMode.uncheck();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved.').waitFor();
    expect(((await runtime.api('GET', '/settings')).body as { autoMode: boolean }).autoMode).toBe(false);
    expect(await unlabelledControls(page)).toEqual([]);

    await runtime.api('POST', '/leads', { email: 'grace@example.com', name: 'Grace Hopper' });
    await page.getByRole('link', { name: /Approvals/ }).click();
    const card = page.locator('article.card');
    await card.waitFor({ timeout: 20_000 });
    expect(await card.locator('h2').textContent()).toContain('Welcome new leads');
    // What approving will do, from the workflow's own steps.
    expect(await card.locator('.will-do').textContent()).toMatch(/grace@example\.com/);
    expect(await card.textContent()).toContain('If you reject');
    expect(await runtime.api('GET', '/outbox').then((r) => (r.body as { items: unknown[] }).items)).toEqual(
      [],
    );

    await card.getByLabel('Comment (optional)').fill('Looks right');
    await card.getByRole('button', { name: 'Approve' }).click();
    await page.getByText(/^Approved:/).waitFor();
    expect(await page.locator('article.card').count()).toBe(0);

    await page.getByRole('link', { name: 'see the run' }).click();
    await eventually(() => page.locator('h1 .badge').textContent()).toBe('succeeded');
    const outbox = await runtime.api('GET', '/outbox?kind=email');
    expect((outbox.body as { items: { to?: string }[] }).items).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('GIVEN only a keyboard WHEN the console is used THEN the skip link comes first and reaches the content, and every view names its controls', async () => {
    await page.goto(`${runtime.url}/#/workflows`);
    await page.reload(); // a fresh load: focus starts at the top of the page
    await page.getByRole('heading', { level: 1, name: 'Workflows' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    for (const view of [
      'runs',
      'events',
      'schedules',
      'approvals',
      'data/leads',
      'data/invoices',
      'assistant',
    ]) {
      await page.goto(`${runtime.url}/#/${view}`);
      await page.locator('main h1').waitFor();
      expect(await unlabelledControls(page), view).toEqual([]);
    }
    await page.goto(`${runtime.url}/#/workflows/${workflowId}?tab=edit`);
    await page.getByLabel('Workflow definition (JSON)').waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('GIVEN a scheduled workflow WHEN the Schedule module opens THEN its next five fire times show in its own time zone', async () => {
    await page.goto(`${runtime.url}/#/schedules`);
    const row = page.locator('tbody tr', { hasText: 'Daily summary' });
    await row.waitFor();
    const times = await row.locator('.fire-times time').allTextContents();
    expect(times).toHaveLength(5);
    for (const t of times) expect(t).toMatch(/17:00|5:00/);
    expect(await row.textContent()).toContain('Europe/Berlin');
    expect(problems).toEqual([]);
  });

  it('GIVEN a phone-sized screen WHEN the console is used THEN the menu folds behind a button and no page scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${runtime.url}/#/workflows`);
      await page.getByRole('heading', { level: 1, name: 'Workflows' }).waitFor();
      const menu = page.getByRole('button', { name: 'Menu' });
      expect(await menu.isVisible()).toBe(true);
      expect(await page.locator('nav#nav').isVisible()).toBe(false);
      await menu.click();
      expect(await menu.getAttribute('aria-expanded')).toBe('true');
      await page.locator('nav#nav').getByRole('link', { name: 'Runs' }).click();
      await page.getByRole('heading', { level: 1, name: 'Runs' }).waitFor();
      // The menu folds after the navigation renders: wait for it (fails after 5 s if it stays open).
      await page.locator('nav#nav').waitFor({ state: 'hidden', timeout: 5_000 });
      expect(await page.locator('nav#nav').isVisible()).toBe(false);

      for (const view of [
        'runs',
        'events',
        'approvals',
        'settings',
        `workflows/${workflowId}`,
        'data/leads',
      ]) {
        await page.goto(`${runtime.url}/#/${view}`);
        await page.locator('main h1').waitFor();
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, view).toBeLessThanOrEqual(0);
      }
      expect(problems).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
