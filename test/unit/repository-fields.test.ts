import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLead } from '../../functions/data/leads/items';
import { type Item, KEY_ATTRIBUTES, stripKeys, withoutTenant } from '../../functions/data/repository';

/** What a repository hands out from a stored item: its own fields, without the stored-only ones, in their order. */

/** The copies as they were written before the one-pass copy (Object.entries, then a spread without the tenant). */
const referenceStrip = (item: Item): Item => {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (!KEY_ATTRIBUTES.has(k) && k !== 'type') out[k] = v;
  return out;
};
const referenceWithoutTenant = (item: Item): Item => {
  const { tenantId: _t, ...rest } = referenceStrip(item);
  return rest;
};

const storedItem = fc
  .dictionary(
    fc.oneof(fc.constantFrom(...KEY_ATTRIBUTES, 'type', 'tenantId', 'lastChange', '0', '10'), fc.string()),
    fc.oneof(fc.string(), fc.integer(), fc.array(fc.string()), fc.dictionary(fc.string(), fc.string())),
  )
  .filter((item) => !Object.hasOwn(item, '__proto__'));

describe('repository field copies', () => {
  it('GIVEN any stored item WHEN stripped or handed out THEN the fields, values and their order are as the entries-and-spread copies made them', () => {
    fc.assert(
      fc.property(storedItem, (item) => {
        expect(Object.entries(stripKeys<Item>(item))).toEqual(Object.entries(referenceStrip(item)));
        expect(Object.entries(withoutTenant<Item>(item))).toEqual(
          Object.entries(referenceWithoutTenant(item)),
        );
        const { lastChange: _c, ...lead } = referenceWithoutTenant(item);
        expect(Object.entries(toLead(item))).toEqual(Object.entries(lead));
      }),
    );
  });

  it('GIVEN an item with inherited fields and an own __proto__ field WHEN handed out THEN only its own fields are copied and the prototype is untouched', () => {
    const item = Object.create({ inherited: 'x' }) as Item;
    Object.assign(item, { pk: 'T#1', name: 'Ada', tenantId: 't1' });
    Object.defineProperty(item, '__proto__', { value: { polluted: true }, enumerable: true });
    expect(Object.hasOwn(item, '__proto__')).toBe(true);
    const out = withoutTenant<Item>(item);
    expect(out).toEqual({ name: 'Ada' });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('GIVEN a lead item WHEN read as a lead THEN the tenant, the keys and the record of its last change are not part of it', () => {
    const item: Item = {
      pk: 'TENANT#t1',
      sk: 'LEAD#l1',
      type: 'lead',
      tenantId: 't1',
      id: 'l1',
      email: 'a@b.c',
      lastChange: { at: 'x' },
    };
    expect(toLead(item)).toEqual({ id: 'l1', email: 'a@b.c' });
  });
});
