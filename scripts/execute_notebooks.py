#!/usr/bin/env python3
"""Run Jupyter notebooks headlessly with nbclient, one after another.

Usage:
    execute_notebooks.py --kernel NAME --save-dir DIR [--timeout SECONDS] NOTEBOOK...
    execute_notebooks.py --versions

Each notebook runs in a fresh kernel started in the notebook's own folder
(as Jupyter does), with this process's environment, so parameters reach the
notebook as environment variables (TAKEDOWN_RELEASE, TAKEDOWN_OUT, ...).

Progress goes to stderr: one line per code cell as it starts (notebook,
cell k/n, seconds since the notebook started) and one when a notebook ends.

The executed notebook is saved as DIR/<file name>, made reproducible: no
execution timings (`metadata.execution`), kernelspec set to the kernel used,
cell ids kept from the source (cells without a unique id get `cell-<index>`),
keys sorted (nbformat's writer). Execution counts are kept.

Two workarounds make the Deno kernel's outputs complete and stable
(measured here: without them about one run in three of a seven-cell
notebook lost a result or console output): after every code cell a silent marker cell waits until the cell's
late console output and displays have arrived (`collect_late_outputs`), and
each cell's outputs are put in a fixed order: console output first, then
displayed values and the result, then the error (`canonical_outputs`).

On the first failing cell: the partly executed notebook is still saved,
the notebook, cell position and the error's name, value and traceback are
printed, no further notebooks run, and the exit status is 1. Exit status 2
means a usage or environment problem (bad arguments, kernel did not start).

The project runs this with Debian's /usr/bin/python3 (see scripts/setup.sh),
from cli/reproduce.ts.
"""

import argparse
import asyncio
import json
import os
import platform
import signal
import sys
import time
from queue import Empty

KERNEL_DISPLAY = {"takedown-deno": "Takedown Lab (Deno 2.9.6)"}


async def ensure_async(value):
    """Awaits `value` when it is awaitable (async kernel clients), else returns it."""
    if hasattr(value, "__await__"):
        return await value
    return value


def versions():
    """Versions of the Python side of the executor, as a dict."""
    import jupyter_client
    import nbclient
    import nbformat

    return {
        "python": platform.python_version(),
        "nbclient": nbclient.__version__,
        "nbformat": nbformat.__version__,
        "jupyter_client": jupyter_client.__version__,
    }


def log(message):
    print(message, file=sys.stderr, flush=True)


def make_reproducible(nb, kernel):
    """Strips run-dependent metadata from an executed notebook, in place."""
    nb.metadata["kernelspec"] = {
        "name": kernel,
        "display_name": KERNEL_DISPLAY.get(kernel, kernel),
        "language": nb.metadata.get("language_info", {}).get("name", "typescript"),
    }
    for key in ("widgets", "papermill", "execution"):
        nb.metadata.pop(key, None)
    wants_ids = (nb.nbformat, nb.nbformat_minor) >= (4, 5)
    seen = set()
    for index, cell in enumerate(nb.cells):
        cell.metadata.pop("execution", None)
        if cell.cell_type == "code":
            cell.outputs = canonical_outputs(cell.outputs)
        if wants_ids:
            cell_id = cell.get("id")
            if not cell_id or cell_id in seen:
                cell_id = "cell-%d" % index
            cell["id"] = cell_id
            seen.add(cell_id)


async def wait_for_iopub(kc, limit=60.0):
    """Waits until the kernel's broadcasts (iopub) reach us.

    ZeroMQ drops what a publisher sends before the subscription is
    connected, and the Deno kernel does not announce when it is, so without
    this wait the first cells' outputs are sometimes lost. Asks for
    kernel_info until the kernel's "busy"/"idle" status for one of these
    requests arrives on iopub; from then on nothing is dropped.
    """
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        msg_id = kc.kernel_info()
        wait_until = time.monotonic() + 0.5
        while time.monotonic() < wait_until:
            try:
                msg = await ensure_async(kc.get_iopub_msg(timeout=0.1))
            except Empty:
                continue
            if msg.get("parent_header", {}).get("msg_id") == msg_id:
                return
    raise RuntimeError("no messages on the kernel's iopub channel after %d s" % limit)


