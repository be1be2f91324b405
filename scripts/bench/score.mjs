// Link precision, recall and F1 of a report against the generator's truth.

/** Every (a, b) sentence pair a match joins is one predicted link, as the corpus scorer counts them. */
export function linkScores(report, truth) {
  const expected = new Set(truth.map(([i, j]) => `${i}:${j}`));
  const predicted = new Set(
    report.matches.flatMap((m) => m.a.flatMap((i) => m.b.map((j) => `${i}:${j}`))),
  );
  let hits = 0;
  for (const link of predicted) if (expected.has(link)) hits++;
  const precision = predicted.size ? hits / predicted.size : 1;
  const recall = expected.size ? hits / expected.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** The truth is by sentence index, so the splitter must find exactly the generated sentences. */
export function segmentationMismatch(report, pair) {
  for (const [side, expected] of [
    ['a', pair.sentencesA],
    ['b', pair.sentencesB],
  ]) {
    const found = report[side].sentences;
    const at =
      found.length !== expected.length ? 0 : found.findIndex((s, k) => s.text !== expected[k]);
    if (found.length !== expected.length || at !== -1) {
      return `document ${side.toUpperCase()}: ${found.length} sentences found, ${expected.length} generated; first difference at ${at}: ${JSON.stringify(found[at]?.text)} vs ${JSON.stringify(expected[at])}`;
    }
  }
  return null;
}
