import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Database } from '../../shared/ports';
import { type Item, isConditionalCheckFailed, queryAll, type TransactStep } from '../repository';
import { KEY, tenantKey } from '../table';
import type { BusyInterval } from './schema';

/**
 * Slot claims: what keeps bookings from overlapping (see index.ts). Time is cut into GRANULE_MS granules on the UTC
 * clock; a booking claims every granule it touches with a conditional update of that granule's item, in the role it
 * plays there:
 *
 *   F (full)   the booking covers the whole granule
 *   H (head)   it covers the granule's start and ends inside it
 *   T (tail)   it starts inside the granule and covers its end
 *   I (inner)  it starts and ends inside it
 *
 * Each role names the booking (R), its start (RS) and end (RE) in epoch ms and the reservation it was booked under
 * (RK, see reservations.ts). A role is taken only when no other booking holds it and every other role of the item
 * either belongs to the same booking or ends/starts on the right side of the new interval. Two bookings that overlap
 * share a point, so they touch the same granule and one of these conditions refuses the second: no overlap is ever
 * committed, and bookings of different times never write the same item (granule-aligned ones) or, at their edges,
 * only the one item they share. The one approximation: a granule holds one inner booking, so two bookings shorter
 * than a granule inside the same granule conflict even when they do not overlap.
 */

export const GRANULE_MS = 30 * 60_000;

export type Role = 'F' | 'H' | 'T' | 'I';
const ROLES: readonly Role[] = ['F', 'H', 'T', 'I'];

export interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

export interface GranuleRole {
  /** Granule start, epoch ms. */
  readonly at: number;
  readonly role: Role;
}

/** The granules [start, end) touches and the role it plays in each. */
export const granuleRoles = ({ startMs, endMs }: Span): GranuleRole[] => {
  const out: GranuleRole[] = [];
  for (let at = Math.floor(startMs / GRANULE_MS) * GRANULE_MS; at < endMs; at += GRANULE_MS) {
    const coversStart = startMs <= at;
    const coversEnd = endMs >= at + GRANULE_MS;
    out.push({ at, role: coversStart ? (coversEnd ? 'F' : 'H') : coversEnd ? 'T' : 'I' });
  }
  return out;
};

const iso = (ms: number) => new Date(ms).toISOString();
/** A tenant's claims share a partition in time order, so the busy time of any window is one (paged) Query. */
const claimsPartition = (tenantId: string) => tenantKey(tenantId, 'SLOTS');
export const granuleKey = (tenantId: string, at: number) => ({ pk: claimsPartition(tenantId), sk: iso(at) });

/** Conditions for `role` held by nobody else and every other role clear of [s, e) (see the module comment). */
const clearFor = (role: Role): string[] => {
  const free = (r: Role) => `(attribute_not_exists(#${r}) OR #${r} = :me)`;
  const endsBy = (r: Role) => `(attribute_not_exists(#${r}) OR #${r} = :me OR #${r}E <= :s)`;
  const startsFrom = (r: Role) => `(attribute_not_exists(#${r}) OR #${r} = :me OR #${r}S >= :e)`;
  switch (role) {
    case 'F':
      return ROLES.map(free);
    case 'H':
      return [free('F'), free('H'), startsFrom('T'), startsFrom('I')];
    case 'T':
      return [free('F'), free('T'), endsBy('H'), endsBy('I')];
    case 'I':
      return [free('F'), free('I'), endsBy('H'), startsFrom('T')];
  }
};

