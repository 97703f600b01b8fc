/**
 * Read the simplest frontmatter without a YAML parser: one `key: value` per
 * line, plain or simply quoted scalars, or a flow list of them, as most notes have.
 * Anything else (escapes, block lists, nesting, comments, anchors, tags,
 * multi-line values, a repeated key) returns undefined, and the real YAML
 * parser is used. A vault index reads hundreds of notes' frontmatter, and a
 * full YAML parse is most of the cost of reading a short note.
 */
export function readSimpleYaml(source: string): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const line of source.split('\n')) {
    const text = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (text.trim() === '') continue;
    const m = /^([A-Za-z][\w-]*):(?: +(.*))?$/.exec(text);
    if (!m || !m[1]) return undefined;
    const key = m[1];
    if (key in out) return undefined;
    const raw = (m[2] ?? '').trimEnd();
    if (raw.startsWith('[')) {
      if (!raw.endsWith(']')) return undefined;
      const inner = raw.slice(1, -1).trim();
      const items = inner === '' ? [] : inner.split(',').map((item) => item.trim());
      const values: unknown[] = [];
      for (const item of items) {
        if (item === '') return undefined;
        const value = plainScalar(item);
        if (value === invalid) return undefined;
        values.push(value);
      }
      out[key] = values;
      continue;
    }
    const value = plainScalar(raw);
    if (value === invalid) return undefined;
    out[key] = value;
  }
  return out;
}

const invalid = Symbol('not a plain scalar');

/** A YAML 1.2 core-schema plain scalar, or `invalid` when it needs the real parser. */
function plainScalar(text: string): unknown {
  // A quoted string with nothing to unescape reads as its inside.
  if (/^"[^"\\]*"$/.test(text) || /^'[^']*'$/.test(text)) return text.slice(1, -1);
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  // Characters that start or change YAML syntax: leave those to the YAML parser.
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /: |\s#|[[\]{},]/.test(text) || text.endsWith(':')) return invalid;
  if (/^(?:true|True|TRUE)$/.test(text)) return true;
  if (/^(?:false|False|FALSE)$/.test(text)) return false;
  if (/^[-+]?(?:0|[1-9]\d*)$/.test(text)) return Number(text);
  if (/^[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?$/.test(text) || /^0o[0-7]+$|^0x[0-9a-fA-F]+$|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$/.test(text)) {
    return invalid; // numbers other than plain integers: let the parser decide
  }
  return text;
}
