import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBookingRepository } from '../../../functions/data/bookings';
import { createContactRepository } from '../../../functions/data/contacts';
import { createFileRepository } from '../../../functions/data/files';
import { createInvoiceRepository } from '../../../functions/data/invoices';
import { createKnowledgeRepository } from '../../../functions/data/knowledge';
import { createLeadRepository } from '../../../functions/data/leads';
import { AlreadyExistsError, VersionConflictError } from '../../../functions/data/repository';
import { BadRequestError, NotFoundError } from '../../../functions/shared/errors';
import { startTestDatabase, type TestDatabase } from '../../support/dynalite';
import { memoryFileStore } from '../../support/memory-files';

describe('business repositories', () => {
  let db: TestDatabase;
  let tick = Date.parse('2026-02-01T00:00:00Z');
  const clock = {
    now: () => {
      tick += 1000;
      return new Date(tick);
    },
  };
  let repos: ReturnType<typeof makeRepos>;
  const store = memoryFileStore();
  const makeRepos = () => ({
    leads: createLeadRepository({ db, clock }),
    contacts: createContactRepository({ db, clock }),
    bookings: createBookingRepository({ db, clock }),
    invoices: createInvoiceRepository({ db, clock }),
    files: createFileRepository({ db, clock, store }),
    knowledge: createKnowledgeRepository({ db, clock }),
  });
  beforeAll(async () => {
    db = await startTestDatabase();
    repos = makeRepos();
  });
  afterAll(async () => {
    await db.close();
  });

  describe('leads', () => {
    it('GIVEN 8 concurrent creates with the same email WHEN they commit THEN one lead exists and all return it', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          repos.leads.create('dedupe', { email: i % 2 ? 'Ann@X.io' : 'ann@x.io', name: `Ann ${i}` }),
        ),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.lead.id)).size).toBe(1);
      expect((await repos.leads.list('dedupe')).items).toHaveLength(1);
    });

    it('GIVEN leads with tags, sources and statuses WHEN filtered THEN each filter returns exactly the matching leads', async () => {
      const t = 'filters';
      const a = (
        await repos.leads.create(t, {
          email: 'a@x.io',
          status: 'new',
          tags: ['VIP', 'berlin'],
          source: 'form',
          value: 500,
        })
      ).lead;
      const b = (
        await repos.leads.create(t, {
          email: 'b@x.io',
          status: 'qualified',
          tags: ['vip'],
          source: 'ads',
          value: 50,
        })
      ).lead;
      const c = (await repos.leads.create(t, { email: 'c@x.io', status: 'qualified', source: 'form' })).lead;
      const ids = async (f: Parameters<typeof repos.leads.list>[1]) =>
        (await repos.leads.list(t, f)).items.map((l) => l.id).sort();
      expect(await ids({ tag: 'vip' })).toEqual([a.id, b.id].sort());
      expect(await ids({ tag: 'VIP', source: 'form' })).toEqual([a.id]);
      expect(await ids({ source: 'form' })).toEqual([a.id, c.id].sort());
      expect(await ids({ status: 'qualified' })).toEqual([b.id, c.id].sort());
      expect(await ids({ status: 'qualified', minValue: 10 })).toEqual([b.id]);
      expect(await ids({ createdAfter: b.createdAt })).toEqual([b.id, c.id].sort());
      expect(await ids({ createdBefore: a.createdAt })).toEqual([a.id]);
      await repos.leads.update(t, b.id, { removeTags: ['VIP'], status: 'customer' });
      expect(await ids({ tag: 'vip' })).toEqual([a.id]);
      expect(await ids({ status: 'customer' })).toEqual([b.id]);
      expect(await ids({ status: 'qualified' })).toEqual([c.id]);
    });

    it('GIVEN a lead WHEN updated THEN the changes are reported and a stale version is a 409', async () => {
      const { lead } = await repos.leads.create('ver', { email: 'v@x.io', status: 'new' });
      const { lead: next, changes } = await repos.leads.update('ver', lead.id, {
        status: 'contacted',
        addTags: ['hot'],
      });
      expect(changes).toEqual({ status: { from: 'new', to: 'contacted' }, tags: { from: [], to: ['hot'] } });
      expect(next.version).toBe(2);
      const stale = await repos.leads
        .update('ver', lead.id, { name: 'x' }, { expectedVersion: 1 })
        .catch((e: unknown) => e);
      expect(stale).toBeInstanceOf(VersionConflictError);
      expect((stale as VersionConflictError).statusCode).toBe(409);
    });

    it('GIVEN concurrent updates without versions WHEN they race THEN no update is lost', async () => {
      const { lead } = await repos.leads.create('lost', { email: 'l@x.io' });
      await Promise.all(
        Array.from({ length: 6 }, (_, i) => repos.leads.update('lost', lead.id, { addTags: [`t${i}`] })),
      );
      expect((await repos.leads.get('lost', lead.id)).tags.sort()).toEqual([
        't0',
        't1',
        't2',
        't3',
        't4',
        't5',
      ]);
    });

    it('GIVEN a lead WHEN its email changes THEN the old email is free and the new one is taken', async () => {
      const { lead } = await repos.leads.create('mail', { email: 'old@x.io' });
      await repos.leads.create('mail', { email: 'taken@x.io' });
      await expect(repos.leads.update('mail', lead.id, { email: 'taken@x.io' })).rejects.toBeInstanceOf(
        AlreadyExistsError,
      );
      await repos.leads.update('mail', lead.id, { email: 'new@x.io' });
      expect((await repos.leads.findByEmail('mail', 'NEW@x.io'))?.id).toBe(lead.id);
      expect((await repos.leads.create('mail', { email: 'old@x.io' })).created).toBe(true);
    });

    it('GIVEN notes WHEN the timeline is read THEN newest comes first, and deleting the lead removes everything', async () => {
      const { lead } = await repos.leads.create('notes', { email: 'n@x.io', tags: ['a'] });
      await repos.leads.addNote('notes', lead.id, 'first');
      await repos.leads.addNote('notes', lead.id, 'second');
      expect((await repos.leads.listTimeline('notes', lead.id)).items.map((n) => n.text)).toEqual([
        'second',
        'first',
      ]);
      await expect(repos.leads.addNote('notes', 'ld_missing', 'x')).rejects.toBeInstanceOf(NotFoundError);
      await repos.leads.delete('notes', lead.id);
      await expect(repos.leads.get('notes', lead.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await repos.leads.listTimeline('notes', lead.id)).items).toEqual([]);
      expect((await repos.leads.list('notes', { tag: 'a' })).items).toEqual([]);
      expect((await repos.leads.create('notes', { email: 'n@x.io' })).created).toBe(true);
    });
  });

  describe('pagination', () => {
    it('GIVEN 23 leads WHEN listed 10 at a time THEN the cursor walks all of them once, newest first', async () => {
      for (let i = 0; i < 23; i++)
        await repos.leads.create('pages', { email: `p${i}@x.io`, status: i % 2 ? 'new' : 'lost', value: i });
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const page = await repos.leads.list('pages', { limit: 10, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((l) => l.email));
        cursor = page.cursor;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toHaveLength(23);
      expect(new Set(seen).size).toBe(23);
      expect(seen[0]).toBe('p22@x.io');
    });

    it('GIVEN a filter WHEN paging THEN pages are full and the cursor resumes after the last item', async () => {
      const first = await repos.leads.list('pages', { limit: 5, minValue: 5, status: 'new' });
      expect(first.items.map((l) => l.value)).toEqual([21, 19, 17, 15, 13]);
      const second = await repos.leads.list('pages', {
        limit: 10,
        minValue: 5,
        status: 'new',
        cursor: first.cursor!,
      });
      expect(second.items.map((l) => l.value)).toEqual([11, 9, 7, 5]);
      expect(second.cursor).toBeUndefined();
    });

    it('GIVEN a garbage or foreign cursor WHEN listing THEN it is a 400', async () => {
      const page = await repos.leads.list('pages', { limit: 2 });
      for (const cursor of ['garbage!', 'eyJ0IjoxfQ', page.cursor!]) {
        const error = await repos.leads
          .list(cursor === page.cursor ? 'other' : 'pages', { cursor })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(BadRequestError);
        expect((error as BadRequestError).statusCode).toBe(400);
      }
    });
  });

  describe('tenant isolation', () => {
    it('GIVEN items of tenant A WHEN tenant B reads, lists, updates or deletes them THEN B never sees or changes them', async () => {
      const A = 'tenant-a';
      const B = 'tenant-b';
      const lead = (await repos.leads.create(A, { email: 'iso@x.io', tags: ['t'], source: 's' })).lead;
      const contact = await repos.contacts.create(A, { name: 'Iso', email: 'iso@x.io', company: 'Acme' });
      const booking = await repos.bookings.create(A, {
        title: 'm',
        start: '2026-09-01T09:00:00Z',
        end: '2026-09-01T10:00:00Z',
      });
      const invoice = await repos.invoices.create(A, {
        customerEmail: 'iso@x.io',
        currency: 'EUR',
        lines: [{ description: 'x', quantity: 1, unitPriceCents: 100 }],
        status: 'draft',
      });
      const file = (await repos.files.create(A, { name: 'a.txt', content: 'secret' })).file;
      const entry = await repos.knowledge.create(A, { title: 'Pricing', body: 'our secret pricing' });

      const notFound = async (p: Promise<unknown>) => expect(p).rejects.toBeInstanceOf(NotFoundError);
      await notFound(repos.leads.get(B, lead.id));
      await notFound(repos.leads.update(B, lead.id, { name: 'x' }));
      await notFound(repos.leads.delete(B, lead.id));
      await notFound(repos.leads.addNote(B, lead.id, 'x'));
      await notFound(repos.contacts.get(B, contact.id));
      await notFound(repos.contacts.update(B, contact.id, { name: 'x' }));
      await notFound(repos.contacts.delete(B, contact.id));
      await notFound(repos.bookings.get(B, booking.id));
      await notFound(repos.bookings.cancel(B, booking.id));
      await notFound(repos.bookings.update(B, booking.id, { title: 'x' }));
      await notFound(repos.bookings.delete(B, booking.id));
      await notFound(repos.invoices.get(B, invoice.id));
      await notFound(repos.invoices.update(B, invoice.id, { customerName: 'x' }));
      await notFound(repos.invoices.delete(B, invoice.id));
      await notFound(repos.invoices.markPaid(B, invoice.id));
      await notFound(repos.files.get(B, file.id));
      await notFound(repos.files.getContent(B, file.id));
      await notFound(repos.files.update(B, file.id, { name: 'b.txt' }));
      await notFound(repos.files.delete(B, file.id));
      await notFound(repos.knowledge.get(B, entry.id));
      await notFound(repos.knowledge.update(B, entry.id, { title: 'x' }));
      await notFound(repos.knowledge.delete(B, entry.id));

      expect((await repos.leads.list(B)).items).toEqual([]);
      expect((await repos.leads.list(B, { tag: 't' })).items).toEqual([]);
      expect((await repos.leads.list(B, { source: 's' })).items).toEqual([]);
      expect(await repos.leads.findByEmail(B, 'iso@x.io')).toBeUndefined();
      expect((await repos.contacts.list(B)).items).toEqual([]);
      expect((await repos.contacts.list(B, { company: 'Acme' })).items).toEqual([]);
      expect((await repos.bookings.list(B)).items).toEqual([]);
      expect(
        await repos.bookings.busyIntervals(
          B,
          Date.parse('2026-09-01T00:00:00Z'),
          Date.parse('2026-09-02T00:00:00Z'),
        ),
      ).toEqual([]);
      expect((await repos.invoices.list(B)).items).toEqual([]);
      expect((await repos.files.list(B)).items).toEqual([]);
      expect((await repos.knowledge.list(B)).items).toEqual([]);
      expect(await repos.knowledge.search(B, 'pricing')).toEqual([]);
      // B may use the same email and slot: A's uniqueness and calendar do not leak.
      expect((await repos.leads.create(B, { email: 'iso@x.io' })).created).toBe(true);
      await expect(
        repos.bookings.create(B, { title: 'm', start: '2026-09-01T09:00:00Z', end: '2026-09-01T10:00:00Z' }),
      ).resolves.toBeDefined();
      const cursorOfA = (await repos.leads.list(A, { limit: 1 })).cursor;
      if (cursorOfA)
        await expect(repos.leads.list(B, { cursor: cursorOfA })).rejects.toBeInstanceOf(BadRequestError);

      // A's items are untouched.
      expect((await repos.leads.get(A, lead.id)).version).toBe(1);
      expect((await repos.contacts.get(A, contact.id)).name).toBe('Iso');
      expect((await repos.bookings.get(A, booking.id)).status).toBe('confirmed');
      expect((await repos.invoices.get(A, invoice.id)).status).toBe('draft');
      expect(new TextDecoder().decode((await repos.files.getContent(A, file.id)).body)).toBe('secret');
      expect((await repos.knowledge.search(A, 'pricing')).map((r) => r.id)).toEqual([entry.id]);
    });
  });

  describe('contacts, files and knowledge', () => {
    it('GIVEN a contact WHEN another with the same email is created THEN it is refused with 409', async () => {
      await repos.contacts.create('ct', { name: 'A', email: 'a@x.io' });
      const error = await repos.contacts
        .create('ct', { name: 'B', email: 'A@x.io' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AlreadyExistsError);
      expect((await repos.contacts.list('ct', { email: 'a@x.io' })).items.map((c) => c.name)).toEqual(['A']);
    });

    it('GIVEN a contact WHEN its email changes THEN the old email is free, and a stale version is a 409', async () => {
      const c = await repos.contacts.create('ct2', { name: 'C', email: 'c@x.io', company: 'Acme' });
      const moved = await repos.contacts.update('ct2', c.id, { email: 'c2@x.io' });
      expect(moved).toMatchObject({ email: 'c2@x.io', version: 2 });
      await expect(repos.contacts.create('ct2', { name: 'D', email: 'c@x.io' })).resolves.toBeDefined();
      await expect(repos.contacts.create('ct2', { name: 'E', email: 'c2@x.io' })).rejects.toBeInstanceOf(
        AlreadyExistsError,
      );
      await expect(
        repos.contacts.update('ct2', c.id, { name: 'X' }, { expectedVersion: 1 }),
      ).rejects.toBeInstanceOf(VersionConflictError);
      expect((await repos.contacts.list('ct2', { company: 'acme' })).items.map((x) => x.id)).toEqual([c.id]);
    });

    it('GIVEN a file WHEN created again at the same path THEN its content is replaced as a new version and the old content removed', async () => {
      const first = await repos.files.create('fs', { name: 'notes.txt', folder: '/docs/', content: 'v1' });
      expect(first).toMatchObject({ created: true, file: { path: 'docs/notes.txt', size: 2, version: 1 } });
      const second = await repos.files.create('fs', {
        name: 'notes.txt',
        folder: 'docs',
        content: 'version 2',
      });
      expect(second).toMatchObject({ created: false, file: { id: first.file.id, version: 2, size: 9 } });
      expect(store.objects.has(first.file.contentKey)).toBe(false);
      expect(new TextDecoder().decode((await repos.files.getContent('fs', first.file.id)).body)).toBe(
        'version 2',
      );
      expect((await repos.files.list('fs', { folder: 'docs' })).items.map((f) => f.name)).toEqual([
        'notes.txt',
      ]);
      await expect(repos.files.create('fs', { name: '../x', content: '' })).rejects.toThrow();
      await repos.files.delete('fs', first.file.id);
      expect(store.objects.has(second.file.contentKey)).toBe(false);
    });

    it('GIVEN knowledge entries WHEN searched THEN the most relevant ranks first with a snippet around the match', async () => {
      const refund = await repos.knowledge.create('kb', {
        title: 'Refund policy',
        body: `${'Intro text. '.repeat(30)}Refunds are issued within 14 days of a cancelled booking.`,
      });
      await repos.knowledge.create('kb', { title: 'Opening hours', body: 'We are open Monday to Friday.' });
      await repos.knowledge.create('kb', {
        title: 'Booking',
        body: 'Bookings can be cancelled up to a day before.',
      });
      const results = await repos.knowledge.search('kb', 'refund for cancelled bookings', 5);
      expect(results[0]?.id).toBe(refund.id);
      expect(results[0]?.snippet).toContain('Refunds are issued');
      expect(results.map((r) => r.title)).not.toContain('Opening hours');
      await repos.knowledge.update('kb', refund.id, { title: 'Returns', body: 'Nothing here.' });
      expect(await repos.knowledge.search('kb', 'refund')).toEqual([]);
    });
  });
});
