/** The sample event the pattern tables match against: every JSON type, arrays, nesting, a dotted key. */
export const sampleEvent = {
  version: '0',
  id: 'e-1',
  'detail-type': 'lead.created',
  source: 'dynaris.lead',
  time: '2026-11-25T10:00:00Z',
  resources: ['arn:aws:ec2:us-east-1:123:instance/i-1'],
  detail: {
    tenantId: 't1',
    status: 'new',
    name: 'Alice Smith',
    email: 'alice@Example.COM',
    value: 12000,
    score: 4.5,
    zero: 0,
    negative: -3,
    vip: true,
    archived: false,
    note: null,
    empty: '',
    tags: ['hot', 'inbound'],
    numbers: [1, 5, 9],
    nestedArray: [['deep']],
    emptyList: [],
    ip: '10.0.0.33',
    ip6: '2001:db8::ff00:42:8329',
    mapped: '::ffff:192.168.1.10',
    file: 'reports/2026/q4.png',
    star: 'a*b',
    numericString: '300',
    lead: { status: 'new', source: { channel: 'web', campaign: 'fall' }, owner: { name: 'Bob' } },
    contacts: [
      { name: 'Anna', role: 'buyer' },
      { name: 'Peter', role: 'user' },
    ],
    'dotted.key': 'literal',
  },
};

export const onDetail = (detail: Record<string, unknown>): { detail: Record<string, unknown> } => ({
  detail,
});

/** The EC2 state-change event of the EventBridge user guide. */
export const ec2 = {
  version: '0',
  id: '6a7e8feb-b491-4cf7-a9f1-bf3703467718',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '111122223333',
  time: '2017-12-22T18:43:48Z',
  region: 'us-west-1',
  resources: ['arn:aws:ec2:us-west-1:123456789012:instance/i-1234567890abcdef0'],
  detail: { 'instance-id': 'i-1234567890abcdef0', state: 'terminated' },
};

export const withDetail = (detail: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  ...ec2,
  ...extra,
  detail,
});
