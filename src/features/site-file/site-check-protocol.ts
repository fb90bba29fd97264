/** The messages between the site-file view and its check worker. */
import type { CheckWireReply } from './site-check-wire';

export interface SiteCheckRequest {
  readonly id: number;
  readonly text: string;
}

/** Sent as JSON text (see the worker). */
export interface SiteCheckResponse {
  readonly id: number;
  readonly reply: CheckWireReply;
}
