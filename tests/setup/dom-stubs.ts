/**
 * What React Flow needs from a browser that jsdom lacks: an asynchronous ResizeObserver,
 * DOMMatrixReadOnly, and non-zero element sizes. Without them nodes stay hidden and edges never
 * draw. Layout itself is tested in the real browser.
 */
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    // Asynchronous, as in browsers: React Flow measures after the first commit.
    setTimeout(() => {
      const rect = { width: 1200, height: 800, top: 0, left: 0, bottom: 800, right: 1200, x: 0, y: 0 };
      this.callback([{ target, contentRect: rect } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
    }, 0);
  }
  unobserve(): void {}
  disconnect(): void {}
}

class DOMMatrixReadOnlyStub {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.]+)\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

export function installDomStubs(): void {
  globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
  (globalThis as { DOMMatrixReadOnly?: unknown }).DOMMatrixReadOnly ??= DOMMatrixReadOnlyStub;
  Object.defineProperties(HTMLElement.prototype, {
    offsetWidth: { configurable: true, get: () => 200 },
    offsetHeight: { configurable: true, get: () => 80 },
  });
  // jsdom has no layout; React Flow and scrollIntoView callers only need these to exist.
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  const svg = SVGElement.prototype as SVGElement & { getBBox?: () => DOMRect };
  svg.getBBox ??= () => ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
  // jsdom has no 2D canvas and says so on every call; the graph's overview and minimap draw
  // nothing without a context, which is all a test without layout needs.
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
}
