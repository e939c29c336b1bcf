import { describe, expect, it } from 'vitest';
import { documentToString } from '../src/documentToString.js';
import { StorefrontConfigError } from '../src/index.js';

const query = 'query Q { site { settings { storeName } } }';

describe('documentToString', () => {
  it('passes strings through', () => {
    expect(documentToString(query)).toBe(query);
  });

  it("reads codegen's TypedDocumentString (a String object)", () => {
    class TypedDocumentString extends String {
      constructor(private value: string) {
        super(value);
      }
      override toString() {
        return this.value;
      }
    }
    expect(documentToString(new TypedDocumentString(query))).toBe(query);
  });

  it('reads a DocumentNode from loc.source.body', () => {
    expect(documentToString({ kind: 'Document', loc: { source: { body: query } } })).toBe(query);
  });

  it('prints a DocumentNode without loc with config.print', () => {
    expect(documentToString({ kind: 'Document' }, () => 'printed')).toBe('printed');
  });

  it('explains what to do with a DocumentNode it cannot read', () => {
    expect(() => documentToString({ kind: 'Document' })).toThrow(StorefrontConfigError);
    expect(() => documentToString({ kind: 'Document' })).toThrow(/^request: .*config\.print/);
  });
});
