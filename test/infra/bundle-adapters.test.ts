import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { esbuildOptionsLikeInfra } from '../../infra/constructs/function';
import { FUNCTION_ENTRIES } from '../../infra/constructs/functions';
import { FUNCTIONS_DIR, REPO_ROOT } from '../../infra/paths';
import { asArray, functionRoleId, roleStatements, type Synthesized, synth } from './support/synth';

/**
 * The Step Functions adapter (functions/adapters/sfn-engine.ts) is in a bundle only when its entry passes it to
 * startAwsFunction (functions/adapters/aws-platform.ts): every function whose role may call Step Functions carries
 * it, and no other function pays for it.
 */
const SFN_ADAPTER = 'functions/adapters/sfn-engine.ts';
const carriesSfn = new Map<string, boolean>();
const inputsOf = new Map<string, string[]>();
let s: Synthesized;

beforeAll(async () => {
  s = synth({});
  for (const [name, entry] of Object.entries(FUNCTION_ENTRIES)) {
    if (name === 'email-ingest') continue; // created only when inbound email is configured
    const result = await build({
      ...esbuildOptionsLikeInfra(name),
      entryPoints: [join(FUNCTIONS_DIR, entry)],
      absWorkingDir: REPO_ROOT,
      write: false,
      outfile: join(REPO_ROOT, 'cdk.out', 'bundle-adapters', `${name}.mjs`),
    });
    carriesSfn.set(name, SFN_ADAPTER in (result.metafile as Metafile).inputs);
    inputsOf.set(name, Object.keys((result.metafile as Metafile).inputs));
  }
}, 180_000);

describe('adapters carried by the functions that use them', () => {
  it('GIVEN every function WHEN bundled like the stack bundles it THEN it carries the Step Functions adapter exactly when its role may call Step Functions', () => {
    const mayCallSfn = (name: string) =>
      roleStatements(s.resources, functionRoleId(s.resources, `dynaris-dev-${name}`)).some((st) =>
        asArray(st.Action).some((a) => a.startsWith('states:')),
      );
    const mismatched = [...carriesSfn].filter(([name, carries]) => carries !== mayCallSfn(name));
    expect(mismatched).toStrictEqual([]);
    expect([...carriesSfn].filter(([, carries]) => carries).map(([name]) => name)).toStrictEqual([
      'supervisor',
      'api',
      'dispatcher',
      'correlator',
      'provisioner',
    ]);
  });

  it('GIVEN the functions started with only their own adapters (aws-platform-core.ts) WHEN bundled THEN they carry no SES, EventBridge or KMS adapter, nor the routed publisher; only the dry run carries S3, for its item files', () => {
    const others = [
      'functions/adapters/ses-mailer.ts',
      'functions/adapters/eventbridge-bus.ts',
      'functions/adapters/kms-secrets.ts',
      'functions/data/routed-publisher.ts',
    ];
    for (const name of ['api-dry-run', 'api-assistant', 'api-workflows']) {
      const inputs = inputsOf.get(name) ?? [];
      expect(
        inputs.filter((f) => others.includes(f)),
        name,
      ).toStrictEqual([]);
      expect(inputs.includes('functions/adapters/s3-files.ts'), name).toBe(name === 'api-dry-run');
      // No such role may send mail or put events: the adapters left out could only have met AccessDenied.
      const services = roleStatements(
        s.resources,
        functionRoleId(s.resources, `dynaris-dev-${name}`),
      ).flatMap((st) => asArray(st.Action).map((a) => a.split(':')[0]));
      expect(
        services.filter((svc) => svc === 'ses' || svc === 'events'),
        name,
      ).toStrictEqual([]);
    }
  });

  it('GIVEN the provisioner (sends, publishes and decrypts nothing) and the supervisor (publishes only) WHEN bundled THEN neither carries the mail, KMS or S3 adapter nor the settings writes, and only the supervisor the routed publisher', () => {
    const unused = [
      'functions/adapters/ses-mailer.ts',
      'functions/adapters/kms-secrets.ts',
      'functions/adapters/s3-files.ts',
      'functions/data/tenants/settings.ts',
    ];
    for (const name of ['provisioner', 'supervisor']) {
      const inputs = inputsOf.get(name) ?? [];
      expect(
        inputs.filter((f) => unused.includes(f)),
        name,
      ).toStrictEqual([]);
      // The provisioner's dispatch-rule check is in eventbridge-bus.ts too.
      expect(inputs, name).toContain('functions/adapters/eventbridge-bus.ts');
      expect(inputs.includes('functions/data/routed-publisher.ts'), name).toBe(name === 'supervisor');
    }
  });

  it('GIVEN every function WHEN bundled THEN the lean PutEvents, SendEmail, KMS, S3 and Step Functions clients (aws-lean, ~50 KB) are carried exactly by the entries that pass them, whose main path publishes, mails, reads secrets or files, or converges state machines', () => {
    const lean = [...inputsOf]
      .filter(([, inputs]) => inputs.includes('functions/adapters/aws-lean/put-events.ts'))
      .map(([name]) => name);
    expect(lean).toStrictEqual([
      'supervisor',
      'agent-email',
      'agent-crm',
      'agent-calendar',
      'agent-billing',
      'agent-files',
      'api-data',
      'webhooks',
    ]);
    const leanMail = [...inputsOf]
      .filter(([, inputs]) => inputs.includes('functions/adapters/aws-lean/send-email.ts'))
      .map(([name]) => name);
    expect(leanMail).toStrictEqual(['agent-email', 'agent-billing', 'agent-notify']);
    const leanKms = [...inputsOf]
      .filter(([, inputs]) => inputs.includes('functions/adapters/aws-lean/kms-calls.ts'))
      .map(([name]) => name);
    expect(leanKms).toStrictEqual(['agent-notify', 'agent-report', 'webhooks']);
    // S3: the files agent (email-ingest too, which this build leaves out; test/unit/aws-platform.test.ts loads it).
    const leanS3 = [...inputsOf]
      .filter(([, inputs]) => inputs.includes('functions/adapters/aws-lean/s3-calls.ts'))
      .map(([name]) => name);
    expect(leanS3).toStrictEqual(['agent-files']);
    // Step Functions' state-machine calls: the provisioner (every convergence describes its machines).
    const leanSfn = [...inputsOf]
      .filter(([, inputs]) => inputs.includes('functions/adapters/aws-lean/state-machine-calls.ts'))
      .map(([name]) => name);
    expect(leanSfn).toStrictEqual(['provisioner']);
    for (const [name, inputs] of inputsOf) {
      const carries = [lean, leanMail, leanKms, leanS3, leanSfn].some((carriers) => carriers.includes(name));
      expect(inputs.includes('functions/adapters/aws-lean/client.ts'), name).toBe(carries);
    }
  });
});
