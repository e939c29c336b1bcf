import type { CatalogProduct } from '../../catalog/createCatalog.js';
import type { SeedModifier } from '../../catalog/SandboxSeed.js';
import type { CartModifierValue } from '../../store/cartModifiers.js';
import { dateTimeExtended } from './money.js';

function limitBy(low: unknown, high: unknown, names: [string, string, string, string]): string {
  if (low !== undefined && high !== undefined) return names[0];
  if (low !== undefined) return names[1];
  if (high !== undefined) return names[2];
  return names[3];
}

/** A modifier as a `CatalogProductOption` of `productOptions` (BigCommerce's type per kind). */
export function modifierOptionView(m: SeedModifier) {
  const base = { entityId: m.entityId, displayName: m.displayName, isRequired: m.isRequired, isVariantOption: false };
  switch (m.kind) {
    case 'checkbox':
      return { __typename: 'CheckboxOption', ...base, label: m.label, checkedByDefault: m.checkedByDefault, checkedOptionValueEntityId: m.checkedValueEntityId, uncheckedOptionValueEntityId: m.uncheckedValueEntityId };
    case 'text':
      return { __typename: 'TextFieldOption', ...base, defaultValue: m.defaultValue ?? null, minLength: m.minLength ?? null, maxLength: m.maxLength ?? null };
    case 'multiLineText':
      return { __typename: 'MultiLineTextFieldOption', ...base, defaultValue: m.defaultValue ?? null, minLength: m.minLength ?? null, maxLength: m.maxLength ?? null, maxLines: m.maxLines ?? null };
    case 'number':
      return { __typename: 'NumberFieldOption', ...base, defaultValue: m.defaultValue ?? null, lowest: m.lowest ?? null, highest: m.highest ?? null, isIntegerOnly: m.isIntegerOnly, limitNumberBy: limitBy(m.lowest, m.highest, ['RANGE', 'LOWEST_VALUE', 'HIGHEST_VALUE', 'NO_LIMIT']) };
    case 'date':
      return { __typename: 'DateFieldOption', ...base, defaultValue: m.defaultValue ?? null, earliest: m.earliest ?? null, latest: m.latest ?? null, limitDateBy: limitBy(m.earliest, m.latest, ['RANGE', 'EARLIEST_DATE', 'LATEST_DATE', 'NO_LIMIT']) };
    case 'file':
      return { __typename: 'FileUploadFieldOption', ...base, maxFileSize: m.maxFileSize, fileTypes: m.fileTypes };
  }
}

/** A cart line's modifier values as `CartSelectedOption`s (after its variant's multiple choices). */
export function selectedModifierViews(product: CatalogProduct | undefined, values: readonly CartModifierValue[] | undefined) {
  return (values ?? []).map((v) => {
    const m = product?.modifiers?.find((x) => x.entityId === v.optionEntityId);
    const base = { entityId: v.optionEntityId, name: m?.displayName ?? '' };
    switch (v.kind) {
      case 'checkbox': {
        const checked = m?.kind === 'checkbox' && v.valueEntityId === m.checkedValueEntityId;
        return { __typename: 'CartSelectedCheckboxOption', ...base, value: checked ? 'Yes' : 'No', valueEntityId: v.valueEntityId };
      }
      case 'text':
        return { __typename: 'CartSelectedTextFieldOption', ...base, text: v.text };
      case 'multiLineText':
        return { __typename: 'CartSelectedMultiLineTextFieldOption', ...base, text: v.text };
      case 'number':
        return { __typename: 'CartSelectedNumberFieldOption', ...base, number: v.number };
      case 'date':
        return { __typename: 'CartSelectedDateFieldOption', ...base, date: dateTimeExtended(Date.parse(v.date)) };
    }
  });
}

/** A line's modifier values as an order's `{ name, value }` product options. */
export function orderModifierOptions(product: CatalogProduct | undefined, values: readonly CartModifierValue[] | undefined) {
  return selectedModifierViews(product, values).map((o) => ({
    name: o.name,
    value: 'text' in o ? o.text : 'number' in o ? String(o.number) : 'date' in o ? o.date.utc : o.value,
  }));
}