# Output messages that belong in a cell.
OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error", "update_display_data", "clear_output"}

# Marks the end of a cell's console output; see collect_late_outputs.
TOKEN = "\u2063takedown-lab-end-of-cell"

# Run after every code cell, silently (no history, no execution count).
BARRIER = 'console.log("%s"); await Deno.jupyter.broadcast("takedown_lab_barrier", {});' % TOKEN


async def collect_late_outputs(client, cell, cell_index, limit=120.0):
    """Adds to `cell` the outputs the Deno kernel sends after saying it is idle.

    The Deno kernel (2.x) sends console output (through its stdio task) and
    displayed values and results (through an asynchronous op) separately
    from its busy/idle status, so some arrive after "idle", often tagged
    with the next request, and nbclient, which stops listening at "idle",
    drops them. After each code cell this runs a silent cell that prints a
    marker (queued behind the cell's console output) and broadcasts a marker
    message (queued behind its displays), and assigns every output that
    arrives before both markers and that cell's "idle" to `cell`.
    """
    kc = client.kc
    barrier = kc.execute(BARRIER, silent=True, store_history=False)
    deadline = time.monotonic() + limit
    pending = {"console marker", "broadcast marker", "idle"}
    while pending:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise RuntimeError(
                "the kernel did not answer after cell %d (waiting for: %s)"
                % (cell_index + 1, ", ".join(sorted(pending)))
            )
        try:
            msg = await ensure_async(kc.get_iopub_msg(timeout=remaining))
        except Empty:
            continue
        parent = msg.get("parent_header", {})
        kind = msg["msg_type"]
        if kind == "takedown_lab_barrier":
            pending.discard("broadcast marker")
        elif kind == "status" and parent.get("msg_id") == barrier:
            if msg["content"]["execution_state"] == "idle":
                pending.discard("idle")
        elif kind in OUTPUT_TYPES and parent.get("msg_type") == "execute_request":
            if kind == "stream" and TOKEN in msg["content"]["text"]:
                pending.discard("console marker")
                msg["content"]["text"] = msg["content"]["text"].replace(TOKEN + "\n", "")
                if not msg["content"]["text"]:
                    continue
            client.process_message(msg, cell, cell_index)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise RuntimeError("no reply to the marker cell after cell %d" % (cell_index + 1))
        try:
            reply = await ensure_async(kc.get_shell_msg(timeout=remaining))
        except Empty:
            continue
        if reply.get("parent_header", {}).get("msg_id") == barrier:
            return


def canonical_outputs(outputs):
    """A cell's outputs in an order that does not depend on timing.

    Console output (streams) and displayed values travel separately in the
    Deno kernel, so their interleaving varies between runs. Streams come
    first (in arrival order, consecutive pieces of one stream joined), then
    displayed values and the result (in arrival order), then errors.
    """
    rank = {"stream": 0, "error": 2}
    ordered = sorted(outputs, key=lambda o: rank.get(o.get("output_type"), 1))
    merged = []
    for out in ordered:
        last = merged[-1] if merged else None
        if (
            out.get("output_type") == "stream"
            and last is not None
            and last.get("output_type") == "stream"
            and last.get("name") == out.get("name")
        ):
            last["text"] = _text(last["text"]) + _text(out["text"])
        else:
            merged.append(out)
    return merged


def _text(text):
    return "".join(text) if isinstance(text, list) else text


# The client of the notebook being run, for `stop`.
RUNNING = {"client": None}


def stop(signum, _frame):
    """On Ctrl-C or SIGTERM: kills the kernel (it runs in its own session, so
    the terminal's Ctrl-C does not reach it), removes its connection file,
    and exits with status 130 without a traceback."""
    km = getattr(RUNNING["client"], "km", None)
    process = getattr(getattr(km, "provisioner", None), "process", None)
    if process is not None:
        process.kill()
    connection_file = getattr(km, "connection_file", "")
    if connection_file and os.path.exists(connection_file):
        os.remove(connection_file)
    log("interrupted (%s): kernel stopped" % signal.Signals(signum).name)
    os._exit(130)


