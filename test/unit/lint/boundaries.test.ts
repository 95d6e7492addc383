import { describe, expect, it } from 'vitest';
import type { Project } from '../../../scripts/lint/project';
import { checkBoundaries } from '../../../scripts/lint/rules/boundaries';
import { checkCycles } from '../../../scripts/lint/rules/cycles';

const project = (files: Record<string, string>): Project => ({
  files: new Map(Object.entries(files)),
  packageJson: {},
  lambdaEntries: [],
});
const found = (violations: { rule: string; file: string }[]) => violations.map((v) => `${v.file}: ${v.rule}`);

describe('the boundary house rules', () => {
  it('GIVEN statemachines/ importing itself and zod WHEN checked THEN it is pure', () => {
    const p = project({
      'statemachines/schema.ts': "import * as z from 'zod';\nimport { x } from './events';",
      'statemachines/events.ts': "import type { Y } from './compile/types';",
      'statemachines/compile/types.ts': '',
    });
    expect(found(checkBoundaries(p))).toStrictEqual([]);
  });

  it('GIVEN statemachines/ importing the AWS SDK, a Node built-in, another package or functions/ WHEN checked THEN each is refused', () => {
    const p = project({
      'statemachines/a.ts': "import { S3Client } from '@aws-sdk/client-s3';",
      'statemachines/b.ts': "import { readFileSync } from 'node:fs';",
      'statemachines/compile/c.ts': "import aslValidator from 'asl-validator';",
      'statemachines/d.ts': "import type { Database } from '../functions/shared/ports';",
      'functions/shared/ports.ts': '',
    });
    expect(found(checkBoundaries(p))).toStrictEqual([
      'statemachines/a.ts: statemachines-purity',
      'statemachines/b.ts: statemachines-purity',
      'statemachines/compile/c.ts: statemachines-purity',
      'statemachines/d.ts: statemachines-purity',
    ]);
  });

  it('GIVEN functions/ importing infra/ WHEN checked THEN it is refused, types included', () => {
    const p = project({
      'functions/api/app.ts': "import { LOCAL_TABLE } from '../../infra/local/local-table';",
      'functions/api/types.ts': "import type { X } from '../../infra/constructs/functions';",
      'infra/local/local-table.ts': '',
      'infra/constructs/functions.ts': "import { ENV } from '../../functions/shared/config';",
      'functions/shared/config.ts': '',
    });
    expect(found(checkBoundaries(p))).toStrictEqual([
      'functions/api/app.ts: functions-not-infra',
      'functions/api/types.ts: functions-not-infra',
    ]);
  });

  it('GIVEN functions/shared importing a module of another area WHEN checked THEN it is refused', () => {
    const p = project({
      'functions/shared/retry.ts':
        "import { x } from '../dispatcher/dispatcher';\nimport { y } from './errors';",
      'functions/shared/errors.ts': "import { EVENT_NAMES } from '../../statemachines/events';",
      'functions/dispatcher/dispatcher.ts': '',
      'statemachines/events.ts': '',
    });
    expect(found(checkBoundaries(p))).toStrictEqual(['functions/shared/retry.ts: shared-at-the-bottom']);
  });
});

describe('the cycle house rules', () => {
  it('GIVEN three files importing in a ring WHEN checked THEN one cycle names all three', () => {
    const p = project({
      'functions/a/x.ts': "import { y } from './y';",
      'functions/a/y.ts': "import { z } from './z';",
      'functions/a/z.ts': "import { x } from './x';",
    });
    expect(checkCycles(p)).toStrictEqual([
      {
        rule: 'import-cycle',
        file: 'functions/a/x.ts',
        message: 'import cycle through functions/a/x.ts, functions/a/y.ts, functions/a/z.ts',
      },
    ]);
  });

  it('GIVEN a ring closed only by a type-only import WHEN checked THEN there is no file cycle', () => {
    const p = project({
      'functions/a/x.ts': "import { y } from './y';",
      'functions/a/y.ts': "import type { X } from './x';",
    });
    expect(checkCycles(p)).toStrictEqual([]);
  });

  it('GIVEN two areas that import each other, one only for types WHEN checked THEN the area cycle is reported', () => {
    const p = project({
      'functions/provisioner/handler.ts': "import { createSfn } from '../adapters/sfn-engine';",
      'functions/adapters/sfn-engine.ts': "import type { StateMachinePort } from '../provisioner/ports';",
      'functions/provisioner/ports.ts': '',
    });
    expect(found(checkCycles(p))).toStrictEqual(['functions/adapters: area-cycle']);
  });

  it('GIVEN areas that import downwards only WHEN checked THEN there is no cycle', () => {
    const p = project({
      'functions/provisioner/handler.ts': "import { createSfn } from '../adapters/sfn-engine';",
      'functions/adapters/sfn-engine.ts':
        "import type { StateMachinePort } from '../shared/deployment-ports';",
      'functions/shared/deployment-ports.ts': '',
    });
    expect(checkCycles(p)).toStrictEqual([]);
  });
});
