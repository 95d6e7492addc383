/** The document client's (un)marshalling by key nodes (lib-dynamodb's dist-es/commands/utils.js, untyped there). */
declare module '@aws-sdk/lib-dynamodb/dist-es/commands/utils.js' {
  export const marshallInput: (input: unknown, keyNodes: unknown, options: unknown) => unknown;
  export const unmarshallOutput: (output: unknown, keyNodes: unknown, options: unknown) => unknown;
}
