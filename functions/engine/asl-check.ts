import { createRequire } from 'node:module';
import { requireCommonJs } from '../shared/commonjs';

/**
 * asl-validator 4's checks with its JSON-schema validator built once per process. The package's validator builds a
 * new Ajv and compiles its 15 schemas on every call (~0.6 s idle, ~1.3 s of CPU per workflow save under load:
 * docs/performance.md, session 38); this module builds the same Ajv (same schemas, options and formats:
 * dist/src/checks/json-schema-errors.js) on the first check and keeps it, and runs the package's own checks after it
 * in the order of dist/src/validator.js. test/unit/asl-check.test.ts compares the answers with the package's.
 *
 * Everything is loaded on the first check, through require: only the local engine checks ASL, and the api-dry-run
 * bundle, which carries the engine but never checks, carries none of it. Ajv, its formats, jsonata and
 * asl-path-validator are asl-validator's own dependencies, required from its folder: the instances it would use.
 */

interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly message?: string;
}
type AjvValidate = ((data: unknown) => boolean) & { errors?: readonly AjvError[] | null };
interface Ajv {
  addFormat(name: string, format: (value: string) => boolean): unknown;
  getSchema(id: string): AjvValidate | undefined;
}

/** One problem as the package reports it. */
interface AslError {
  readonly 'Error code': string;
  readonly Message: string;
  readonly path?: string;
  readonly message?: string;
  readonly schemaError?: { readonly instancePath: string; readonly schemaPath: string };
}
type Definition = Record<string, unknown>;
interface StateEntry {
  readonly stateName: string;
  readonly state: Record<string, unknown>;
}
type Check = (definition: Definition, options: Options) => AslError[];
interface Options {
  readonly checkPaths: boolean;
  readonly checkArn: boolean;
}

const PACKAGE = 'asl-validator/dist/src';
const SCHEMAS = [
  'common',
  'paths',
  'jsonata',
  'choice',
  'fail',
  'parallel',
  'pass',
  'base-state-machine',
  'state-machine',
  'state',
  'succeed',
  'task',
  'wait',
  'map',
  'errors',
] as const;

interface Package {
  readonly errorCodes: Readonly<Record<string, string>>;
  readonly statesContainers: (definition: Definition) => Record<string, Record<string, unknown>>[];
  readonly structural: readonly Check[];
  readonly stateChecks: (
    definition: Definition,
    options: Options,
    checks: readonly StateCheck[],
  ) => AslError[];
  readonly stateCheck: StateCheckKit;
  readonly newAjv: (checkArn: boolean) => Ajv;
}
interface StateCheck {
  readonly filter: (entry: StateEntry) => boolean;
  readonly checker: (entry: StateEntry) => AslError | null;
}
type Props = { readonly props: readonly string[]; readonly errorCode: string; readonly path?: string };
interface StateCheckKit {
  readonly IsMap: StateCheck['filter'];
  readonly IsTask: StateCheck['filter'];
  readonly IsWait: StateCheck['filter'];
  readonly IsSucceed: StateCheck['filter'];
  readonly IsFail: StateCheck['filter'];
  readonly IsChoice: StateCheck['filter'];
  readonly AtMostOne: (props: Props) => StateCheck['checker'];
  readonly ExactlyOne: (props: Props) => StateCheck['checker'];
}

