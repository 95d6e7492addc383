import aslValidator from 'asl-validator';

/** Problems asl-validator finds in a definition (empty when valid). The validator mutates its input: we pass a copy. */
export const aslProblems = (definition: unknown, options: { checkArn?: boolean } = {}): string[] => {
  const result = aslValidator(structuredClone(definition), {
    checkPaths: true,
    checkArn: options.checkArn ?? true,
  });
  return result.isValid
    ? []
    : result.errors.map((e) => `${e.path ?? ''} ${e.message ?? JSON.stringify(e)}`.trim());
};
