import type { GraphQLContext } from '../GraphQLContext.js';
import { checkEmail, checkLine, validationError, type ValidationIssue } from './customerInputChecks.js';

interface ContactUsData {
  email: string;
  comments: string;
  fullName?: string | null;
  companyName?: string | null;
  phoneNumber?: string | null;
  orderNumber?: string | null;
  rmaNumber?: string | null;
}

/**
 * `Mutation.submitContactUs`: checks the contact form and "sends" it to the store, as an email in
 * the sandbox's outbox (`GET /__sandbox/outbox?to=` the store's address, contact@{store hash}.sandbox).
 * `pageEntityId` must be a positive id; the sandbox does not check it names a contact page.
 */
export function submitContactUs(ctx: GraphQLContext) {
  return ({ input }: { input: { pageEntityId: number; data: ContactUsData } }) => {
    const { data } = input;
    const issues: ValidationIssue[] = [];
    const add = (issue: ValidationIssue | null) => issue && issues.push(issue);
    add(checkEmail(data.email, ['input', 'data', 'email']));
    if (data.comments.trim() === '') issues.push(validationError(['input', 'data', 'comments'], 'Comments are required.'));
    else if (data.comments.length > 5000) issues.push(validationError(['input', 'data', 'comments'], 'Comments must be at most 5000 characters.'));
    add(checkLine(data.fullName, ['input', 'data', 'fullName'], 'Full name', false, 255));
    add(checkLine(data.companyName, ['input', 'data', 'companyName'], 'Company name', false, 255));
    add(checkLine(data.phoneNumber, ['input', 'data', 'phoneNumber'], 'Phone number', false, 50));
    add(checkLine(data.orderNumber, ['input', 'data', 'orderNumber'], 'Order number', false, 50));
    add(checkLine(data.rmaNumber, ['input', 'data', 'rmaNumber'], 'RMA number', false, 50));
    if (!Number.isInteger(input.pageEntityId) || input.pageEntityId <= 0) issues.push(validationError(['input', 'pageEntityId'], 'pageEntityId must be the positive id of the contact page.'));
    if (issues.length > 0) return { errors: issues };
    ctx.store.outbox.push({
      to: `contact@${ctx.store.storeHash}.sandbox`,
      subject: `Contact form (page ${input.pageEntityId}) from ${data.email}`,
      link: '',
      sentAt: new Date(ctx.deps.clock.now()).toISOString(),
      body: { ...data },
    });
    return { errors: [] };
  };
}
