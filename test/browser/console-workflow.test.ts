import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserSession } from '../../console/chromium';
import type { LocalRuntime } from '../../infra/local/runtime';
import { type ConsoleSession, eventually, openConsole, signIn, unlabelledControls } from './support';

/**
 * The console in real headless Chromium against the local runtime: from plain words to a workflow that runs, as a
 * person would do it, and a validation problem pinned to its field.
 */

let session: ConsoleSession;
let runtime: LocalRuntime;
let browser: BrowserSession;
let page: Page;
let problems: string[];

beforeAll(async () => {
  session = await openConsole();
  ({ runtime, browser, page, problems } = session);
}, 60_000);

afterAll(async () => session?.close());

describe('the console, from a request in plain words to a completed run', { timeout: 60_000 }, () => {
  let workflowUrl = '';

  it('GIVEN a request in plain words WHEN the assistant proposes a workflow THEN its explanation and diagram show and it saves as a draft', async () => {
    await page.getByRole('link', { name: 'Assistant' }).click();
    await page
      .getByLabel('Describe what should happen, in plain words')
      .fill('When a new lead is added, send a follow-up email and schedule a meeting');
    await page.getByRole('button', { name: 'Propose a workflow' }).click();
    await eventually(() => page.locator('.explanation').textContent()).toContain('email.send');
    // The diagram is the compiled state machine: the email step's state is drawn.
    await eventually(() => page.locator('[data-testid=diagram] .node-Task').count()).toBeGreaterThan(2);
    expect(await unlabelledControls(page)).toEqual([]);

    await page.getByRole('button', { name: 'Save as a draft workflow' }).click();
    await page.getByRole('link', { name: 'Dry run' }).waitFor();
    expect(await page.locator('h1').textContent()).toContain('draft');
    workflowUrl = page.url();
  });

  it('GIVEN the draft WHEN it is dry-run THEN every step succeeds and the email and the booking are simulated, not performed', async () => {
    await page.getByRole('link', { name: 'Dry run' }).click();
    await page.getByRole('button', { name: 'Dry run' }).click();
    const result = page.locator('.dry-run');
    await result.waitFor();
    expect(await result.locator('h2').textContent()).toContain('succeeded');
    expect(await result.locator('.b-simulated').count()).toBeGreaterThanOrEqual(2);
    expect(await result.textContent()).toMatch(/none performed/);
    const outbox = await runtime.api('GET', '/outbox');
    expect((outbox.body as { items: unknown[] }).items).toEqual([]);
  });

  it('GIVEN the draft WHEN enabled THEN its status is enabled', async () => {
    await page.getByRole('button', { name: 'Enable' }).click();
    await eventually(() => page.locator('h1 .badge').textContent()).toBe('enabled');
    await page.getByRole('button', { name: 'Disable' }).waitFor();
  });

  it('GIVEN the enabled workflow WHEN a lead is added THEN the run appears live in the Events module and its timeline shows each step', async () => {
    await page.getByRole('link', { name: 'Events' }).click();
    await page.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
    // Added from the Data module in a second tab, while the Events module stays open and live.
    const other = await browser.context.newPage();
    other.setDefaultTimeout(15_000);
    await signIn(other, runtime.url); // a session is kept per tab
    await other.getByRole('link', { name: 'Data' }).click();
    await other.getByLabel('Email').fill('ada@example.com');
    await other.getByLabel('Name').fill('Ada Lovelace');
    await other.getByRole('button', { name: 'Add lead' }).click();
    await eventually(() => other.locator('tbody tr').count()).toBe(1);
    await other.close();

    // The feed polls with its cursor: the lead, then the run, appear without reloading.
    const completed = page.locator('tr[data-type="workflow.completed"]');
    await completed.waitFor({ timeout: 20_000 });
    expect(await page.locator('tr[data-type="lead.created"]').count()).toBe(1);
    expect(await page.locator('tr[data-type="workflow.started"]').count()).toBe(1);

    await completed.getByRole('link', { name: 'run' }).click();
    await eventually(() => page.locator('h1 .badge').textContent()).toBe('succeeded');
    const steps = page.locator('.timeline > li');
    expect(await steps.count()).toBeGreaterThanOrEqual(3);
    // By the step's own name: each step's input also carries the workflow's title ("New lead: send email, …").
    const email = page
      .locator('.timeline > li')
      .filter({ has: page.locator('.t-head strong', { hasText: /^Send email\b/ }) });
    expect(await email.locator('.badge').textContent()).toBe('succeeded');
    await email.getByText('Input and output').click();
    expect(await email.locator('[aria-label=Input] pre').textContent()).toContain('ada@example.com');
    expect(await email.locator('[aria-label=Output] pre').textContent()).toMatch(/\S/);
    // Each step's duration is shown; the diagram colours the states the run went through.
    expect(await email.locator('.t-head .small').textContent()).toMatch(/\d+(\.\d+)? ?(ms|s)\b/);
    await eventually(() =>
      page.locator('[data-testid=diagram] .st-succeeded').count(),
    ).toBeGreaterThanOrEqual(3);
  });

  it('GIVEN the workflow WHEN a mistake is typed into its JSON THEN the validator issue is pinned to that field, its line and the text itself', async () => {
    await page.goto(`${workflowUrl.split('?')[0]}?tab=edit`);
    const editor = page.getByLabel('Workflow definition (JSON)');
    await editor.waitFor();
    const text = await editor.inputValue();
    expect(text).toContain('"email.send"');
    const broken = text.replace('"email.send"', '"email.sendd"');
    await editor.fill(broken);

    const issue = page.locator('#definition-issues li[data-path="$.steps[0].action"]');
    await issue.waitFor();
    const line = broken.slice(0, broken.indexOf('"email.sendd"')).split('\n').length;
    expect(await issue.textContent()).toContain(`Line ${line}`);
    expect(await issue.textContent()).toMatch(/did you mean "email.send"/);
    expect(await page.locator('.gutter .bad').allTextContents()).toEqual([String(line)]);
    expect(await page.locator('.editor-layer mark').allTextContents()).toEqual(['"email.sendd"']);
    expect(await editor.getAttribute('aria-invalid')).toBe('true');

    // The issue's button puts the cursor on the offending value.
    await issue.getByRole('button').click();
    const selected = await editor.evaluate((el) => {
      const area = el as HTMLTextAreaElement;
      return area.value.slice(area.selectionStart, area.selectionEnd);
    });
    expect(selected).toBe('"email.sendd"');
    expect(problems).toEqual([]);
  });

  it('GIVEN a new workflow whose value may be missing WHEN typed THEN the warning is listed apart from problems, with its path and line, marked in its own colour, and the workflow still saves', async () => {
    await page.goto(`${workflowUrl.split('#')[0]}#/workflows/new`);
    const editor = page.getByLabel('Workflow definition (JSON)');
    await editor.waitFor();
    // crm.addNote needs a leadId; trigger.leadId is null for mail from an unknown sender
    const text = JSON.stringify(
      {
        name: 'Note every reply',
        trigger: { type: 'event', event: 'email.received' },
        steps: [
          { id: 'note', action: 'crm.addNote', input: { leadId: '{{trigger.leadId}}', text: 'Replied' } },
        ],
      },
      null,
      2,
    );
    await editor.fill(text);

    const warning = page.locator('#definition-warnings li.warning[data-path="$.steps[0].input.leadId"]');
    await warning.waitFor();
    const line = text.slice(0, text.indexOf('"{{trigger.leadId}}"')).split('\n').length;
    expect(await warning.textContent()).toContain(`Line ${line}`);
    expect(await warning.textContent()).toContain('{{trigger.leadId}} may be null');
    expect(await page.locator('#definition-warnings .warn-text').textContent()).toMatch(
      /^1 warning \(the workflow still saves/,
    );
    // Not a problem: the problem list is empty and the text is not marked invalid; the mark and the line are amber.
    expect(await page.locator('#definition-issues').textContent()).toContain('No problems found.');
    expect(await page.locator('#definition-issues li').count()).toBe(0);
    expect(await editor.getAttribute('aria-invalid')).toBe('false');
    expect(await page.locator('.editor-layer mark.warn').allTextContents()).toEqual(['"{{trigger.leadId}}"']);
    expect(await page.locator('.gutter .warn').allTextContents()).toEqual([String(line)]);
    expect(await page.locator('.gutter .bad').count()).toBe(0);
    const colours = await page.evaluate(() => {
      const colour = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).backgroundColor : '';
      };
      return {
        warn: colour('.gutter .warn'),
        text: getComputedStyle(document.querySelector('.warn-text')!).color,
      };
    });
    expect(colours.warn).toBe('rgb(138, 83, 0)');
    expect(colours.text).toBe('rgb(138, 83, 0)');
    await eventually(() => page.locator('.editor-form p.small[role=status]').textContent()).toBe(
      'Valid, with 1 warning: it saves.',
    );

    await page.getByRole('button', { name: 'Create workflow' }).click();
    await eventually(() => page.locator('h1').textContent()).toContain('Note every reply');
    const listed = await runtime.api('GET', '/workflows');
    expect((listed.body as { items: { name: string }[] }).items.map((w) => w.name)).toContain(
      'Note every reply',
    );
    expect(problems).toEqual([]);
  });
});