def run_notebook(path, position, total, kernel, save_dir, timeout):
    """Executes one notebook; returns True on success, False on a cell error."""
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    name = os.path.basename(path)
    nb = nbformat.read(path, as_version=4)
    cells = len(nb.cells)
    started = time.monotonic()
    state = {"index": None}

    class ProgressClient(NotebookClient):
        async def async_start_new_kernel_client(self):
            # Replaces nbclient's signal handlers, which shut the kernel down
            # but leave the run to fail with a chain of tracebacks.
            loop = asyncio.get_event_loop()
            for sig in (signal.SIGINT, signal.SIGTERM):
                loop.add_signal_handler(sig, stop, sig, None)
            kc = await super().async_start_new_kernel_client()
            await wait_for_iopub(kc)
            return kc

        async def async_execute_cell(self, cell, cell_index, *args, **kwargs):
            state["index"] = cell_index
            if cell.cell_type == "code":
                log(
                    "[%d/%d] %s: cell %d/%d (%.1f s)"
                    % (position, total, name, cell_index + 1, cells, time.monotonic() - started)
                )
            if cell.cell_type != "code":
                return await super().async_execute_cell(cell, cell_index, *args, **kwargs)
            try:
                result = await super().async_execute_cell(cell, cell_index, *args, **kwargs)
            except CellExecutionError:
                await collect_late_outputs(self, cell, cell_index)
                raise
            await collect_late_outputs(self, cell, cell_index)
            return result

    client = ProgressClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        record_timing=False,
        allow_errors=False,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )
    RUNNING["client"] = client
    error = None
    try:
        client.execute()
    except CellExecutionError as e:
        error = (e.ename, e.evalue, e.traceback)
    except CellTimeoutError as e:
        error = ("CellTimeoutError", "cell ran longer than the cell timeout, %s s" % timeout, str(e))
    except DeadKernelError as e:
        error = ("DeadKernelError", "the kernel died while running the cell", str(e))
    make_reproducible(nb, kernel)
    os.makedirs(save_dir, exist_ok=True)
    saved = os.path.join(save_dir, name)
    nbformat.write(nb, saved)
    if error is None:
        log("[%d/%d] %s: done, %d cells in %.1f s" % (position, total, name, cells, time.monotonic() - started))
        return True
    index = state["index"]
    ename, evalue, traceback = error
    cell = nb.cells[index]
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            ename, evalue, traceback = output.ename, output.evalue, output.traceback
    source = cell.source
    log("")
    log("FAILED: %s, cell %d of %d (index %d)" % (path, index + 1, cells, index))
    log("%s: %s" % (ename, evalue))
    log("--- cell source ---")
    log(source)
    log("--- traceback ---")
    log(traceback if isinstance(traceback, str) else "\n".join(traceback))
    log("--- the notebook as executed up to the failure: notebooks/%s of this run's outputs" % name)
    return False


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kernel", help="kernelspec name (found through JUPYTER_PATH)")
    parser.add_argument("--save-dir", help="folder for the executed notebooks")
    parser.add_argument("--timeout", type=int, default=None, help="seconds per cell (default: none)")
    parser.add_argument("--versions", action="store_true", help="print tool versions as JSON and exit")
    parser.add_argument("notebooks", nargs="*")
    args = parser.parse_args(argv)
    if args.versions:
        print(json.dumps(versions(), sort_keys=True))
        return 0
    if not args.kernel or not args.save_dir or not args.notebooks:
        parser.error("--kernel, --save-dir and at least one notebook are required")
    from jupyter_client.kernelspec import NoSuchKernel

    total = len(args.notebooks)
    for position, path in enumerate(args.notebooks, start=1):
        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        try:
            ok = run_notebook(path, position, total, args.kernel, args.save_dir, args.timeout)
        except NoSuchKernel:
            log(
                "Start kernel %r: no such kernelspec (JUPYTER_PATH=%s). Run ./lab setup."
                % (args.kernel, os.environ.get("JUPYTER_PATH", ""))
            )
            return 2
        except RuntimeError as e:
            log("Run %s: the kernel failed: %s" % (path, e))
            return 2
        if not ok:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
