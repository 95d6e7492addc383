import fc from 'fast-check';

/** JSON values over `key` names and `scalar` leaves (shallow, small), and state inputs: objects of them. */
export const jsonOver = (key: fc.Arbitrary<string>, scalar: fc.Arbitrary<unknown>) => {
  const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 3 }),
      fc.dictionary(key, tie('value'), { maxKeys: 4 }),
    ),
  })).value;
  return { json, input: fc.dictionary(key, json, { maxKeys: 5 }) };
};
