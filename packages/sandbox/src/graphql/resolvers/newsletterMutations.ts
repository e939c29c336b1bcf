import type { GraphQLContext } from '../GraphQLContext.js';
import { checkEmail, checkLine } from './customerInputChecks.js';

/**
 * `Mutation.newsletter`: `subscribe` and `unsubscribe` an email address. Guests may subscribe any
 * address (as a storefront's footer form does); a customer's `isSubscribedToNewsletter` reads the
 * same list. Unsubscribing an address that is not subscribed succeeds (nothing to do).
 */
export function newsletterMutations(ctx: GraphQLContext) {
  const subscribers = ctx.store.newsletterSubscribers;
  return {
    subscribe: ({ input }: { input: { email: string; firstName?: string | null; lastName?: string | null } }) => {
      if (checkEmail(input.email, ['input', 'email'])) return { errors: [{ __typename: 'CreateSubscriberEmailInvalidError', message: 'The email address is not valid.' }] };
      if (checkLine(input.firstName, ['input', 'firstName'], 'First name', false, 100)) return { errors: [{ __typename: 'CreateSubscriberFirstNameInvalidError', message: 'The first name is not valid (at most 100 characters, no control characters).' }] };
      if (checkLine(input.lastName, ['input', 'lastName'], 'Last name', false, 100)) return { errors: [{ __typename: 'CreateSubscriberLastNameInvalidError', message: 'The last name is not valid (at most 100 characters, no control characters).' }] };
      const email = input.email.trim().toLowerCase();
      if (subscribers.has(email)) return { errors: [{ __typename: 'CreateSubscriberAlreadyExistsError', message: 'This email address is already subscribed.' }] };
      subscribers.add(email);
      return { errors: [] };
    },
    unsubscribe: ({ input }: { input: { email: string } }) => {
      if (checkEmail(input.email, ['input', 'email'])) return { errors: [{ __typename: 'RemoveSubscriberEmailInvalidError', message: 'The email address is not valid.' }] };
      subscribers.delete(input.email.trim().toLowerCase());
      return { errors: [] };
    },
  };
}
