// The drawing's random source: the generators' shared seeded random (scripts/lib/random.ts) with the few
// shapes a drawing asks for (a number in a range, a chance, a shuffle).
import { pick, seededRandom, seedFromText, type Rand } from '../random';

export class Rng {
  private readonly rand: Rand;
  /** Seeded from a text (the image's path inside content/): the same path always gives the same picture. */
  constructor(seed: string) {
    this.rand = seededRandom(seedFromText(seed));
  }
  next(): number {
    return this.rand();
  }
  range(min: number, max: number): number {
    return min + (max - min) * this.rand();
  }
  /** An integer in [min, max] (computed as the drawings were first made, so they stay the same). */
  int(min: number, max: number): number {
    return Math.floor(this.range(min, max + 1));
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  pick<T>(items: readonly T[]): T {
    return pick(this.rand, items);
  }
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.rand() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
