/** The messages between the site-file view and its check worker. */
import type { CheckWireReply } from './site-check-wire';

/**
 * The text travels as UTF-8 in a buffer that is handed over, not copied: cloning a string of
 * megabytes costs both threads far more than encoding and decoding it.
 */
export interface SiteCheckRequest {
  readonly id: number;
  readonly utf8: Uint8Array<ArrayBuffer>;
}

/** Sent as JSON text (see the worker). */
export interface SiteCheckResponse {
  readonly id: number;
  readonly reply: CheckWireReply;
}

/** The request for `text`, with the buffer to transfer. */
export function requestFor(id: number, text: string): { request: SiteCheckRequest; transfer: Transferable[] } {
  const utf8 = new TextEncoder().encode(text);
  return { request: { id, utf8 }, transfer: [utf8.buffer] };
}

export function textOfRequest(request: SiteCheckRequest): string {
  return new TextDecoder().decode(request.utf8);
}
