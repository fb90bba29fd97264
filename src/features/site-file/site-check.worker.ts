/**
 * The site-file check off the main thread: parsing, deriving and resolving a large file's
 * pointers takes longer than a frame, so typing in the editor never waits for it. Texts that
 * arrive while a check runs are coalesced: only the newest is checked next.
 */
import { textOfRequest, type SiteCheckRequest } from './site-check-protocol';
import { createWireChecker } from './site-check-wire';

const check = createWireChecker();
/** The text of the last request: the next one may be an edit of it. */
let held = '';
let next: { id: number; text: string } | null = null;

function runNewest() {
  const request = next;
  next = null;
  if (request === null) return;
  // As JSON text: one string arrives faster than thousands of small objects cloned one by one.
  self.postMessage(JSON.stringify({ id: request.id, reply: check(request.text) }));
}

self.onmessage = (event: MessageEvent<SiteCheckRequest>) => {
  const request = event.data;
  // Every edit is made, checked or not: the next request's edit is of this text.
  held = textOfRequest(request, held);
  const waiting = next !== null;
  next = { id: request.id, text: held };
  // Messages already queued are delivered before this task, so the newest one wins.
  if (!waiting) setTimeout(runNewest, 0);
};
