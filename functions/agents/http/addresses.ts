import { isIP } from 'node:net';

/**
 * IP address classification for SSRF protection: which addresses http.request may not reach unless the tenant
 * allow-lists them. Addresses are 128-bit BigInts (IPv4 as ::ffff:a.b.c.d) so one CIDR matcher serves both.
 */

export interface ParsedIp {
  readonly version: 4 | 6;
  /** IPv4 as the low 32 bits; IPv6 as 128 bits. */
  readonly value: bigint;
}

const parseV4 = (text: string): bigint | undefined => {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let v = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    v = (v << 8n) | BigInt(Number(p));
  }
  return v;
};

const parseV6 = (input: string): bigint | undefined => {
  let text = input.replace(/^\[|\]$/g, '').split('%')[0] ?? '';
  let tail: bigint[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(text.slice(lastColon + 1));
    if (v4 === undefined) return undefined;
    tail = [v4 >> 16n, v4 & 0xffffn];
    text = `${text.slice(0, lastColon + 1)}${tail.length ? '0:0' : ''}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const head = halves[0] ? (halves[0] as string).split(':') : [];
  const rest = halves.length === 2 && halves[1] ? (halves[1] as string).split(':') : [];
  const missing = 8 - head.length - rest.length;
  if ((halves.length === 1 && missing !== 0) || (halves.length === 2 && missing < 1)) return undefined;
  const groups = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...rest];
  if (groups.length !== 8) return undefined;
  let v = 0n;
  for (const g of groups) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    v = (v << 16n) | BigInt(Number.parseInt(g, 16));
  }
  if (tail.length) v = (v & ~0xffffffffn) | ((tail[0] as bigint) << 16n) | (tail[1] as bigint);
  return v;
};

export const parseIp = (text: string): ParsedIp | undefined => {
  const bare = text.replace(/^\[|\]$/g, '');
  const kind = isIP(bare.split('%')[0] ?? '');
  if (kind === 4) {
    const v = parseV4(bare);
    return v === undefined ? undefined : { version: 4, value: v };
  }
  if (kind === 6) {
    const v = parseV6(bare);
    return v === undefined ? undefined : { version: 6, value: v };
  }
  return undefined;
};

export interface Cidr {
  readonly version: 4 | 6;
  readonly base: bigint;
  readonly bits: number;
}

export const parseCidr = (text: string): Cidr | undefined => {
  const [addr, len] = text.trim().split('/');
  const ip = parseIp(addr ?? '');
  if (!ip) return undefined;
  const max = ip.version === 4 ? 32 : 128;
  const bits = len === undefined ? max : Number(len);
  if (!Number.isInteger(bits) || bits < 0 || bits > max || (len !== undefined && !/^\d+$/.test(len)))
    return undefined;
  return { version: ip.version, base: ip.value, bits };
};

export const inCidr = (ip: ParsedIp, cidr: Cidr): boolean => {
  if (ip.version !== cidr.version) return false;
  const width = BigInt(ip.version === 4 ? 32 : 128);
  const shift = width - BigInt(cidr.bits);
  return ip.value >> shift === cidr.base >> shift;
};

/**
 * A range written in this file, parsed at cold start by the syntax readers alone: parseIp's `isIP` compiles Node's
 * IPv6 pattern on its first IPv6 address (3-4 ms of every cold start that imports this module, for constants whose
 * form is known). Only for the literals below; input goes through parseCidr.
 */
const constantCidr = (text: string): Cidr => {
  const [addr = '', bits = ''] = text.split('/');
  const version = addr.includes(':') ? 6 : 4;
  const base = version === 6 ? parseV6(addr) : parseV4(addr);
  if (base === undefined) throw new Error(`Not a range: ${text}`);
  return { version, base, bits: Number(bits) };
};

const cidrs = (list: readonly [string, string][]) =>
  list.map(([range, reason]) => ({ range, cidr: constantCidr(range), reason }));

const BLOCKED_V4 = cidrs([
  ['0.0.0.0/8', 'this-network address'],
  ['10.0.0.0/8', 'private address'],
  ['100.64.0.0/10', 'carrier-grade NAT address'],
  ['127.0.0.0/8', 'loopback address'],
  ['169.254.0.0/16', 'link-local address (cloud metadata)'],
  ['172.16.0.0/12', 'private address'],
  ['192.0.0.0/24', 'IETF protocol address'],
  ['192.0.2.0/24', 'documentation address'],
  ['192.88.99.0/24', '6to4 relay address'],
  ['192.168.0.0/16', 'private address'],
  ['198.18.0.0/15', 'benchmarking address'],
  ['198.51.100.0/24', 'documentation address'],
  ['203.0.113.0/24', 'documentation address'],
  ['224.0.0.0/4', 'multicast address'],
  ['240.0.0.0/4', 'reserved address'],
]);

const BLOCKED_V6 = cidrs([
  ['::/128', 'unspecified address'],
  ['::1/128', 'loopback address'],
  ['::/96', 'IPv4-compatible address'],
  ['64:ff9b:1::/48', 'local NAT64 address'],
  ['100::/64', 'discard address'],
  ['2001:db8::/32', 'documentation address'],
  ['2002::/16', '6to4 address'],
  ['fc00::/7', 'unique local address'],
  ['fe80::/10', 'link-local address'],
  ['fec0::/10', 'site-local address'],
  ['ff00::/8', 'multicast address'],
]);

/** Every range refused unless allow-listed, as written and as parsed (a test checks them against parseCidr). */
export const BLOCKED_RANGES: readonly { range: string; cidr: Cidr; reason: string }[] = [
  ...BLOCKED_V4,
  ...BLOCKED_V6,
];

const MAPPED_V4 = constantCidr('::ffff:0:0/96');
const NAT64 = constantCidr('64:ff9b::/96');

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::a.b.c.d) IPv6 address. */
export const embeddedV4 = (ip: ParsedIp): ParsedIp | undefined =>
  ip.version === 6 && (inCidr(ip, MAPPED_V4) || inCidr(ip, NAT64))
    ? { version: 4, value: ip.value & 0xffffffffn }
    : undefined;

/** Why an address may not be reached, or undefined when it is a public address. */
export const forbiddenReason = (ip: ParsedIp): string | undefined => {
  const v4 = embeddedV4(ip);
  if (v4) return forbiddenReason(v4);
  const list = ip.version === 4 ? BLOCKED_V4 : BLOCKED_V6;
  if (ip.version === 4 && ip.value === 0xffffffffn) return 'broadcast address';
  return list.find((b) => inCidr(ip, b.cidr))?.reason;
};

/** A tenant's allow-list: host names (`api.internal`, `*.corp.example`) and CIDRs (`10.1.0.0/16`, `::1`). */
export interface AllowList {
  allowsHost(host: string): boolean;
  allowsIp(ip: ParsedIp): boolean;
}

export const parseAllowList = (entries: readonly string[]): AllowList => {
  const ranges: Cidr[] = [];
  const hosts: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim().toLowerCase();
    const cidr = parseCidr(entry);
    if (cidr) ranges.push(cidr);
    else if (entry) hosts.push(entry.replace(/\.$/, ''));
  }
  return {
    allowsHost: (host) => {
      const h = host
        .toLowerCase()
        .replace(/\.$/, '')
        .replace(/^\[|\]$/g, '');
      return hosts.some((p) =>
        p.startsWith('*.') ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p,
      );
    },
    allowsIp: (ip) => {
      const candidates = [ip, ...(embeddedV4(ip) ? [embeddedV4(ip) as ParsedIp] : [])];
      return candidates.some((c) => ranges.some((r) => inCidr(c, r)));
    },
  };
};
