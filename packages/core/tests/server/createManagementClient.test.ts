import { describe, expect, it } from 'vitest';
import { createManagementClient } from '../../src/server/createManagementClient.js';
import { ManagementApiError } from '../../src/server/ManagementApiError.js';
import { StorefrontHttpError } from '../../src/errors/StorefrontHttpError.js';

describe('createManagementClient', () => {
  it('validates its config at creation with clear errors', () => {
    expect(() => createManagementClient({ storeHash: 'abc123', accessToken: '' })).toThrow(/config\.accessToken/);
    expect(() => createManagementClient({ storeHash: 'abc123', accessToken: 'has space' })).toThrow(/config\.accessToken/);
    expect(() => createManagementClient({ storeHash: 'abc123', accessToken: 't', endpoint: 'https://api.example/stores' })).toThrow(/config\.endpoint must be an origin/);
    expect(() => createManagementClient({ storeHash: 'no/slash', accessToken: 't' })).toThrow(/storeHash/);
  });

  it('refuses bad arguments before anything is sent', async () => {
    const client = createManagementClient({ storeHash: 'abc123', accessToken: 't', endpoint: 'http://127.0.0.1:9' });
    await expect(client.refundOrder(0, [{ item_type: 'ORDER', item_id: 1, amount: 1 }])).rejects.toThrow(/orderId must be a positive integer/);
    await expect(client.refundOrder(1, [])).rejects.toThrow(/items must list at least one RefundItem/);
  });
});

describe('ManagementApiError.from', () => {
  const http = (body: unknown) => new StorefrontHttpError('POST x: HTTP 422', { status: 422, excerpt: '', body, correlationId: 'c' });

  it('reads the { data: [{ status, title, type, errors }] } shape', () => {
    const error = ManagementApiError.from(http({ data: [{ status: 422, title: 'JSON data is missing or invalid', type: 'https://x/errors', errors: { 'items.0': 'bad' } }] }), 'refundOrder refunds');
    expect(error).toMatchObject({ status: 422, title: 'JSON data is missing or invalid', type: 'https://x/errors', errors: { 'items.0': 'bad' }, correlationId: 'c' });
    expect(error.message).toBe('refundOrder refunds: JSON data is missing or invalid');
  });

  it('reads the { status, title, type, detail } shape', () => {
    const error = ManagementApiError.from(http({ status: 404, title: 'Not Found', type: 't', detail: 'No order 9.' }), 'refundOrder refund_quotes');
    expect(error).toMatchObject({ title: 'Not Found', detail: 'No order 9.' });
    expect(error.message).toBe('refundOrder refund_quotes: Not Found (No order 9.)');
  });

  it('falls back to the status for an unreadable body', () => {
    expect(ManagementApiError.from(http(undefined), 'api').title).toBe('HTTP 422');
  });
});
