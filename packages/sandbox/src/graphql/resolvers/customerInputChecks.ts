import { addressFormFields, customerFormFields, type SeedFormField } from '../../catalog/seedFormFields.js';
import { seedCountries } from '../../catalog/seedGeography.js';
import type { StoreCustomerAddress, StoreFormFieldValue } from '../../store/CustomerAccount.js';

/** BigCommerce's `ValidationError`: what was wrong and the input path it was wrong at. */
export interface ValidationIssue {
  __typename: 'ValidationError';
  message: string;
  path: string[];
}

/** A `ValidationError` at `path`. */
export function validationError(path: string[], message: string): ValidationIssue {
  return { __typename: 'ValidationError', message, path };
}

// One @, something on both sides, a dot in the domain; no spaces or control characters.
const EMAIL = /^[^\s@\p{Cc}]{1,64}@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]+$/u;
// Control characters have no place in a name or an address line (a newline included).
const CONTROL = /\p{Cc}/u;

/** An email problem at `path`, or null. */
export function checkEmail(email: string, path: string[]): ValidationIssue | null {
  if (email.length > 255 || !EMAIL.test(email.trim())) return validationError(path, `"${email.slice(0, 100)}" is not a valid email address.`);
  return null;
}

/** A one-line text problem (required and blank, too long, control characters), or null. */
export function checkLine(value: string | null | undefined, path: string[], label: string, required: boolean, maxLength: number): ValidationIssue | null {
  if (value == null || value.trim() === '') return required ? validationError(path, `${label} is required.`) : null;
  if (value.length > maxLength) return validationError(path, `${label} must be at most ${maxLength} characters.`);
  if (CONTROL.test(value)) return validationError(path, `${label} must not contain control characters.`);
  return null;
}

/** The address fields of `AddCustomerAddressInput` (all optional in `UpdateCustomerAddressDataInput`). */
export interface AddressInput {
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  address1?: string | null;
  address2?: string | null;
  city?: string | null;
  stateOrProvince?: string | null;
  countryCode?: string | null;
  postalCode?: string | null;
  phone?: string | null;
  formFields?: FormFieldsInput | null;
}

const ADDRESS_LINES: Array<[keyof AddressInput & keyof StoreCustomerAddress, string, boolean, number]> = [
  ['firstName', 'First name', true, 100],
  ['lastName', 'Last name', true, 100],
  ['company', 'Company name', false, 255],
  ['address1', 'Address line 1', true, 255],
  ['address2', 'Address line 2', false, 255],
  ['city', 'City', true, 100],
  ['postalCode', 'Postal code', false, 30],
  ['phone', 'Phone number', false, 50],
];

/**
 * Builds the address `input` describes (over `base` for an update) and lists what is wrong with
 * it: required lines, lengths, a country the store knows, and a state of that country when the
 * country has states (matched by name or abbreviation, stored by name).
 */
