/**
 * Running one benchmark phase as a separate process and measuring its wall
 * time and peak resident memory.
 *
 * Peak RSS: with GNU time (`/usr/bin/time -v`, Debian package `time`) the
 * kernel's own `ru_maxrss` of the child; otherwise the child's
 * `/proc/<pid>/status` high-water mark `VmHWM`, sampled every 20 ms while
 * it runs (the last sample before exit; growth in the final 20 ms can be
 * missed). Wall time is measured here, from spawn to exit, so it includes
 * the runtime's start-up.
 *
 * @module
 */

/** How peak RSS was measured. */
export type RssMethod = "time -v" | "proc VmHWM sampling";

/** What a measured run gives. */
export interface Measured {
  /** Exit code of the child. */
  code: number;
  /** Seconds from spawn to exit. */
  wallS: number;
  /** Peak resident set size in MiB, or null when it could not be read. */
  peakRssMiB: number | null;
  rssMethod: RssMethod;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";

/** True when `/usr/bin/time -v` works here. */
export async function hasGnuTime(): Promise<boolean> {
  try {
    const out = await new Deno.Command(GNU_TIME, {
      args: ["-v", "true"],
      stdout: "null",
      stderr: "piped",
    }).output();
    return out.success &&
      new TextDecoder().decode(out.stderr).includes("Maximum resident");
  } catch {
    return false;
  }
}

/**
 * Runs `cmd` and measures it.
 *
 * @param cmd Program and arguments.
 * @param options `cwd`, extra `env`, and `method` (default: `time -v` when
 *   available, else /proc sampling).
 * @returns Exit code, wall seconds, peak RSS and the child's output.
 * @example
 * ```ts
 * import { measure } from "./_measure.ts";
 * import { equal, ok } from "node:assert/strict";
 * const m = await measure(["sh", "-c", "echo hi"]);
 * equal(m.stdout.trim(), "hi");
 * ok(m.wallS >= 0);
 * ```
 */
export async function measure(
  cmd: string[],
  options: { cwd?: string; env?: Record<string, string>; method?: RssMethod } =
    {},
): Promise<Measured> {
  const method = options.method ??
    (await hasGnuTime() ? "time -v" : "proc VmHWM sampling");
  let report: string | null = null;
  let argv = cmd;
  if (method === "time -v") {
    report = await Deno.makeTempFile({ prefix: "bench-time-" });
    argv = [GNU_TIME, "-v", "-o", report, ...cmd];
  }
  const t0 = performance.now();
  const child = new Deno.Command(argv[0], {
    args: argv.slice(1),
    cwd: options.cwd,
    env: options.env,
    stdin: "null",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  let sampled: number | null = null;
  let done = false;
  const sampler = method === "proc VmHWM sampling"
    ? (async () => {
      while (!done) {
        const kb = vmHwmKiB(child.pid);
        if (kb !== null) sampled = Math.max(sampled ?? 0, kb);
        await new Promise((r) => setTimeout(r, 20));
      }
    })()
    : Promise.resolve();
  const out = await child.output();
  const wallS = (performance.now() - t0) / 1000;
  done = true;
  await sampler;
  let peakKiB: number | null = sampled;
  if (report) {
    const text = await Deno.readTextFile(report);
    await Deno.remove(report);
    const m = text.match(/Maximum resident set size \(kbytes\): (\d+)/);
    peakKiB = m ? Number(m[1]) : null;
  }
  const decoder = new TextDecoder();
  return {
    code: out.code,
    wallS,
    peakRssMiB: peakKiB === null ? null : peakKiB / 1024,
    rssMethod: method,
    stdout: decoder.decode(out.stdout),
    stderr: decoder.decode(out.stderr),
  };
}

/** `VmHWM` of a live process in KiB, or null (gone, zombie, unreadable). */
function vmHwmKiB(pid: number): number | null {
  try {
    const status = Deno.readTextFileSync(`/proc/${pid}/status`);
    const m = status.match(/VmHWM:\s+(\d+) kB/);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}
