import { describe, expect, it } from 'vitest';
import { ConnectionAbortSignal } from '../../src/server/handler/ConnectionAbortSignal.js';

describe('ConnectionAbortSignal', () => {
  it('calls each listener still added once, when aborted, with the reason an AbortController gives', () => {
    const signal = new ConnectionAbortSignal();
    const calls: string[] = [];
    const first = () => calls.push(`first:${signal.aborted}`);
    const removed = () => calls.push('removed');
    signal.addEventListener('abort', first);
    signal.addEventListener('abort', removed);
    signal.removeEventListener('abort', removed);
    expect(signal.aborted).toBe(false);
    expect(signal.signal).toBe(signal);
    signal.abort();
    signal.abort();
    expect(calls).toEqual(['first:true']);
    expect(signal.reason).toBeInstanceOf(DOMException);
    expect((signal.reason as DOMException).name).toBe('AbortError');
  });

  it('ignores listeners for other events and listeners added once aborted', () => {
    const signal = new ConnectionAbortSignal();
    const calls: string[] = [];
    signal.addEventListener('close', () => calls.push('close'));
    signal.abort();
    signal.addEventListener('abort', () => calls.push('late'));
    expect(calls).toEqual([]);
  });
});
