/**
 * Stands in for asl-validator (and the Ajv it carries, ~205 KB minified) in the bundle of a function that never
 * checks ASL: the api-dry-run function runs only compiler output, with `validate: false` and aws-local-stepfunctions'
 * `noValidate` (infra/constructs/function.ts FUNCTION_BUNDLE_ALIASES). Called anyway, it fails naming itself.
 */
const aslValidatorAbsent = (): never => {
  throw new Error(
    'asl-validator is not bundled in this function: it runs only compiled definitions, unchecked',
  );
};

export default aslValidatorAbsent;
