import { describe, expect, it } from 'vitest';
import {
  CompileError,
  escapeIntrinsicText,
  formatExpression,
  templateObject,
} from '../../statemachines/compile';
import { referenceToJsonPath } from '../../statemachines/references';
import { aslProblemsBatch } from '../support/asl-batch';

const pathOf = referenceToJsonPath;

/** A Pass state per template, so asl-validator checks the intrinsic syntax of each. */
const asMachine = (params: Record<string, unknown>) => ({
  StartAt: 'P',
  States: { P: { Type: 'Pass' as const, Parameters: params as never, End: true as const } },
});

describe('templates become payload templates', () => {
  it('GIVEN a whole reference WHEN templated THEN the key gets .$ and the JSONPath (any type passes through)', () => {
    expect(
      templateObject({ to: '{{trigger.lead.email}}', lead: '{{ trigger.lead }}' }, pathOf),
    ).toStrictEqual({
      'to.$': '$.trigger.lead.email',
      'lead.$': '$.trigger.lead',
    });
  });

  it('GIVEN text around references WHEN templated THEN States.Format builds the string', () => {
    expect(templateObject({ subject: 'Hi {{trigger.first}} {{trigger.last}}!' }, pathOf)).toStrictEqual({
      'subject.$': "States.Format('Hi {} {}!', $.trigger.first, $.trigger.last)",
    });
  });

  it('GIVEN literal values WHEN templated THEN they are kept as they are', () => {
    expect(
      templateObject({ n: 3, ok: true, none: null, text: 'plain $.not.a.path', list: [1, 'a'] }, pathOf),
    ).toStrictEqual({ n: 3, ok: true, none: null, text: 'plain $.not.a.path', list: [1, 'a'] });
  });

  it('GIVEN nested objects, and objects inside arrays WHEN templated THEN references inside them are templated in place', () => {
    expect(
      templateObject(
        {
          fields: { source: '{{trigger.source}}', deep: { x: 'a{{index}}' } },
          lines: [
            { description: 'Work for {{trigger.name}}', quantity: 1, unitPriceCents: '{{trigger.price}}' },
          ],
        },
        pathOf,
      ),
    ).toStrictEqual({
      fields: { 'source.$': '$.trigger.source', deep: { 'x.$': "States.Format('a{}', $.index)" } },
      lines: [
        {
          'description.$': "States.Format('Work for {}', $.trigger.name)",
          quantity: 1,
          'unitPriceCents.$': '$.trigger.price',
        },
      ],
    });
  });

  it('GIVEN an array holding references WHEN templated THEN States.Array builds it, with constants as literals', () => {
    expect(
      templateObject({ cc: ['{{trigger.a}}', 'boss@acme.com', 'Re: {{trigger.b}}', 2, true, null] }, pathOf),
    ).toStrictEqual({
      'cc.$':
        "States.Array($.trigger.a, 'boss@acme.com', States.Format('Re: {}', $.trigger.b), 2, true, null)",
    });
  });

  it('GIVEN nested arrays and constant objects beside references WHEN templated THEN they are nested States.Array and StringToJson', () => {
    expect(
      templateObject({ m: [['{{trigger.a}}', 'x'], { k: 'v' }, '{{trigger.b}}'] }, pathOf),
    ).toStrictEqual({
      'm.$':
        'States.Array(States.Array($.trigger.a, \'x\'), States.StringToJson(States.Format(\'\\{"k":"v"\\}\')), $.trigger.b)',
    });
  });

  it('GIVEN an object with references inside an array that holds references itself WHEN templated THEN a CompileError says how to fix it', () => {
    expect(() => templateObject({ m: ['{{trigger.a}}', { k: '{{trigger.b}}' }] }, pathOf)).toThrow(
      CompileError,
    );
    expect(() => templateObject({ m: ['{{trigger.a}}', { k: '{{trigger.b}}' }] }, pathOf)).toThrow(
      /input\.m\[1\]/,
    );
  });
});

describe('escaping of literal text in States.Format', () => {
  it('GIVEN braces, quotes and backslashes WHEN escaped THEN each takes a backslash', () => {
    expect(escapeIntrinsicText("it's {x} \\ ok")).toBe("it\\'s \\{x\\} \\\\ ok");
  });

  it('GIVEN text with braces and an apostrophe around a reference WHEN formatted THEN they are escaped, and the placeholder is not', () => {
    expect(formatExpression("{{trigger.name}}'s {deal} {}", pathOf)).toBe(
      "States.Format('{}\\'s \\{deal\\} \\{\\}', $.trigger.name)",
    );
  });

  it('GIVEN a backslash in the text WHEN formatted THEN it is supplied as an argument (asl-validator refuses the escaped form)', () => {
    expect(formatExpression('C:\\dir {{trigger.f}}', pathOf)).toBe(
      "States.Format('C:{}dir {}', States.Base64Decode('XA=='), $.trigger.f)",
    );
    expect(Buffer.from('XA==', 'base64').toString()).toBe('\\');
  });

  it('GIVEN commas, parentheses, double quotes, $ and unicode in the text WHEN formatted THEN they stay literal', () => {
    expect(formatExpression('a, (b) "c" $.d – é {{trigger.x}}', pathOf)).toBe(
      'States.Format(\'a, (b) "c" $.d – é {}\', $.trigger.x)',
    );
  });

  it('GIVEN every tricky template above WHEN checked with asl-validator THEN all are valid intrinsic syntax', () => {
    const machines = [
      asMachine({ 'a.$': formatExpression("{{trigger.name}}'s {deal} {}", pathOf) }),
      asMachine({ 'a.$': formatExpression('C:\\dir {{trigger.f}}', pathOf) }),
      asMachine({ 'a.$': formatExpression('a, (b) "c" $.d – é {{trigger.x}}', pathOf) }),
      asMachine(
        templateObject({ m: [['{{trigger.a}}', 'x\\y'], { k: 'v' }, '{{trigger.b}}', "it's"] }, pathOf),
      ),
      asMachine(templateObject({ lines: [{ d: 'x {{trigger.y}}' }], n: { deep: ['{{index}}'] } }, pathOf)),
    ];
    expect(aslProblemsBatch(machines)).toStrictEqual([]);
  });
});
