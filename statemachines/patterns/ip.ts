/** IPv4 and IPv6 addresses and CIDR blocks, for the `cidr` operator. */

interface IpAddress {
  readonly version: 4 | 6;
  readonly value: bigint;
}

const parseIpv4 = (text: string): bigint | undefined => {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = (value << 8n) | BigInt(n);
  }
  return value;
};

const parseIpv6 = (text: string): bigint | undefined => {
  let normalized = text;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // Embedded IPv4 (::ffff:10.0.0.1): rewrite it as two hex groups.
    const v4 = parseIpv4(tail);
    if (v4 === undefined) return undefined;
    normalized = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = normalized.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (s: string): bigint[] | undefined => {
    if (s === '') return [];
    const out: bigint[] = [];
    for (const g of s.split(':')) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(BigInt(`0x${g}`));
    }
    return out;
  };
  const head = parseGroups(halves[0] as string);
  const rest = halves.length === 2 ? parseGroups(halves[1] as string) : [];
  if (!head || !rest) return undefined;
  const explicit = head.length + rest.length;
  if (halves.length === 2 ? explicit > 7 : explicit !== 8) return undefined;
  const groups = [...head, ...Array<bigint>(8 - explicit).fill(0n), ...rest];
  return groups.reduce((acc, g) => (acc << 16n) | g, 0n);
};

const parseIp = (text: string): IpAddress | undefined => {
  if (text.includes(':')) {
    const value = parseIpv6(text);
    return value === undefined ? undefined : { version: 6, value };
  }
  const value = parseIpv4(text);
  return value === undefined ? undefined : { version: 4, value };
};

interface CidrBlock {
  readonly version: 4 | 6;
  readonly network: bigint;
  readonly bits: number;
}

export const parseCidr = (text: string): CidrBlock | undefined => {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const address = parseIp(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (!address || !/^(0|[1-9][0-9]{0,2})$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  const width = address.version === 4 ? 32 : 128;
  if (bits > width) return undefined;
  return { version: address.version, network: address.value >> BigInt(width - bits), bits };
};

export const cidrContains = (cidr: string, ip: string): boolean => {
  const block = parseCidr(cidr);
  const address = parseIp(ip);
  if (!block || !address || block.version !== address.version) return false;
  const width = address.version === 4 ? 32 : 128;
  return address.value >> BigInt(width - block.bits) === block.network;
};
