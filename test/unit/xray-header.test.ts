import { describe, expect, it } from 'vitest';
import { daemonAddress, downstreamHeader, parseTraceHeader } from '../../functions/shared/xray/header';

const ROOT = '1-5759e988-bd862e3fe1be46a994272793';

describe('the X-Ray tracing header Lambda gives an invocation', () => {
  it('GIVEN Root, Parent, Sampled and Lineage WHEN parsed THEN the trace, the parent segment, the decision and the other keys in order come out', () => {
    expect(parseTraceHeader(`Root=${ROOT};Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:0`)).toEqual({
      root: ROOT,
      parent: '53995c3f42cd8ad8',
      sampled: true,
      data: [['Lineage', 'a87bd80c:0']],
    });
    expect(parseTraceHeader(`Root=${ROOT};Parent=53995c3f42cd8ad8;Sampled=0`)?.sampled).toBe(false);
  });

  it('GIVEN a root-only header (PassThrough), a malformed trace id or no header WHEN parsed THEN there is nothing to record under', () => {
    expect(parseTraceHeader(`Root=${ROOT}`)).toBeUndefined();
    expect(parseTraceHeader('Root=1-xyz;Parent=53995c3f42cd8ad8;Sampled=1')).toBeUndefined();
    expect(parseTraceHeader(`Root=${ROOT};Parent=short;Sampled=1`)).toBeUndefined();
    expect(parseTraceHeader(undefined)).toBeUndefined();
  });

  it('GIVEN a parsed header WHEN a downstream call is made under a subsegment THEN the header names that subsegment as parent and keeps the other keys', () => {
    const header = parseTraceHeader(`Root=${ROOT};Parent=53995c3f42cd8ad8;Sampled=1;Lineage=a87bd80c:0`);
    expect(header && downstreamHeader(header, '0123456789abcdef')).toBe(
      `Root=${ROOT};Parent=0123456789abcdef;Sampled=1;Lineage=a87bd80c:0`,
    );
  });

  it('GIVEN AWS_XRAY_DAEMON_ADDRESS as Lambda sets it, in its udp/tcp form, or unset WHEN read THEN the UDP host and port come out (127.0.0.1:2000 by default)', () => {
    expect(daemonAddress('169.254.79.129:2000')).toEqual({ host: '169.254.79.129', port: 2000 });
    expect(daemonAddress('tcp:10.0.0.1:2001 udp:10.0.0.2:2002')).toEqual({ host: '10.0.0.2', port: 2002 });
    expect(daemonAddress(undefined)).toEqual({ host: '127.0.0.1', port: 2000 });
  });
});
