import { afterEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../../mocks/scenarios';
import { checkSiteText } from '../../../src/domain/site-data';
import { checkedFile } from '../../../src/features/site-file/site-answer';
import { createSiteCheckClient } from '../../../src/features/site-file/site-check-client';
import { createWireChecker } from '../../../src/features/site-file/site-check-wire';
import type { SiteCheckRequest } from '../../../src/features/site-file/site-check-protocol';

const textOf = (id: string) => {
  const scenario = findScenario(id);
  if (scenario.kind !== 'site') throw new Error(`${id} is not site data`);
  return JSON.stringify(scenario.site, null, 2);
};

/** Stands in for the browser's worker: the same job, replies as JSON text in a later task, in order. */
class JobWorker {
  onmessage: ((event: { data: string }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  private readonly check = createWireChecker();
  postMessage(request: SiteCheckRequest) {
    const data = JSON.stringify({ id: request.id, reply: this.check(request.text) });
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

afterEach(() => vi.unstubAllGlobals());

describe('the site-file check client', () => {
  it('answers as the check on this thread does, through the worker', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('error-many');
    const file = await client.check(text);
    // A 422 answer carries no time stamp, so the two can be compared whole.
    expect(file).toEqual(checkedFile(checkSiteText(text)));
    client.dispose();
  });

  it('hands back the very answer object when an edit leaves the answer as it was', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('warnings-all');
    const first = (await client.check(text))!;
    const second = (await client.check(`  ${text}`))!;
    expect(first.answer?.kind).toBe('topology');
    expect(second.answer).toBe(first.answer);
    expect(second.marks).toEqual(first.marks.map((m) => ({ ...m, from: m.from + 2, to: m.to + 2 })));
    client.dispose();
  });

  it('receives a renamed depot as a patch: the new answer, its unchanged nodes the previous objects', async () => {
    vi.stubGlobal('Worker', JobWorker);
    const client = createSiteCheckClient();
    const text = textOf('warnings-all');
    const first = (await client.check(text))!;
    const site = JSON.parse(text) as { depot: { name: string } };
    site.depot.name = 'Renamed depot';
    const renamed = JSON.stringify(site, null, 2);
    const second = (await client.check(renamed))!;
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
    await client.check(text);
    const site = JSON.parse(text) as { depot: { name: string } };
    site.depot.name = 'Renamed depot';
    const renamed = JSON.stringify(site);
    const overtaken = client.check(renamed);
    const newest = client.check(`${renamed}\n`);
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
    expect(await broken.check(text)).toEqual(expected);
    broken.dispose();

    vi.stubGlobal('Worker', undefined);
    const none = createSiteCheckClient();
    expect(await none.check(text)).toEqual(expected);
    none.dispose();
  });
});