const loadPackage = (): Package => {
  const own = (path: string) => requireCommonJs(`${PACKAGE}/${path}`) as Record<string, unknown>;
  const itsDependency = createRequire(requireCommonJs.resolve('asl-validator'));
  const Ajv = (itsDependency('ajv') as { default: new (options: object) => Ajv }).default;
  const addFormats = (itsDependency('ajv-formats') as { default: (ajv: Ajv) => unknown }).default;
  const jsonata = itsDependency('jsonata') as (expression: string) => unknown;
  const { registerAll } = itsDependency('asl-path-validator') as { registerAll: (ajv: Ajv) => void };
  const { isArnFormatValid } = own('checks/formats.js') as { isArnFormatValid: (arn: string) => boolean };
  const schemas = SCHEMAS.map((name) => own(`schemas/${name}.json`));
  const check = (file: string, name: string) => own(`checks/${file}.js`)[name] as Check;
  const isJsonata = (value: string) => {
    let expression = value.trim();
    expression = expression.startsWith('{%') ? expression.slice(2) : expression;
    expression = expression.endsWith('%}') ? expression.slice(0, -2) : expression;
    try {
      jsonata(expression);
      return true;
    } catch {
      return false;
    }
  };
  return {
    errorCodes: (own('types.js') as { StateMachineErrorCode: Record<string, string> }).StateMachineErrorCode,
    statesContainers: own('checks/get-states.js').getStatesContainer as Package['statesContainers'],
    structural: [
      check('missing-transition-target-errors', 'missingTransitionTargetErrors'),
      check('state-transitions-errors', 'stateTransitionsErrors'),
      check('duplicate-state-names-errors', 'duplicateStateNames'),
      check('missing-terminal-state-errors', 'missingTerminalStateErrors'),
      check('duplicate-payload-template-fields', 'mustNotHaveDuplicateFieldNamesAfterEvaluation'),
    ],
    stateChecks: own('checks/state-checks.js').stateChecks as Package['stateChecks'],
    stateCheck: own('checks/state-checks.js') as unknown as StateCheckKit,
    // json-schema-errors.js with checkPaths (the only way this module checks).
    newAjv: (checkArn) => {
      const ajv = new Ajv({ schemas, allowUnionTypes: true });
      addFormats(ajv);
      ajv.addFormat('jsonata_string', isJsonata);
      ajv.addFormat('maybe_jsonata_string', (value) => {
        const trimmed = value.trim();
        return trimmed.startsWith('{%') || trimmed.endsWith('%}') ? isJsonata(trimmed) : true;
      });
      registerAll(ajv);
      ajv.addFormat('asl_arn', checkArn ? isArnFormatValid : () => true);
      return ajv;
    },
  };
};

let loaded: Package | undefined;
const validators = new Map<boolean, AjvValidate>();

/** The state machine schema's validator for `checkArn`, compiled on its first use. */
const schemaValidator = (pkg: Package, checkArn: boolean): AjvValidate => {
  let validate = validators.get(checkArn);
  if (!validate) {
    validate = pkg.newAjv(checkArn).getSchema('http://asl-validator.cloud/state-machine.json#');
    if (!validate) throw new Error('asl-validator: its state-machine schema is missing');
    validators.set(checkArn, validate);
  }
  return validate;
};

/** The schema's errors as json-schema-errors.js selects them: the deepest, oneOf over the rest, no duplicates. */
const schemaErrors = (pkg: Package, definition: Definition, checkArn: boolean): AslError[] => {
  const validate = schemaValidator(pkg, checkArn);
  if (validate(definition) || !validate.errors) return [];
  let selected: AjvError[] = [];
  let deepest = 0;
  for (const error of validate.errors) {
    const depth = error.instancePath.split('/').length;
    if (depth === deepest) selected.push(error);
    else if (depth > deepest) selected = [error];
    deepest = Math.max(deepest, depth);
  }
  const withOneOf = new Set(selected.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath));
  const errors = selected
    .filter((e) => e.keyword === 'oneOf' || !withOneOf.has(e.instancePath))
    .map((e) => ({
      'Error code': pkg.errorCodes.SchemaValidationFailed ?? 'SCHEMA_VALIDATION_FAILED',
      Message: `${e.instancePath} is invalid. ${e.message ?? ''}`,
      schemaError: { instancePath: e.instancePath, schemaPath: decodeURIComponent(e.schemaPath) },
    }));
  return errors.filter(
    (v, i) =>
      errors.findIndex(
        (w) =>
          w.schemaError.schemaPath === v.schemaError.schemaPath &&
          w.schemaError.instancePath === v.schemaError.instancePath,
      ) === i,
  );
};

