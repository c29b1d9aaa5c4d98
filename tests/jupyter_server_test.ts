/**
 * `./lab jupyter --no-browser --port N` serves the notebooks with the
 * project kernel: the test starts it, lists the kernelspecs over Jupyter's
 * REST API, opens notebook 01 in the project kernel and runs its first code
 * cell over the kernel's websocket. Skips, saying why, when no Jupyter front
 * end is installed (`./lab test` installs Debian's jupyter-notebook when
 * root).
 */
import { equal, ok } from "node:assert/strict";
import { join } from "node:path";
import { PROJECT_ROOT } from "../lib/study/mod.ts";

const TOKEN = "takedown-lab-test-token";

function haveFrontEnd(): boolean {
  for (const dir of (Deno.env.get("PATH") ?? "").split(":")) {
    for (const app of ["jupyter-notebook", "jupyter-lab"]) {
      try {
        if (Deno.statSync(join(dir, app)).isFile) return true;
      } catch {
        // Not here.
      }
    }
  }
  console.log(
    "tests/jupyter_server_test.ts: skipped: no jupyter-notebook or jupyter-lab " +
      "on PATH (Debian/Ubuntu: apt-get install jupyter-notebook)",
  );
  return false;
}

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (listener.addr as Deno.NetAddr).port;
  listener.close();
  return port;
}

async function api(
  base: string,
  path: string,
  init: RequestInit = {},
): Promise<Response> {
  return await fetch(`${base}${path}`, {
    ...init,
    headers: {
      Authorization: `token ${TOKEN}`,
      "Content-Type": "application/json",
    },
  });
}

/** Polls the server until it answers, for at most `seconds`. */
async function waitForServer(base: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const r = await api(base, "/api/status");
      await r.body?.cancel();
      if (r.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`Jupyter did not answer at ${base} within ${seconds} s`);
}

/** The first code cell of a notebook, as text. */
function firstCodeCell(notebook: string): string {
  const nb = JSON.parse(
    Deno.readTextFileSync(join(PROJECT_ROOT, "notebooks", notebook)),
  );
  const cell = nb.cells.find((c: { cell_type: string }) =>
    c.cell_type === "code"
  );
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}

/**
 * Runs `code` in a kernel over its websocket (Jupyter messaging protocol
 * 5.3); resolves with the reply status and the printed text.
 */
function execute(
  url: string,
  code: string,
): Promise<{ status: string; text: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const msgId = crypto.randomUUID();
    let text = "";
    let status = "";
    const timer = setTimeout(() => {
      ws.close();
      reject(new Error(`no execute_reply within 120 s; printed: ${text}`));
    }, 120_000);
    ws.onopen = () =>
      ws.send(JSON.stringify({
        header: {
          msg_id: msgId,
          username: "test",
          session: crypto.randomUUID(),
          msg_type: "execute_request",
          version: "5.3",
          date: new Date().toISOString(),
        },
        parent_header: {},
        metadata: {},
        content: {
          code,
          silent: false,
          store_history: false,
          user_expressions: {},
          allow_stdin: false,
          stop_on_error: true,
        },
        channel: "shell",
        buffers: [],
      }));
    ws.onmessage = (event) => {
      const msg = JSON.parse(String(event.data));
      if (msg.parent_header?.msg_id !== msgId) return;
      if (msg.msg_type === "stream") text += msg.content.text;
      if (msg.msg_type === "error") text += msg.content.evalue;
      if (msg.msg_type === "execute_reply") status = msg.content.status;
      if (
        msg.msg_type === "status" && msg.content.execution_state === "idle" &&
        status
      ) {
        clearTimeout(timer);
        ws.close();
        resolve({ status, text });
      }
    };
    ws.onerror = (e) => {
      clearTimeout(timer);
      reject(new Error(`websocket error: ${(e as ErrorEvent).message}`));
    };
  });
}

Deno.test({
  name:
    "./lab jupyter --no-browser serves the notebooks with the project kernel and runs a cell",
  ignore: !haveFrontEnd(),
  sanitizeResources: false,
  sanitizeOps: false,
  fn: async () => {
    const port = freePort();
    const base = `http://127.0.0.1:${port}`;
    const out = await Deno.makeTempDir();
    const server = new Deno.Command("bash", {
      args: [
        join(PROJECT_ROOT, "lab"),
        "jupyter",
        "--out",
        out,
        "--no-browser",
        "--port",
        String(port),
        "--ip",
        "127.0.0.1",
      ],
      cwd: PROJECT_ROOT,
      env: { JUPYTER_TOKEN: TOKEN },
      stdin: "null",
      stdout: "null",
      stderr: "null",
    }).spawn();
    try {
      await waitForServer(base, 90);
      const specs = await (await api(base, "/api/kernelspecs")).json();
      ok(
        "takedown-deno" in specs.kernelspecs,
        `kernelspecs: ${Object.keys(specs.kernelspecs)}`,
      );
      equal(
        specs.kernelspecs["takedown-deno"].spec.language,
        "typescript",
      );
      const session = await (await api(base, "/api/sessions", {
        method: "POST",
        body: JSON.stringify({
          path: "01_overview.ipynb",
          type: "notebook",
          kernel: { name: "takedown-deno" },
        }),
      })).json();
      const kernelId = session.kernel.id;
      const reply = await execute(
        `ws://127.0.0.1:${port}/api/kernels/${kernelId}/channels?token=${TOKEN}`,
        firstCodeCell("01_overview.ipynb"),
      );
      equal(reply.status, "ok", reply.text);
      ok(
        reply.text.includes(
          "Sets: demo_statebacked, demo_unattributed; baseline: demo_organic",
        ),
        reply.text,
      );
      await (await api(base, `/api/sessions/${session.id}`, {
        method: "DELETE",
      })).body?.cancel();
    } finally {
      server.kill("SIGTERM");
      await server.status;
      await Deno.remove(out, { recursive: true });
    }
  },
});
