/** Types for generate.mjs, so TypeScript tests can import it. */
export interface GeneratedPair {
  /** The two documents: sentences in paragraphs. */
  a: string;
  b: string;
  sentencesA: string[];
  sentencesB: string[];
  /** [i, j]: sentence i of A became sentence j of B; ascending in i. */
  truth: [number, number][];
}

export declare function generatePair(options: { sentences: number; seed?: number }): GeneratedPair;