/** validator.js' checks of single states, in its order. */
const stateChecksOf = (pkg: Package): StateCheck[] => {
  const { IsMap, IsTask, IsWait, IsSucceed, IsFail, IsChoice, AtMostOne, ExactlyOne } = pkg.stateCheck;
  const code = (name: string) => pkg.errorCodes[name] ?? name;
  const atMostOne = (filter: StateCheck['filter'], props: string[], error: string, path?: string) => ({
    filter,
    checker: AtMostOne({ props, errorCode: code(error), ...(path ? { path } : {}) }),
  });
  return [
    atMostOne(IsTask, ['TimeoutSeconds', 'TimeoutSecondsPath'], 'TaskTimeoutError'),
    atMostOne(IsTask, ['HeartbeatSeconds', 'HeartbeatSecondsPath'], 'TaskHeartbeatError'),
    {
      filter: IsMap,
      checker: ExactlyOne({ props: ['ItemProcessor', 'Iterator'], errorCode: code('MapItemProcessorError') }),
    },
    atMostOne(IsMap, ['ItemSelector', 'Parameters'], 'MapItemSelectorError'),
    {
      filter: IsWait,
      checker: ExactlyOne({
        props: ['Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath'],
        errorCode: code('WaitDurationError'),
      }),
    },
    {
      filter: (entry) => !(IsSucceed(entry) || IsFail(entry) || IsChoice(entry)),
      checker: ExactlyOne({ props: ['End', 'Next'], errorCode: code('TerminalStateWithNextError') }),
    },
    atMostOne(IsMap, ['ToleratedFailureCount', 'ToleratedFailureCountPath'], 'MapToleratedFailureError'),
    atMostOne(
      IsMap,
      ['ToleratedFailurePercentage', 'ToleratedFailurePercentagePath'],
      'MapToleratedFailureError',
    ),
    atMostOne(IsMap, ['MaxConcurrency', 'MaxConcurrencyPath'], 'MapMaxConcurrencyError'),
    atMostOne(IsMap, ['Items', 'ItemsPath'], 'MapItemsError'),
    atMostOne(IsMap, ['MaxItems', 'MaxItemsPath'], 'MapItemReaderMaxItemsError', '$.ItemReader.ReaderConfig'),
    atMostOne(IsMap, ['MaxItemsPerBatch', 'MaxItemsPerBatchPath'], 'MapItemBatcherError', '$.ItemBatcher'),
    atMostOne(
      IsMap,
      ['MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'],
      'MapItemBatcherError',
      '$.ItemBatcher',
    ),
    atMostOne(IsFail, ['Cause', 'CausePath'], 'FailCauseProperty'),
    atMostOne(IsFail, ['Error', 'ErrorPath'], 'FailErrorProperty'),
  ];
};
let stateChecks: StateCheck[] | undefined;

/** asl-validator's answer for a definition (validator.js with checkPaths), `definition` left as it is. */
export const aslErrors = (definition: unknown, options: { checkArn?: boolean } = {}): AslError[] => {
  loaded ??= loadPackage();
  stateChecks ??= stateChecksOf(loaded);
  const checkArn = options.checkArn ?? true;
  const copy = structuredClone(definition) as Definition;
  // A state's query language defaults to the machine's, JSONPath unless it says otherwise.
  const defaultLanguage = copy.QueryLanguage ?? 'JSONPath';
  for (const states of loaded.statesContainers(copy)) {
    for (const state of Object.values(states)) {
      if (state && typeof state === 'object' && !(state as Record<string, unknown>).QueryLanguage)
        (state as Record<string, unknown>).QueryLanguage = defaultLanguage;
    }
  }
  const opts = { checkPaths: true, checkArn };
  const errors = schemaErrors(loaded, copy, checkArn);
  if (errors.length > 0) return errors;
  return [
    ...loaded.structural.flatMap((check) => check(copy, opts)),
    ...loaded.stateChecks(copy, opts, stateChecks),
  ];
};

/** Problems asl-validator finds in a definition (empty when valid). */
export const aslProblems = (definition: unknown, options: { checkArn?: boolean } = {}): string[] =>
  aslErrors(definition, options).map((e) => `${e.path ?? ''} ${e.message ?? JSON.stringify(e)}`.trim());
