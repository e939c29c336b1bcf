/**
 * The store's account and address form fields, as `site.settings.formFields` lists them. Built-in
 * fields keep the entity ids BigCommerce gives them on every store (Catalyst relies on them:
 * core/data-transformers/form-field-transformer/utils.ts `FieldNameToFieldId`, at d4690786b:
 * 1 email … 13 postal code); the custom fields (ids from 30) show each kind a storefront must
 * render and send back in `formFields` inputs.
 */

/** One option of a checkboxes, radio-buttons or picklist field. */
export interface SeedFormFieldOption {
  entityId: number;
  label: string;
}

/** A form field definition: its GraphQL type (`__typename`) and that type's settings. */
export type SeedFormField = {
  entityId: number;
  label: string;
  isBuiltIn: boolean;
  isRequired: boolean;
  sortOrder: number;
} & (
  | { kind: 'TextFormField'; defaultText?: string; maxLength?: number }
  | { kind: 'PasswordFormField'; maxLength?: number }
  | { kind: 'MultilineTextFormField'; defaultText?: string; rows: number }
  | { kind: 'NumberFormField'; defaultNumber?: number; minNumber?: number; maxNumber?: number; maxLength?: number }
  | { kind: 'DateFormField'; defaultDate?: string; minDate?: string; maxDate?: string }
  | { kind: 'CheckboxesFormField'; options: SeedFormFieldOption[] }
  | { kind: 'RadioButtonsFormField'; options: SeedFormFieldOption[] }
  | { kind: 'PicklistFormField'; choosePrefix: string; options: SeedFormFieldOption[] }
);

const text = (entityId: number, label: string, isRequired: boolean, sortOrder: number, maxLength?: number): SeedFormField => ({
  entityId, label, isBuiltIn: true, isRequired, sortOrder, kind: 'TextFormField', ...(maxLength === undefined ? {} : { maxLength }),
});

/** The account (customer) form: built-in fields, then custom ones. */
export const customerFormFields: SeedFormField[] = [
  text(1, 'Email Address', true, 1, 255),
  { entityId: 2, label: 'Password', isBuiltIn: true, isRequired: true, sortOrder: 2, kind: 'PasswordFormField' },
  { entityId: 3, label: 'Confirm Password', isBuiltIn: true, isRequired: true, sortOrder: 3, kind: 'PasswordFormField' },
  text(4, 'First Name', true, 4, 100),
  text(5, 'Last Name', true, 5, 100),
  text(6, 'Company Name', false, 6, 255),
  text(7, 'Phone Number', false, 7, 50),
  { entityId: 30, label: 'Date of birth', isBuiltIn: false, isRequired: false, sortOrder: 8, kind: 'DateFormField', minDate: '1900-01-01T00:00:00Z' },
  { entityId: 31, label: 'How did you hear about us?', isBuiltIn: false, isRequired: false, sortOrder: 9, kind: 'PicklistFormField', choosePrefix: 'Choose one',
    options: [{ entityId: 1, label: 'A friend' }, { entityId: 2, label: 'Search engine' }, { entityId: 3, label: 'Social media' }] },
];

/** The address form (the same fields for shipping and billing addresses). */
export const addressFormFields: SeedFormField[] = [
  text(4, 'First Name', true, 1, 100),
  text(5, 'Last Name', true, 2, 100),
  text(6, 'Company Name', false, 3, 255),
  text(7, 'Phone Number', false, 4, 50),
  text(8, 'Address Line 1', true, 5, 255),
  text(9, 'Address Line 2', false, 6, 255),
  text(10, 'Suburb/City', true, 7, 100),
  { entityId: 11, label: 'Country', isBuiltIn: true, isRequired: true, sortOrder: 8, kind: 'PicklistFormField', choosePrefix: 'Choose a Country', options: [] },
  text(12, 'State/Province', true, 9, 100),
  text(13, 'Zip/Postcode', true, 10, 30),
  { entityId: 32, label: 'Delivery instructions', isBuiltIn: false, isRequired: false, sortOrder: 11, kind: 'MultilineTextFormField', rows: 3 },
  { entityId: 33, label: 'Floor', isBuiltIn: false, isRequired: false, sortOrder: 12, kind: 'NumberFormField', minNumber: 0, maxNumber: 200 },
  { entityId: 34, label: 'Leave at', isBuiltIn: false, isRequired: false, sortOrder: 13, kind: 'CheckboxesFormField',
    options: [{ entityId: 11, label: 'Front door' }, { entityId: 12, label: 'Neighbour' }, { entityId: 13, label: 'Reception' }] },
];
