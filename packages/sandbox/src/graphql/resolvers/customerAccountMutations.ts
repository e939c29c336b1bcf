import { randomBytes } from 'node:crypto';
import { MAX_PASSWORD_LENGTH, passwordProblem } from '../../store/passwordPolicy.js';
import type { StoreCustomer } from '../../store/Store.js';
import type { GraphQLContext } from '../GraphQLContext.js';
import { customerView } from '../views/customerView.js';
import { checkAddress, checkEmail, checkFormFields, checkLine, validationError, type AddressInput, type FormFieldsInput, type ValidationIssue } from './customerInputChecks.js';

/** How long a password reset link works. BigCommerce does not publish it; the sandbox uses one hour. */
export const PASSWORD_RESET_TTL_SECONDS = 3600;

/** The error a customer mutation answers when no customer is signed in. */
export const NOT_LOGGED_IN = { __typename: 'CustomerNotLoggedInError', message: 'No customer is signed in: send the customer access token (X-Bc-Customer-Access-Token) of the customer to change.' } as const;

interface RegisterInput {
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  company?: string | null;
  phone?: string | null;
  address?: AddressInput | null;
  formFields?: FormFieldsInput | null;
}

interface UpdateInput {
  email?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  company?: string | null;
  phone?: string | null;
  formFields?: FormFieldsInput | null;
}

/** Checks the profile lines registration and updates share; `partial`: absent fields are kept. */
function checkProfile(input: UpdateInput, partial: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const line = (key: 'firstName' | 'lastName' | 'company' | 'phone', label: string, required: boolean, max: number) => {
    if (partial && input[key] === undefined) return;
    const issue = checkLine(input[key], ['input', key], label, required, max);
    if (issue) issues.push(issue);
  };
  if (!partial || input.email != null) {
    const issue = checkEmail(input.email ?? '', ['input', 'email']);
    if (issue) issues.push(issue);
  }
  line('firstName', 'First name', true, 100);
  line('lastName', 'Last name', true, 100);
  line('company', 'Company name', false, 255);
  line('phone', 'Phone number', false, 50);
  return issues;
}

