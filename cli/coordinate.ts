/**
 * Co-action (coordination) network of a release or a CooRTweet table.
 *
 * Usage: `deno run -A cli/coordinate.ts <release folder | tweets files… |
 * CooRTweet csv> [--mode retweet|hashtag|url|domain|text|reply]
 * [--window S] [--min-repeat K] [--weighting objects|coortweet] [--out DIR]
 * [--json]` — defaults: retweet, 60 s, 2, objects. Definitions are in
 * `lib/coord/mod.ts`; the work is `coordinateCommand` there.
 *
 * @module
 */
import { loadRelease } from "../lib/io/mod.ts";
import { coordinateCommand } from "../lib/coord/mod.ts";

if (import.meta.main) {
  const encoder = new TextEncoder();
  const code = await coordinateCommand(Deno.args, {
    loadRelease: (source) => loadRelease(source),
    stdout: (text) => Deno.stdout.writeSync(encoder.encode(text)),
    stderr: (text) => Deno.stderr.writeSync(encoder.encode(text)),
  });
  Deno.exit(code);
}
