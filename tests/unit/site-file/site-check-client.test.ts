import { afterEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../../mocks/scenarios';
import { checkSiteText } from '../../../src/domain/site-data';
import { checkedFile } from '../../../src/features/site-file/site-answer';
import { createSiteCheckClient } from '../../../src/features/site-file/site-check-client';
import { createWireChecker } from '../../../src/features/site-file/site-check-wire';
import { textOfRequest, type SiteCheckRequest } from '../../../src/features/site-file/site-check-protocol';
import { createEditLog, stringSource, type EditedText } from '../../../src/features/site-file/site-text';

const textOf = (id: string) => {
  const scenario = findScenario(id);
  if (scenario.kind !== 'site') throw new Error(`${id} is not site data`);
  return JSON.stringify(scenario.site, null, 2);
};

/** The versions of an editor's text, each edit told by the span it changed (as the editor tells it). */
function editor() {
  const log = createEditLog();
  let last: string | null = null;
  return (text: string): EditedText => {
    const before = last;
    last = text;
    if (before === null) return log.load(text);
    let from = 0;
    while (from < Math.min(before.length, text.length) && before[from] === text[from]) from++;
    let tail = 0;
    while (tail < Math.min(before.length, text.length) - from && before[before.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
    return log.edit(stringSource(text), { from, to: before.length - tail, end: text.length - tail });
  };
}

/** Stands in for the browser's worker: the same job, replies as JSON text in a later task, in order. */
class JobWorker {
  static requests: SiteCheckRequest[] = [];
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  private readonly check = createWireChecker();
  private held = '';
  postMessage(request: SiteCheckRequest) {
    JobWorker.requests.push(structuredClone(request));
    this.held = textOfRequest(request, this.held);
    const data = JSON.stringify({ id: request.id, reply: this.check(this.held) });
    setTimeout(() => this.onmessage?.({ data }), 0);
  }
  terminate() {}
}

/** A worker that fails to start. */
class BrokenWorker extends JobWorker {
  constructor() {
    super();
    setTimeout(() => this.onerror?.({ preventDefault() {} }), 0);
  }
  override postMessage() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
  JobWorker.requests = [];
});

describe('the site-file check client', () => {
  it('answers as the check on this thread does, through the worker', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('error-many');
    const file = await client.check(editor()(text));
    // A 422 answer carries no time stamp, so the two can be compared whole.
    expect(file).toEqual(checkedFile(checkSiteText(text)));
    client.dispose();
  });

  it('hands back the very answer object when an edit leaves the answer as it was', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('warnings-all');
    const version = editor();
    const first = (await client.check(version(text)))!;
    const second = (await client.check(version(`  ${text}`)))!;
    expect(first.answer?.kind).toBe('topology');
    expect(second.answer).toBe(first.answer);
    expect(second.marks).toEqual(first.marks.map((m) => ({ ...m, from: m.from + 2, to: m.to + 2 })));
    client.dispose();
  });

  it('receives a renamed depot as a patch: the new answer, its unchanged nodes the previous objects', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('warnings-all');
    const version = editor();
    const first = (await client.check(version(text)))!;
    const site = JSON.parse(text) as { depot: { name: string } };
    site.depot.name = 'Renamed depot';
    const renamed = JSON.stringify(site, null, 2);
    const second = (await client.check(version(renamed)))!;
    if (first.answer?.kind !== 'topology' || second.answer?.kind !== 'topology') throw new Error('expected topology answers');
    const stamp = second.answer.topology.generated_at;
    // A slight change: the same tree, drawn at once.
    expect(second).toEqual({ ...checkedFile(checkSiteText(renamed, { generatedAt: stamp })), slight: true });
    expect(first.slight).toBeUndefined();
    const before = first.answer.topology.nodes;
    const after = second.answer.topology.nodes;
    expect(second.answer.topology.name).toBe('Renamed depot');
    // The depot's name is the topology's: every node is the one drawn before.
    expect(after.every((node, i) => node === before[i])).toBe(true);
    client.dispose();
  });

  it('drops an overtaken check, yet keeps its answer for a later reply that names it', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('warnings-all');
    const version = editor();
    await client.check(version(text));
    const site = JSON.parse(text) as { depot: { name: string } };
    site.depot.name = 'Renamed depot';
    const renamed = JSON.stringify(site);
    const overtaken = client.check(version(renamed));
    const newest = client.check(version(`${renamed}\n`));
    expect(await overtaken).toBeNull();
    const file = (await newest)!;
    expect(file.answer).toEqual(checkedFile(checkSiteText(renamed, { generatedAt: (file.answer as { topology: { generated_at: string } }).topology.generated_at })).answer);
    client.dispose();
  });

  it('checks on this thread when the worker fails, or where there is none', async () => {
    const text = textOf('error-duplicate-id');
    const expected = checkedFile(checkSiteText(text));
    vi.stubGlobal('Worker', BrokenWorker);
    const broken = createSiteCheckClient();
    expect(await broken.check(editor()(text))).toEqual(expected);
    broken.dispose();

    vi.stubGlobal('Worker', undefined);
    const none = createSiteCheckClient();
    expect(await none.check(editor()(text))).toEqual(expected);
    none.dispose();
  });

  it('sends the worker the first text whole and each later one as the edit since the text before', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const version = editor();
    const text = textOf('warnings-all');
    const site = JSON.parse(text) as { depot: { name: string } };
    site.depot.name = 'Renamed depot';
    const renamed = JSON.stringify(site, null, 2);
    await client.check(version(text));
    // Overtaken checks are sent all the same: the worker holds every version in turn.
    void client.check(version(`${text} `));
    const file = await client.check(version(renamed));
    expect(JobWorker.requests.map((r) => ('text' in r ? 'whole' : 'edit'))).toEqual(['whole', 'edit', 'edit']);
    expect(JobWorker.requests.at(-1)).toMatchObject({ edit: { insert: expect.stringMatching(/^Renamed/) as unknown } });
    if (file?.answer?.kind !== 'topology') throw new Error('expected a topology');
    expect(file).toEqual({ ...checkedFile(checkSiteText(renamed, { generatedAt: file.answer.topology.generated_at })), slight: true });
    client.dispose();
  });
});
