/** A JSON-LD object (schema.org), as `script:ld+json` carries it. */
export type JsonLdObject = { [key: string]: JsonLdValue };
/** A value inside a JSON-LD object. */
export type JsonLdValue = string | number | boolean | null | JsonLdObject | JsonLdValue[];

/**
 * One head element, in exactly the shapes of React Router's `MetaDescriptor` (so a `meta`
 * export can return the list as it is): `{ title }`, `{ name, content }`, `{ property, content }`,
 * `{ tagName: 'link', rel, href, hreflang? }` and `{ 'script:ld+json': object }`.
 * `toUnheadInput` and `renderHeadTags` turn the same list into Unhead's input and HTML.
 */
export type HeadDescriptor =
  | { title: string }
  | { name: string; content: string }
  | { property: string; content: string }
  | { tagName: 'link'; rel: string; href: string; hreflang?: string }
  | { 'script:ld+json': JsonLdObject };

/** Wraps a JSON-LD object as a head descriptor. */
export const jsonLdDescriptor = (data: JsonLdObject): HeadDescriptor => ({ 'script:ld+json': data });
