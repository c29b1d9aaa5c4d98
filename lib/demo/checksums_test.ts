import { deepEqual, equal, throws } from "node:assert/strict";
import {
  checksumText,
  diffChecksums,
  parseChecksums,
  sha256File,
} from "./checksums.ts";

Deno.test("sha256File() hashes a file's bytes", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.writeTextFile(`${dir}/abc.txt`, "abc");
    equal(
      await sha256File(`${dir}/abc.txt`),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("checksumText() writes sorted sha256sum lines", async () => {
  const dir = await Deno.makeTempDir();
  try {
    await Deno.mkdir(`${dir}/sub`);
    await Deno.writeTextFile(`${dir}/sub/b.txt`, "abc");
    await Deno.writeTextFile(`${dir}/a.txt`, "");
    equal(
      await checksumText(dir, ["sub/b.txt", "a.txt"]),
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.txt\n" +
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  sub/b.txt\n",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("diffChecksums() reports changed, missing and extra paths", () => {
  const a = "a".repeat(64), b = "b".repeat(64);
  deepEqual(diffChecksums(`${a}  x\n${a}  y\n`, `${a}  x\n${a}  y\n`), {
    changed: [],
    missing: [],
    extra: [],
  });
  deepEqual(diffChecksums(`${a}  x\n${a}  y\n`, `${b}  x\n${a}  z\n`), {
    changed: ["x"],
    missing: ["y"],
    extra: ["z"],
  });
});

Deno.test("parseChecksums() rejects a malformed line with its number", () => {
  throws(
    () => parseChecksums(`${"a".repeat(64)}  ok\nnot a checksum\n`),
    { name: "SyntaxError", message: /line 2 .*: not a checksum/ },
  );
});
