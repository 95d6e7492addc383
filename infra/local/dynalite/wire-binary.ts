import type { WireHandler } from './sdk-handler';

/**
 * Binary attribute values of the store's answers as the SDK's deserializer gives them: bytes, not the wire's base64
 * text. The direct document client (./direct-client.ts) unmarshals answers itself; without this a binary attribute
 * read locally came back as a string (a deflated detail could not be inflated), where on AWS it is a Uint8Array.
 */

const bytesOf = (base64: string): Uint8Array => Uint8Array.from(Buffer.from(base64, 'base64'));

/** Every `{ B: '…' }` and `{ BS: […] }` node of an answer's body, decoded in place. */
export const decodeBinaries = (node: unknown): void => {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node)) {
    for (const v of node) decodeBinaries(v);
    return;
  }
  const o = node as Record<string, unknown>;
  if (typeof o.B === 'string') o.B = bytesOf(o.B);
  else if (Array.isArray(o.BS) && o.BS.every((v) => typeof v === 'string')) o.BS = o.BS.map(bytesOf);
  else for (const v of Object.values(o)) decodeBinaries(v);
};

/** `wire` with its successful answers' binary values as bytes. */
export const withBinaryBytes =
  (wire: WireHandler): WireHandler =>
  async (operation, text) => {
    const answer = await wire(operation, text);
    if (answer.status === 200) decodeBinaries(answer.body);
    return answer;
  };
