/**
 * Facts about the machine and tool versions recorded with each benchmark
 * result.
 *
 * @module
 */
import { fileURLToPath } from "node:url";

/** Machine facts and versions. */
export interface MachineFacts {
  /** Logical CPUs available to this process. */
  cores: number;
  /** Total memory (MemTotal) in GiB, one decimal. */
  memory_gib: number;
  /** CPU model name from /proc/cpuinfo, or null. */
  cpu: string | null;
  /** Kernel release. */
  os: string;
  /** 1, 5 and 15-minute load averages when the run started. */
  loadavg: number[];
  /** Deno and nodejs-polars versions (DuckDB's and pandas' are per run). */
  versions: { deno: string; v8: string; nodejs_polars: string | null };
}

const DENO_JSON = fileURLToPath(new URL("../deno.json", import.meta.url));

/**
 * Reads the machine facts.
 *
 * @returns Cores, memory, CPU, OS, load and versions.
 * @example
 * ```ts
 * import { machineFacts } from "./_machine.ts";
 * import { ok } from "node:assert/strict";
 * ok((await machineFacts()).cores >= 1);
 * ```
 */
export async function machineFacts(): Promise<MachineFacts> {
  const read = async (p: string) => {
    try {
      return await Deno.readTextFile(p);
    } catch {
      return "";
    }
  };
  const meminfo = await read("/proc/meminfo");
  const kb = Number(meminfo.match(/MemTotal:\s+(\d+) kB/)?.[1] ?? NaN);
  const cpu = (await read("/proc/cpuinfo")).match(/model name\s*:\s*(.+)/)
    ?.[1]?.trim() ?? null;
  const imports = JSON.parse(await read(DENO_JSON) || "{}").imports ?? {};
  const polars = String(imports["nodejs-polars"] ?? "").match(/@([^@]+)$/)
    ?.[1] ?? null;
  return {
    cores: navigator.hardwareConcurrency,
    memory_gib: Number((kb / 2 ** 20).toFixed(1)),
    cpu,
    os: Deno.osRelease(),
    loadavg: Deno.loadavg().map((x) => Number(x.toFixed(2))),
    versions: {
      deno: Deno.version.deno,
      v8: Deno.version.v8,
      nodejs_polars: polars,
    },
  };
}
