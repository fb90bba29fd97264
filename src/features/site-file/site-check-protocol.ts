/** The messages between the site-file view and its check worker. */
import type { CheckWireReply } from './site-check-wire';
import { applyEdit, type TextEdit } from './site-text';

/** The text to check: whole, or as an edit of the text of the request before it. */
export type SiteCheckRequest = { readonly id: number; readonly text: string } | { readonly id: number; readonly edit: TextEdit };

/** Sent as JSON text (see the worker). */
export interface SiteCheckResponse {
  readonly id: number;
  readonly reply: CheckWireReply;
}

/** The text a request stands for, given the text of the request before it. */
export function textOfRequest(request: SiteCheckRequest, before: string): string {
  return 'text' in request ? request.text : applyEdit(before, request.edit);
}
