import { addressFormFields, customerFormFields, type SeedFormField } from '../../catalog/seedFormFields.js';
import type { StoreCustomerAddress, StoreFormFieldValue } from '../../store/CustomerAccount.js';

function optionLabel(field: SeedFormField | undefined, entityId: number): string {
  return field && 'options' in field ? (field.options.find((o) => o.entityId === entityId)?.label ?? '') : '';
}

/** Custom form field values as `CustomerFormFieldValue`s (`name` is the field's label). */
export function formFieldValuesView(values: readonly StoreFormFieldValue[], form: 'customer' | 'address') {
  const definitions = form === 'customer' ? customerFormFields : addressFormFields;
  return values.map((v) => {
    const field = definitions.find((f) => f.entityId === v.fieldEntityId);
    const base = { entityId: v.fieldEntityId, name: field?.label ?? '' };
    switch (v.kind) {
      case 'text':
        return { __typename: 'TextFormFieldValue', ...base, text: v.text };
      case 'multilineText':
        return { __typename: 'MultilineTextFormFieldValue', ...base, multilineText: v.multilineText };
      case 'password':
        return { __typename: 'PasswordFormFieldValue', ...base, password: v.password };
      case 'number':
        return { __typename: 'NumberFormFieldValue', ...base, number: v.number };
      case 'date':
        return { __typename: 'DateFormFieldValue', ...base, date: { utc: v.date } };
      case 'checkboxes':
        return { __typename: 'CheckboxesFormFieldValue', ...base, valueEntityIds: v.valueEntityIds, values: v.valueEntityIds.map((id) => optionLabel(field, id)) };
      case 'multipleChoice':
        return { __typename: 'MultipleChoiceFormFieldValue', ...base, valueEntityId: v.valueEntityId, value: optionLabel(field, v.valueEntityId) };
    }
  });
}

/** The `CustomerAddress` view. */
export function customerAddressView(address: StoreCustomerAddress) {
  return { ...address, formFields: formFieldValuesView(address.formFields, 'address') };
}