/** `registerCustomer`, `updateCustomer`, `changePassword`, `requestResetPassword`, `resetPassword`. */
export function customerAccountMutations(ctx: GraphQLContext) {
  const { store } = ctx;
  const nowSeconds = () => Math.floor(ctx.deps.clock.now() / 1000);
  return {
    registerCustomer: ({ input }: { input: RegisterInput }) => {
      const issues = checkProfile(input, false);
      const password = passwordProblem(input.password);
      if (password) issues.push(validationError(['input', 'password'], password));
      const formFields = checkFormFields(input.formFields, 'customer', ['input', 'formFields']);
      issues.push(...formFields.issues);
      const address = input.address ? checkAddress(input.address, ['input', 'address'], null) : null;
      if (address) issues.push(...address.issues);
      if (issues.length > 0) return { customer: null, errors: issues };
      if (store.customerByEmail(input.email)) {
        return { customer: null, errors: [{ __typename: 'EmailAlreadyInUseError', message: 'The email address is already in use; sign in, or reset the password of that account.' }] };
      }
      const customer: StoreCustomer = {
        entityId: store.nextCustomerId(),
        email: input.email.trim(),
        password: input.password,
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        company: input.company?.trim() ?? '',
        phone: input.phone?.trim() ?? '',
        customerGroup: null,
        addresses: [],
        formFields: formFields.values,
      };
      if (address) customer.addresses.push({ entityId: store.nextAddressId(), ...address.address });
      store.customers.set(customer.entityId, customer);
      return { customer: customerView(customer, store), errors: [] };
    },

    updateCustomer: ({ input }: { input: UpdateInput }) => {
      const customer = ctx.customer;
      if (!customer) return { customer: null, errors: [NOT_LOGGED_IN] };
      const issues = checkProfile(input, true);
      const formFields = input.formFields === undefined ? null : checkFormFields(input.formFields, 'customer', ['input', 'formFields']);
      if (formFields) issues.push(...formFields.issues);
      if (issues.length > 0) return { customer: null, errors: issues };
      if (input.email != null) {
        const owner = store.customerByEmail(input.email);
        if (owner && owner.entityId !== customer.entityId) {
          return { customer: null, errors: [{ __typename: 'EmailAlreadyInUseError', message: 'The email address is already in use by another account.' }] };
        }
        // The newsletter subscription follows the account to its new address.
        const old = customer.email.toLowerCase();
        if (store.newsletterSubscribers.delete(old)) store.newsletterSubscribers.add(input.email.trim().toLowerCase());
        customer.email = input.email.trim();
      }
      if (input.firstName != null) customer.firstName = input.firstName.trim();
      if (input.lastName != null) customer.lastName = input.lastName.trim();
      if (input.company !== undefined) customer.company = input.company?.trim() ?? '';
      if (input.phone !== undefined) customer.phone = input.phone?.trim() ?? '';
      if (formFields) customer.formFields = formFields.values;
      return { customer: customerView(customer, store), errors: [] };
    },

    changePassword: ({ input }: { input: { currentPassword: string; newPassword: string } }) => {
      const customer = ctx.customer;
      if (!customer) return { errors: [NOT_LOGGED_IN] };
      if (input.currentPassword !== customer.password) {
        return { errors: [{ __typename: 'CustomerPasswordError', message: 'The current password is not correct.' }] };
      }
      const problem = passwordProblem(input.newPassword);
      if (problem) return { errors: [validationError(['input', 'newPassword'], problem)] };
      customer.password = input.newPassword;
      // Other sessions end: whoever knew the old password is signed out; this one stays.
      store.revokeCustomerAccessTokens(customer.entityId, ctx.customerAccessToken ?? undefined);
      return { errors: [] };
    },

    requestResetPassword: ({ input }: { input: { email: string; path?: string | null } }) => {
      const emailIssue = checkEmail(input.email, ['input', 'email']);
      if (emailIssue) return { errors: [emailIssue] };
      const path = input.path ?? '/login.php?action=change_password';
      // A path on the storefront, never another origin: the link goes out in an email.
      if (!/^\/(?!\/)[^\s\\]*$/.test(path) || path.length > 500) {
        return { errors: [validationError(['input', 'path'], 'path must be a path on the storefront starting with a single "/" (e.g. "/change-password").')] };
      }
      const customer = store.customerByEmail(input.email);
      // The same answer whether or not the email has an account, so it cannot be used to find accounts.
      if (customer) {
        const token = randomBytes(24).toString('hex');
        store.passwordResets.set(token, { customerEntityId: customer.entityId, expiresAtSeconds: nowSeconds() + PASSWORD_RESET_TTL_SECONDS });
        const separator = path.includes('?') ? '&' : '?';
        store.outbox.push({
          to: customer.email,
          subject: `Reset your password at ${store.settings.storeName}`,
          link: `${ctx.deps.config.origin}${path}${separator}c=${customer.entityId}&t=${token}`,
          sentAt: new Date(ctx.deps.clock.now()).toISOString(),
        });
      }
      return { errors: [] };
    },

    resetPassword: ({ input }: { input: { customerEntityId: number; token: string; newPassword: string } }) => {
      const entry = input.token.length <= 200 ? store.passwordResets.get(input.token) : undefined;
      if (!entry || entry.customerEntityId !== input.customerEntityId || entry.expiresAtSeconds <= nowSeconds()) {
        return { errors: [validationError(['input', 'token'], 'The password reset link is invalid or has expired; request a new one.')] };
      }
      const problem = input.newPassword.length > MAX_PASSWORD_LENGTH ? `The password must be at most ${MAX_PASSWORD_LENGTH} characters long.` : passwordProblem(input.newPassword);
      if (problem) return { errors: [{ __typename: 'CustomerPasswordError', message: problem }] };
      const customer = store.customers.get(entry.customerEntityId);
      if (!customer) return { errors: [validationError(['input', 'customerEntityId'], 'The customer of this reset link no longer exists.')] };
      customer.password = input.newPassword;
      store.passwordResets.delete(input.token);
      // Every session ends: a reset is what a shopper does when someone else may know the password.
      store.revokeCustomerAccessTokens(customer.entityId);
      return { errors: [] };
    },
  };
}
