import { Kind, type OperationDefinitionNode } from 'graphql';

/** Maps a requested locale (`fr-CA`, `DE`) onto one of the store's locales, or null. */
export function matchLocale(requested: string, locales: readonly string[]): string | null {
  const tag = requested.trim().toLowerCase();
  if (!tag || tag === '*') return null;
  const exact = locales.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const primary = tag.split('-')[0];
  return locales.find((l) => l.toLowerCase().split('-')[0] === primary) ?? null;
}

/** The best store locale for an `Accept-Language` header (q-values respected), or null. */
export function localeFromAcceptLanguage(header: string | undefined, locales: readonly string[]): string | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag, q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const r of ranked) {
    const match = matchLocale(r.tag, locales);
    if (match) return match;
  }
  return null;
}

/** The `locale` of an operation's `@shopperPreferences(locale:)` directive (literal or variable). */
export function localeFromDirective(operation: OperationDefinitionNode | null | undefined, variables: Record<string, unknown>): string | null {
  const directive = operation?.directives?.find((d) => d.name.value === 'shopperPreferences');
  const value = directive?.arguments?.find((a) => a.name.value === 'locale')?.value;
  if (!value) return null;
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === 'string' ? v : null;
  }
  return null;
}

/** The request's locale: the directive wins over `Accept-Language`; the default otherwise. */
export function requestLocale(
  operation: OperationDefinitionNode | null | undefined,
  variables: Record<string, unknown>,
  acceptLanguage: string | undefined,
  locales: readonly string[],
  defaultLocale: string,
): string {
  const directive = localeFromDirective(operation, variables);
  return (directive && matchLocale(directive, locales)) || localeFromAcceptLanguage(acceptLanguage, locales) || defaultLocale;
}
