// Draws every chart of the offline report with vega-embed (its browser build
// and vega's and vega-lite's are inlined in the page before this script).
//
// - Specs come from the JSON block #report-charts; each container
//   `<div data-chart="N">` gets spec N.
// - `ast: true`: expressions run in vega's interpreter instead of compiled
//   code, so the page needs no `unsafe-eval` in its Content-Security-Policy.
// - The loader refuses every file and URL: charts carry their data inline.
// - Only the export actions (save as SVG or PNG) are offered: no "open in
//   the Vega editor", which would send the spec to another site.
// - When every chart has settled, <html data-charts> is "drawn", or
//   "failed" when some chart could not be drawn (its container then says
//   why, and the error is logged to the console).
(() => {
  "use strict";
  const specs = JSON.parse(
    document.getElementById("report-charts").textContent,
  );
  const loader = vega.loader();
  loader.load = (uri) =>
    Promise.reject(
      new Error(
        "Load " + uri + ": the offline report reads no files or URLs; " +
          "a chart must carry its data inline",
      ),
    );
  let failed = 0;
  const embeds = [...document.querySelectorAll("[data-chart]")].map((el) => {
    const index = Number(el.getAttribute("data-chart"));
    return vegaEmbed(el, specs[index], {
      mode: "vega-lite",
      renderer: "svg",
      ast: true,
      loader,
      downloadFileName: "chart-" + (index + 1),
      actions: { export: true, source: false, compiled: false, editor: false },
    }).catch((err) => {
      failed += 1;
      el.textContent = "This chart could not be drawn: " + err.message;
      el.classList.add("chart-failed");
      console.error(err);
    });
  });
  Promise.all(embeds).then(() => {
    document.documentElement.setAttribute(
      "data-charts",
      failed === 0 ? "drawn" : "failed",
    );
  });
})();
