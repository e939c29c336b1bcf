/**
 * What the handler's routes read of a request: a Fetch `Request` is one, and so is the view of a
 * Node request that `toNodeHandler` hands a handler of ours (`createNodeRequestView`).
 */
export interface HandlerRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Pick<Headers, 'get' | 'has'>;
  /** Absent when the adapter read the body already (it is then in the context). */
  readonly body?: ReadableStream<Uint8Array> | null;
}
