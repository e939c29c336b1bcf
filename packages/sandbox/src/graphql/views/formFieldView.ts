import { addressFormFields, customerFormFields, type SeedFormField } from '../../catalog/seedFormFields.js';
import { seedCountries } from '../../catalog/seedGeography.js';

/** `FormFieldFiltersInput`. */
export interface FormFieldFilters {
  entityIds?: number[] | null;
  isBuiltIn?: boolean | null;
  isRequired?: boolean | null;
}

/** One `FormField` as GraphQL shows it (its `__typename` picks the concrete type). */
function formFieldView(field: SeedFormField) {
  const { kind, ...rest } = field;
  // The country picklist offers the countries the store knows.
  const options = field.entityId === 11 && kind === 'PicklistFormField' ? seedCountries.map((c) => ({ entityId: c.entityId, label: c.name })) : undefined;
  return { __typename: kind, ...rest, ...(options ? { options } : {}) };
}

/** A form's fields, filtered and sorted as `FormFields.customer(filters:, sortBy:)` asks. */
export function formFieldsView(fields: readonly SeedFormField[], filters: FormFieldFilters | null | undefined, sortBy: string | null | undefined) {
  const list = fields.filter(
    (f) =>
      (!filters?.entityIds?.length || filters.entityIds.includes(f.entityId)) &&
      (filters?.isBuiltIn == null || f.isBuiltIn === filters.isBuiltIn) &&
      (filters?.isRequired == null || f.isRequired === filters.isRequired),
  );
  const key = sortBy === 'SORT_ORDER' ? (f: SeedFormField) => f.sortOrder : (f: SeedFormField) => f.entityId;
  return [...list].sort((a, b) => key(a) - key(b)).map(formFieldView);
}

type Args = { filters?: FormFieldFilters | null; sortBy?: string | null };

/** `Settings.formFields`: the account form and the address form (shipping and billing alike). */
export function formFieldsSettingsView() {
  return {
    customer: ({ filters, sortBy }: Args) => formFieldsView(customerFormFields, filters, sortBy),
    shippingAddress: ({ filters, sortBy }: Args) => formFieldsView(addressFormFields, filters, sortBy),
    billingAddress: ({ filters, sortBy }: Args) => formFieldsView(addressFormFields, filters, sortBy),
  };
}