export function checkAddress(input: AddressInput, path: string[], base: StoreCustomerAddress | null): { address: Omit<StoreCustomerAddress, 'entityId'>; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const merged: Record<string, unknown> = { ...(base ?? {}) };
  for (const [key, label, required, max] of ADDRESS_LINES) {
    const value = input[key];
    if (base && value === undefined) continue;
    const issue = checkLine(value as string | null | undefined, [...path, key], label, required, max);
    if (issue) issues.push(issue);
    merged[key] = typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  }
  const countryCode = input.countryCode === undefined && base ? base.countryCode : (input.countryCode ?? '').trim().toUpperCase();
  const country = seedCountries.find((c) => c.code === countryCode);
  if (!country) issues.push(validationError([...path, 'countryCode'], `Country code "${String(input.countryCode ?? '').slice(0, 10)}" is not a country this store ships to; use one of ${seedCountries.map((c) => c.code).join(', ')} (Query.geography).`));
  merged.countryCode = countryCode;
  const stateInput = input.stateOrProvince === undefined && base ? base.stateOrProvince : input.stateOrProvince;
  let state: string | null = stateInput?.trim() || null;
  if (country && country.statesOrProvinces.length > 0) {
    const found = state ? country.statesOrProvinces.find((s) => s.name.toLowerCase() === state!.toLowerCase() || s.abbreviation.toLowerCase() === state!.toLowerCase()) : undefined;
    if (!found) issues.push(validationError([...path, 'stateOrProvince'], `State or province ${state ? `"${state.slice(0, 100)}" is not one of ${country.name}'s` : `is required for ${country.name}`}; use a name from Query.geography's statesOrProvinces.`));
    state = found?.name ?? state;
  } else if (state) {
    const issue = checkLine(state, [...path, 'stateOrProvince'], 'State or province', false, 100);
    if (issue) issues.push(issue);
  }
  merged.stateOrProvince = state;
  const formFields = input.formFields === undefined && base ? { values: base.formFields, issues: [] } : checkFormFields(input.formFields, 'address', [...path, 'formFields']);
  issues.push(...formFields.issues);
  merged.formFields = formFields.values;
  delete merged.entityId;
  return { address: merged as Omit<StoreCustomerAddress, 'entityId'>, issues };
}

/** `CustomerFormFieldsInput`. */
export interface FormFieldsInput {
  checkboxes?: Array<{ fieldEntityId: number; fieldValueEntityIds: number[] }> | null;
  dates?: Array<{ fieldEntityId: number; date: string }> | null;
  multilineTexts?: Array<{ fieldEntityId: number; multilineText: string }> | null;
  multipleChoices?: Array<{ fieldEntityId: number; fieldValueEntityId: number }> | null;
  numbers?: Array<{ fieldEntityId: number; number: number }> | null;
  passwords?: Array<{ fieldEntityId: number; password: string }> | null;
  texts?: Array<{ fieldEntityId: number; text: string }> | null;
}

const KIND_OF_LIST: Record<keyof FormFieldsInput, SeedFormField['kind'][]> = {
  checkboxes: ['CheckboxesFormField'],
  dates: ['DateFormField'],
  multilineTexts: ['MultilineTextFormField'],
  multipleChoices: ['RadioButtonsFormField', 'PicklistFormField'],
  numbers: ['NumberFormField'],
  passwords: ['PasswordFormField'],
  texts: ['TextFormField'],
};

/**
 * Checks custom form field values against the form's definitions (`Settings.formFields`): each
 * value names a custom field of its kind, once; options exist; numbers and dates are within the
 * field's bounds; texts are not too long; every required custom field has a value.
 */
export function checkFormFields(input: FormFieldsInput | null | undefined, form: 'customer' | 'address', path: string[]): { values: StoreFormFieldValue[]; issues: ValidationIssue[] } {
  const definitions = form === 'customer' ? customerFormFields : addressFormFields;
  const values: StoreFormFieldValue[] = [];
  const issues: ValidationIssue[] = [];
  for (const list of Object.keys(KIND_OF_LIST) as Array<keyof FormFieldsInput>) {
    for (const [i, entry] of (input?.[list] ?? []).entries()) {
      const at = [...path, list, String(i)];
      const field = definitions.find((f) => f.entityId === entry.fieldEntityId && !f.isBuiltIn);
      if (!field || !KIND_OF_LIST[list].includes(field.kind)) {
        issues.push(validationError([...at, 'fieldEntityId'], `Form field ${entry.fieldEntityId} is not a custom ${list} field of the ${form} form; see Settings.formFields.`));
        continue;
      }
      if (values.some((v) => v.fieldEntityId === field.entityId)) {
        issues.push(validationError([...at, 'fieldEntityId'], `Form field ${field.entityId} ("${field.label}") has more than one value.`));
        continue;
      }
      const value = checkValue(field, entry, at, issues);
      if (value) values.push(value);
    }
  }
  for (const field of definitions) {
    if (!field.isBuiltIn && field.isRequired && !values.some((v) => v.fieldEntityId === field.entityId)) {
      issues.push(validationError(path, `Form field ${field.entityId} ("${field.label}") is required.`));
    }
  }
  return { values, issues };
}

function checkValue(field: SeedFormField, entry: Record<string, unknown>, at: string[], issues: ValidationIssue[]): StoreFormFieldValue | null {
  const fail = (key: string, message: string) => {
    issues.push(validationError([...at, key], `Form field ${field.entityId} ("${field.label}"): ${message}`));
    return null;
  };
  const fieldEntityId = field.entityId;
  switch (field.kind) {
    case 'CheckboxesFormField': {
      const ids = entry.fieldValueEntityIds as number[];
      const unknown = ids.find((id) => !field.options.some((o) => o.entityId === id));
      if (unknown !== undefined) return fail('fieldValueEntityIds', `${unknown} is not one of its options.`);
      return { fieldEntityId, kind: 'checkboxes', valueEntityIds: [...new Set(ids)] };
    }
    case 'RadioButtonsFormField':
    case 'PicklistFormField': {
      const id = entry.fieldValueEntityId as number;
      if (!field.options.some((o) => o.entityId === id)) return fail('fieldValueEntityId', `${id} is not one of its options.`);
      return { fieldEntityId, kind: 'multipleChoice', valueEntityId: id };
    }
    case 'NumberFormField': {
      const n = entry.number as number;
      if (!Number.isFinite(n)) return fail('number', 'it must be a finite number.');
      if (field.minNumber !== undefined && n < field.minNumber) return fail('number', `it must be at least ${field.minNumber}.`);
      if (field.maxNumber !== undefined && n > field.maxNumber) return fail('number', `it must be at most ${field.maxNumber}.`);
      return { fieldEntityId, kind: 'number', number: n };
    }
    case 'DateFormField': {
      const date = new Date(entry.date as string);
      if (Number.isNaN(date.getTime())) return fail('date', 'it must be an ISO 8601 date-time.');
      if (field.minDate && date < new Date(field.minDate)) return fail('date', `it must not be before ${field.minDate}.`);
      if (field.maxDate && date > new Date(field.maxDate)) return fail('date', `it must not be after ${field.maxDate}.`);
      return { fieldEntityId, kind: 'date', date: date.toISOString() };
    }
    case 'MultilineTextFormField': {
      const text = entry.multilineText as string;
      if (text.length > 2000) return fail('multilineText', 'it must be at most 2000 characters.');
      return { fieldEntityId, kind: 'multilineText', multilineText: text };
    }
    case 'PasswordFormField':
    case 'TextFormField': {
      const key = field.kind === 'TextFormField' ? 'text' : 'password';
      const text = entry[key] as string;
      const max = field.maxLength ?? 255;
      if (text.length > max) return fail(key, `it must be at most ${max} characters.`);
      if (CONTROL.test(text)) return fail(key, 'it must not contain control characters.');
      return key === 'text' ? { fieldEntityId, kind: 'text', text } : { fieldEntityId, kind: 'password', password: text };
    }
  }
}
