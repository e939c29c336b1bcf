import type { CatalogProduct } from '../catalog/createCatalog.js';
import type { SeedModifier } from '../catalog/SandboxSeed.js';
import { StoreError } from './StoreError.js';

/** What a shopper entered for one modifier option of a cart line. */
export type CartModifierValue = { optionEntityId: number } & (
  | { kind: 'checkbox'; valueEntityId: number }
  | { kind: 'text' | 'multiLineText'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'date'; date: string }
);

/** `CartSelectedOptionsInput` (multiple choices pick the variant; the rest are modifiers). */
export interface SelectedOptionsInput {
  multipleChoices?: Array<{ optionEntityId: number; optionValueEntityId: number }> | null;
  checkboxes?: Array<{ optionEntityId: number; optionValueEntityId: number }> | null;
  textFields?: Array<{ optionEntityId: number; text: string }> | null;
  multiLineTextFields?: Array<{ optionEntityId: number; text: string }> | null;
  numberFields?: Array<{ optionEntityId: number; number: number }> | null;
  dateFields?: Array<{ optionEntityId: number; date: string }> | null;
}

const LISTS = { checkboxes: 'checkbox', textFields: 'text', multiLineTextFields: 'multiLineText', numberFields: 'number', dateFields: 'date' } as const;

function refuse(product: CatalogProduct, modifier: SeedModifier | undefined, message: string): never {
  const what = modifier ? `option "${modifier.displayName}" (${modifier.entityId}) of product ${product.entityId}` : `product ${product.entityId}`;
  throw new StoreError('BAD_USER_INPUT', `Invalid option value: ${what}: ${message}`);
}

function checkValue(product: CatalogProduct, m: SeedModifier, entry: Record<string, unknown>): CartModifierValue {
  const optionEntityId = m.entityId;
  switch (m.kind) {
    case 'checkbox': {
      const id = entry.optionValueEntityId as number;
      if (id !== m.checkedValueEntityId && id !== m.uncheckedValueEntityId) refuse(product, m, `optionValueEntityId must be ${m.checkedValueEntityId} (checked) or ${m.uncheckedValueEntityId} (unchecked).`);
      return { optionEntityId, kind: 'checkbox', valueEntityId: id };
    }
    case 'text':
    case 'multiLineText': {
      const text = entry.text as string;
      if (m.minLength !== undefined && text.length < m.minLength) refuse(product, m, `at least ${m.minLength} characters.`);
      if (text.length > (m.maxLength ?? 1000)) refuse(product, m, `at most ${m.maxLength ?? 1000} characters.`);
      // A one-line field takes no line breaks; a multi-line one no other control characters.
      if (m.kind === 'text' ? /\p{Cc}/u.test(text) : /[^\P{Cc}\n\r\t]/u.test(text)) refuse(product, m, 'no control characters.');
      if (m.kind === 'multiLineText' && m.maxLines !== undefined && text.split(/\r\n|\r|\n/).length > m.maxLines) refuse(product, m, `at most ${m.maxLines} lines.`);
      return { optionEntityId, kind: m.kind, text };
    }
    case 'number': {
      const n = entry.number as number;
      if (!Number.isFinite(n)) refuse(product, m, 'a finite number.');
      if (m.isIntegerOnly && !Number.isInteger(n)) refuse(product, m, 'a whole number.');
      if (m.lowest !== undefined && n < m.lowest) refuse(product, m, `at least ${m.lowest}.`);
      if (m.highest !== undefined && n > m.highest) refuse(product, m, `at most ${m.highest}.`);
      return { optionEntityId, kind: 'number', number: n };
    }
    case 'date': {
      const ms = Date.parse(entry.date as string);
      if (Number.isNaN(ms)) refuse(product, m, 'an ISO 8601 date-time.');
      if (m.earliest !== undefined && ms < Date.parse(m.earliest)) refuse(product, m, `not before ${m.earliest}.`);
      if (m.latest !== undefined && ms > Date.parse(m.latest)) refuse(product, m, `not after ${m.latest}.`);
      return { optionEntityId, kind: 'date', date: new Date(ms).toISOString() };
    }
    case 'file':
      return refuse(product, m, 'file uploads cannot be sent through the GraphQL cart.');
  }
}

/**
 * Checks the modifier values of a line item against the product's modifier options, as
 * BigCommerce validates them: each names a modifier of the matching kind, once; values respect
 * the option's limits; every required modifier has a value (a checkbox counts either way).
 * Returns the values in the product's option order.
 */
export function modifierSelections(product: CatalogProduct, input: SelectedOptionsInput | null | undefined): CartModifierValue[] {
  const modifiers = product.modifiers ?? [];
  const values: CartModifierValue[] = [];
  for (const [list, kind] of Object.entries(LISTS) as Array<[keyof typeof LISTS, SeedModifier['kind']]>) {
    for (const entry of input?.[list] ?? []) {
      const modifier = modifiers.find((m) => m.entityId === entry.optionEntityId);
      if (!modifier || modifier.kind !== kind) refuse(product, undefined, `it has no ${kind} option ${entry.optionEntityId} (selectedOptions.${list}).`);
      if (values.some((v) => v.optionEntityId === modifier.entityId)) refuse(product, modifier, 'given more than once.');
      values.push(checkValue(product, modifier, entry as Record<string, unknown>));
    }
  }
  const missing = modifiers.filter((m) => m.isRequired && !values.some((v) => v.optionEntityId === m.entityId));
  if (missing.length > 0) {
    throw new StoreError('BAD_USER_INPUT', `Missing required option: product ${product.entityId} needs a value for ${missing.map((m) => `"${m.displayName}" (${m.entityId})`).join(', ')}.`);
  }
  return modifiers.flatMap((m) => values.filter((v) => v.optionEntityId === m.entityId));
}

/** Whether two lines carry the same modifier values (then they are one line). */
export function sameModifiers(a: readonly CartModifierValue[] | undefined, b: readonly CartModifierValue[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}
