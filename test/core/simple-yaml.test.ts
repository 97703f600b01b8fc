import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSimpleYaml } from '../../core/simple-yaml.js';

// The fast path must read exactly what the YAML parser reads, or step aside.
const scalar = fc.oneof(
  fc.constantFrom('Dana', 'Dana Smith', '2026-11-24', 'curious', 'none', 'monday', 'true', 'False', 'null', '~', '', '42', '-7', '0',
    '3.5', '1e3', '0x1f', "it's", '"quoted"', "'single'", 'a: b', 'x # comment', '#tag', '- item', '[a, b]', '{a: 1}', '&anchor', '*alias',
    '!tag', '|', '>', '@at', '`tick', '%pct', 'ünïcode', 'a,b', 'trailing:', 'a:b', '.inf', 'yes', 'no', 'on', 'off',
    '"a: b"', '"with \\"escape\\""', "'it''s'", '"a # b"', '"x" y', '"unclosed', "''", '""', '"a, b"'),
  fc.string({ maxLength: 12 }),
);
const key = fc.constantFrom('client', 'session', 'next-session', 'follow-up', 'if-missed', 'week-start', 'breaks', 'tags', 'aliases', 'x_1');
const line = fc.oneof(
  fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`),
  fc.tuple(key, fc.array(scalar, { maxLength: 3 })).map(([k, vs]) => `${k}: [${vs.join(', ')}]`),
  fc.constantFrom('', '  nested: 1', '- 1', 'key:', 'key:value', '  - a', '# comment'),
);

describe('the frontmatter fast path', () => {
  it('should read exactly what the YAML parser reads, or leave it to the parser', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, crlf) => {
        const source = lines.join(crlf ? '\r\n' : '\n');
        const fast = readSimpleYaml(source);
        if (fast === undefined) return;
        let real: unknown;
        try {
          real = parse(source) ?? {};
        } catch {
          throw new Error(`the fast path read YAML the parser rejects: ${JSON.stringify(source)}`);
        }
        expect(fast).toEqual(real);
      }),
      { numRuns: 3000 },
    );
  });

  it('should read the frontmatter of a usual session note', () => {
    expect(readSimpleYaml('client: Dana\nsession: 2026-11-23\nnext-session: 2026-12-07\nif-missed: curious\ntags: [coaching, business]')).toEqual({
      client: 'Dana',
      session: '2026-11-23',
      'next-session': '2026-12-07',
      'if-missed': 'curious',
      tags: ['coaching', 'business'],
    });
  });

  it('should read simply quoted values as their inside', () => {
    expect(readSimpleYaml('follow-up: "a message: on Friday"\nclient: \'Dana\'')).toEqual({ 'follow-up': 'a message: on Friday', client: 'Dana' });
  });

  it('should step aside for escapes, block lists and comments', () => {
    for (const source of ['follow-up: "a \\"message\\""', 'tags:\n  - a', 'client: Dana # my client', "client: 'it''s'"]) {
      expect(readSimpleYaml(source)).toBeUndefined();
    }
  });
});
