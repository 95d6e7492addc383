import { describe, expect, it } from 'vitest';
import {
  BLOCKED_RANGES,
  forbiddenReason,
  parseAllowList,
  parseCidr,
  parseIp,
} from '../../functions/agents/http/addresses';

const reason = (address: string) => {
  const ip = parseIp(address);
  if (!ip) throw new Error(`unparsed ${address}`);
  return forbiddenReason(ip);
};

describe('SSRF address classification', () => {
  it.each(BLOCKED_RANGES.map((b) => [b.range, b]))(
    'GIVEN the blocked range %s WHEN read at cold start THEN it is the range parseCidr reads from that text',
    (range, blocked) => {
      expect(blocked.cidr).toEqual(parseCidr(range));
    },
  );

  it.each([
    ['127.0.0.1', 'loopback address'],
    ['127.255.0.9', 'loopback address'],
    ['10.1.2.3', 'private address'],
    ['172.16.0.1', 'private address'],
    ['172.31.255.255', 'private address'],
    ['192.168.1.1', 'private address'],
    ['169.254.169.254', 'link-local address (cloud metadata)'],
    ['100.64.0.1', 'carrier-grade NAT address'],
    ['0.0.0.0', 'this-network address'],
    ['224.0.0.1', 'multicast address'],
    ['255.255.255.255', 'broadcast address'],
    ['::1', 'loopback address'],
    ['::', 'unspecified address'],
    ['fc00::1', 'unique local address'],
    ['fd12:3456::1', 'unique local address'],
    ['fe80::1%eth0', 'link-local address'],
    ['::ffff:127.0.0.1', 'loopback address'],
    ['::ffff:169.254.169.254', 'link-local address (cloud metadata)'],
    ['::ffff:7f00:1', 'loopback address'],
    ['64:ff9b::a9fe:a9fe', 'link-local address (cloud metadata)'],
    ['::127.0.0.1', 'IPv4-compatible address'],
    ['ff02::1', 'multicast address'],
  ])('GIVEN %s WHEN classified THEN it is refused as a %s', (address, expected) => {
    expect(reason(address)).toBe(expected);
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
  ])('GIVEN the public address %s WHEN classified THEN it is allowed', (address) => {
    expect(reason(address)).toBeUndefined();
  });

  it('GIVEN malformed addresses WHEN parsed THEN they are not addresses', () => {
    for (const bad of ['256.1.1.1', '1.2.3', '::1::2', 'example.com', '1:2:3:4:5:6:7:8:9', ''])
      expect(parseIp(bad)).toBeUndefined();
  });

  it('GIVEN an allow-list of hosts and ranges WHEN checked THEN exact hosts, wildcard subdomains and CIDRs (also via mapped IPv6) match', () => {
    const allow = parseAllowList(['api.internal', '*.corp.example', '10.20.0.0/16', '::1']);
    expect(allow.allowsHost('API.internal.')).toBe(true);
    expect(allow.allowsHost('x.api.internal')).toBe(false);
    expect(allow.allowsHost('a.b.corp.example')).toBe(true);
    expect(allow.allowsHost('corp.example')).toBe(false);
    expect(allow.allowsHost('evilcorp.example')).toBe(false);
    expect(allow.allowsIp(parseIp('10.20.3.4') as never)).toBe(true);
    expect(allow.allowsIp(parseIp('::ffff:10.20.3.4') as never)).toBe(true);
    expect(allow.allowsIp(parseIp('10.21.0.1') as never)).toBe(false);
    expect(allow.allowsIp(parseIp('::1') as never)).toBe(true);
    expect(allow.allowsIp(parseIp('127.0.0.1') as never)).toBe(false);
  });
});
