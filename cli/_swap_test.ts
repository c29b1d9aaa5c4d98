import { deepEqual, equal, throws } from "node:assert/strict";
import { join } from "node:path";
import { replaceDir } from "./_swap.ts";

function names(dir: string): string[] {
  return [...Deno.readDirSync(dir)].map((e) => e.name).sort();
}

Deno.test("replaceDir() moves the new folder in when there is no old one", () => {
  const dir = Deno.makeTempDirSync();
  Deno.mkdirSync(join(dir, ".tmp-demo-1"));
  Deno.writeTextFileSync(join(dir, ".tmp-demo-1/x"), "new");
  replaceDir(join(dir, ".tmp-demo-1"), join(dir, "demo"));
  deepEqual(names(dir), ["demo"]);
  equal(Deno.readTextFileSync(join(dir, "demo/x")), "new");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("replaceDir() puts the old folder back when the new one cannot be moved", () => {
  const dir = Deno.makeTempDirSync();
  Deno.mkdirSync(join(dir, "demo"));
  Deno.writeTextFileSync(join(dir, "demo/x"), "old");
  throws(
    () => replaceDir(join(dir, ".tmp-missing"), join(dir, "demo")),
    Deno.errors.NotFound,
  );
  deepEqual(names(dir), ["demo"]);
  equal(Deno.readTextFileSync(join(dir, "demo/x")), "old");
  Deno.removeSync(dir, { recursive: true });
});

Deno.test("replaceDir() refuses a new folder that is not beside the target", () => {
  throws(
    () => replaceDir("/a/.tmp-x", "/b/x"),
    (e: Error) =>
      e instanceof RangeError && e.message.endsWith("got: /a/.tmp-x"),
  );
});
