/** The events of `phase-fill.ts`: caps forecast to fill at a level, soonest first. */

/** A min-heap of (level, cap, version); stale entries are skipped when popped. */
export class EventHeap {
  private readonly level: number[] = [];
  private readonly cap: number[] = [];
  private readonly version: number[] = [];

  get size(): number {
    return this.level.length;
  }

  topLevel(): number {
    return this.level[0]!;
  }

  top(): [number, number] {
    return [this.cap[0]!, this.version[0]!];
  }

  push(level: number, cap: number, version: number): void {
    let i = this.level.length;
    this.level.push(level);
    this.cap.push(cap);
    this.version.push(version);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (this.level[up]! <= level) break;
      this.move(up, i);
      i = up;
    }
    this.set(i, level, cap, version);
  }

  pop(): void {
    const last = this.level.length - 1;
    const level = this.level[last]!;
    const cap = this.cap[last]!;
    const version = this.version[last]!;
    this.level.pop();
    this.cap.pop();
    this.version.pop();
    if (last === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && this.level[child + 1]! < this.level[child]!) child++;
      if (this.level[child]! >= level) break;
      this.move(child, i);
      i = child;
    }
    this.set(i, level, cap, version);
  }

  private move(from: number, to: number): void {
    this.set(to, this.level[from]!, this.cap[from]!, this.version[from]!);
  }

  private set(i: number, level: number, cap: number, version: number): void {
    this.level[i] = level;
    this.cap[i] = cap;
    this.version[i] = version;
  }
}
