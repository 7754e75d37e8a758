// Precision, recall and F1 with one-to-one span matching (strict or by overlap).
import type { Span } from '../schema/record.js';
import { overlapLength } from '../util/span.js';

export interface Counts { correct: number; system: number; gold: number }
export interface Prf extends Counts { p: number; r: number; f1: number }

export function prf({ correct, system, gold }: Counts): Prf {
  const p = system === 0 ? (gold === 0 ? 1 : 0) : correct / system;
  const r = gold === 0 ? 1 : correct / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { correct, system, gold, p, r, f1 };
}

export function add(a: Counts, b: Counts): Counts {
  return { correct: a.correct + b.correct, system: a.system + b.system, gold: a.gold + b.gold };
}

export const zero = (): Counts => ({ correct: 0, system: 0, gold: 0 });

export type MatchMode = 'strict' | 'overlap' | 'half';

/** Whether a system span matches a gold span: same offsets, any overlap, or covering half the gold span. */
export function spansMatch(system: Span, gold: Span, mode: MatchMode): boolean {
  if (mode === 'strict') return system.start === gold.start && system.end === gold.end;
  const overlap = overlapLength(system, gold);
  if (mode === 'overlap') return overlap > 0;
  return overlap * 2 >= gold.end - gold.start && overlap > 0;
}

/**
 * One-to-one matching: each gold item takes the best unmatched system item (largest overlap) that matches;
 * `preferred` pairs (a claim with the same cue) are matched first.
 * Returns pairs [systemIndex, goldIndex].
 */
export function matchSpans<S extends Span, G extends Span>(system: readonly S[], gold: readonly G[], mode: MatchMode, compatible: (s: S, g: G) => boolean = () => true, preferred?: (si: number, gi: number) => boolean): Array<[number, number]> {
  const used = new Set<number>();
  const taken = new Set<number>();
  const pairs: Array<[number, number]> = [];
  // Preferred pairs are matched first, over all gold items; then the rest.
  for (const pass of preferred ? [true, false] : [false]) {
    gold.forEach((g, gi) => {
      if (taken.has(gi)) return;
      let best = -1;
      let bestOverlap = -1;
      system.forEach((s, si) => {
        if (used.has(si) || !spansMatch(s, g, mode) || !compatible(s, g) || (pass && !preferred!(si, gi))) return;
        const o = overlapLength(s, g) - (s.start === g.start && s.end === g.end ? 0 : 0.5);
        if (o > bestOverlap) { best = si; bestOverlap = o; }
      });
      if (best >= 0) { used.add(best); taken.add(gi); pairs.push([best, gi]); }
    });
  }
  return pairs;
}

export function countMatches<S extends Span, G extends Span>(system: readonly S[], gold: readonly G[], mode: MatchMode, compatible?: (s: S, g: G) => boolean): Counts {
  return { correct: matchSpans(system, gold, mode, compatible).length, system: system.length, gold: gold.length };
}