/** The attribute names an expression uses (DynamoDB refuses names it does not use). */
const namesIn = (...expressions: string[]): Record<string, string> =>
  Object.fromEntries(expressions.flatMap((x) => x.match(/#\w+/g) ?? []).map((n) => [n, n.slice(1)]));
const roleAttributes = (r: Role) => ['', 'S', 'E', 'K'].map((x) => `#${r}${x}`);

export interface ClaimChange {
  readonly at: number;
  /** The role the booking takes here (absent: it only gives one up). */
  readonly take?: Role;
  /** The role it gives up here (a moved booking), removed in the same update. */
  readonly drop?: Role;
}

/**
 * One update of a granule item: take a role (conditioned as above) and/or drop the booking's old role. When the
 * condition fails, the item as it was comes back with the cancellation (ALL_OLD) so the loser learns what it hit.
 */
export const claimStep = (
  db: Database,
  tenantId: string,
  booking: { readonly id: string; readonly span: Span; readonly reservation?: string | undefined },
  change: ClaimChange,
  onConflict: (holder: Item | undefined) => Error,
): TransactStep => {
  const sets: string[] = [];
  const removes: string[] = [];
  const values: Item = { ':me': booking.id };
  let condition: string[] = [];
  if (change.drop && change.drop !== change.take) {
    removes.push(...roleAttributes(change.drop));
    // The booking still holds its old role (nobody else can): the condition only guards against broken data.
    condition = [`(attribute_not_exists(#${change.drop}) OR #${change.drop} = :me)`];
  }
  if (change.take) {
    const r = change.take;
    sets.push(`#${r} = :me`, `#${r}S = :s`, `#${r}E = :e`);
    values[':s'] = booking.span.startMs;
    values[':e'] = booking.span.endMs;
    if (booking.reservation) {
      sets.push(`#${r}K = :k`);
      values[':k'] = booking.reservation;
    } else removes.push(`#${r}K`);
    condition = [...condition, ...clearFor(r)];
  }
  const expression = [
    sets.length ? `SET ${sets.join(', ')}` : '',
    removes.length ? `REMOVE ${removes.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const conditionExpression = condition.join(' AND ');
  return {
    label: `slot ${iso(change.at)}`,
    onConditionFailed: onConflict,
    item: {
      Update: {
        TableName: db.tableName,
        Key: granuleKey(tenantId, change.at),
        UpdateExpression: expression,
        ExpressionAttributeNames: namesIn(expression, conditionExpression),
        ExpressionAttributeValues: values,
        ConditionExpression: conditionExpression,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    },
  };
};

/** What a booking moving from `from` to `to` (either absent) writes, granule by granule, in time order. */
export const claimChanges = (from: Span | undefined, to: Span | undefined): ClaimChange[] => {
  const changes = new Map<number, { take?: Role; drop?: Role }>();
  for (const g of from ? granuleRoles(from) : []) changes.set(g.at, { drop: g.role });
  for (const g of to ? granuleRoles(to) : []) changes.set(g.at, { ...changes.get(g.at), take: g.role });
  return [...changes.entries()].sort(([a], [b]) => a - b).map(([at, c]) => ({ at, ...c }));
};

/**
 * The booking in the way of `span` in a granule item (ALL_OLD of a failed claim): one that overlaps it, else the
 * inner booking that holds the granule's only inner place.
 */
export const holderOf = (item: Item | undefined, bookingId: string, span: Span): BusyInterval | undefined => {
  const holders = ROLES.flatMap((r) => {
    const id = item?.[r] as string | undefined;
    if (!id || id === bookingId) return [];
    return [
      {
        role: r,
        bookingId: id,
        start: item?.[`${r}S`] as number,
        end: item?.[`${r}E`] as number,
        ...reservationOf(item, r),
      },
    ];
  });
  // No holder overlaps: the claim lost its own role in this granule (two inner bookings), so name that role's holder.
  const wanted = granuleRoles(span).find((g) => iso(g.at) === item?.sk)?.role;
  const found =
    holders.find((h) => h.start < span.endMs && span.startMs < h.end) ??
    holders.find((h) => h.role === wanted) ??
    holders[0];
  if (!found) return undefined;
  const { role: _role, ...busy } = found;
  return busy;
};

const reservationOf = (item: Item | undefined, r: Role) =>
  typeof item?.[`${r}K`] === 'string' ? { reservation: item[`${r}K`] as string } : {};

/**
 * Gives up the booking's roles outside a transaction (what did not fit in the one that changed the booking, or
 * undoing claims of a booking that lost): each only while the booking still holds it, so a retry never removes
 * another booking's claim.
 */
export const releaseClaims = async (db: Database, tenantId: string, bookingId: string, span: Span) => {
  for (const g of granuleRoles(span)) {
    try {
      await db.doc.send(
        new UpdateCommand({
          TableName: db.tableName,
          Key: granuleKey(tenantId, g.at),
          UpdateExpression: `REMOVE ${roleAttributes(g.role).join(', ')}`,
          ConditionExpression: `#${g.role} = :me`,
          ExpressionAttributeNames: namesIn(roleAttributes(g.role).join()),
          ExpressionAttributeValues: { ':me': bookingId },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
};

/** Bookings holding claims in granules that overlap [from, to), each with its whole interval (consistent Query). */
export const readClaims = async (
  db: Database,
  tenantId: string,
  fromMs: number,
  toMs: number,
): Promise<BusyInterval[]> => {
  const items = await queryAll(db, {
    KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
    ExpressionAttributeNames: { '#pk': KEY.pk, '#sk': KEY.sk },
    ExpressionAttributeValues: {
      ':pk': claimsPartition(tenantId),
      ':from': iso(Math.floor(fromMs / GRANULE_MS) * GRANULE_MS),
      ':to': iso(toMs - 1),
    },
    ConsistentRead: true,
  });
  const seen = new Map<string, BusyInterval>();
  for (const item of items) {
    for (const r of ROLES) {
      const id = item[r] as string | undefined;
      if (id && !seen.has(id))
        seen.set(id, {
          bookingId: id,
          start: item[`${r}S`] as number,
          end: item[`${r}E`] as number,
          ...reservationOf(item, r),
        });
    }
  }
  return [...seen.values()];
};
