/**
 * Tests on real public data in ../shared/realdata (skipped when absent).
 */
import assert from "node:assert/strict";
import pl from "nodejs-polars";
import { hasRealData, REALDATA } from "./_test_paths.ts";
import { toSafeCsv } from "./csv.ts";
import { categoryBarChart } from "./category_bar_chart.ts";
import { dailyCountsChart } from "./daily_counts_chart.ts";
import { ecdfRows } from "./ecdf_chart.ts";
import { renderPng } from "./render_png.ts";
import { saveFigure } from "./save_figure.ts";
import { tableHtml } from "./table_html.ts";
import { weekdayHourHeatmap, weekdayHourRows } from "./weekday_hour_heatmap.ts";
import { show } from "./show.ts";

const RUSSIA = "russia_201901_head/russia_201901_tweets_head407.csv";
const VENEZUELA = "venezuela_201906_1/tweets_per_userid.csv";
const COORD = "coortweet/russian_coord_tweets.csv";

function readText(file: string): pl.DataFrame {
  return pl.readCSV(REALDATA + file, { inferSchemaLength: 0 });
}

Deno.test({
  name:
    "toSafeCsv() on the Russia 2019-01 tweets: 7 cells prefixed, everything else read back unchanged",
  ignore: !hasRealData(RUSSIA),
  fn: () => {
    const df = readText(RUSSIA);
    assert.equal(df.height, 407);
    const rows = df.toRecords();
    const csv = toSafeCsv(rows, df.columns);
    const back = pl.readCSV(csv, { inferSchemaLength: 0 });
    assert.deepEqual(back.columns, df.columns);
    assert.equal(back.height, 407);
    const prefixed: Record<string, string[]> = {};
    for (const c of df.columns) {
      const orig = df.getColumn(c).toArray() as (string | null)[];
      const read = back.getColumn(c).toArray() as (string | null)[];
      orig.forEach((v, i) => {
        if (v !== null && /^[=+\-@\t\r]/.test(v)) {
          (prefixed[c] ??= []).push(v);
          assert.equal(read[i], `'${v}`);
        } else {
          assert.equal(read[i], v, `${c} row ${i + 1}`);
        }
      });
    }
    // Anonymised (hashed, base64) ids that start with "+", and one tweet
    // that starts with a dash.
    assert.deepEqual(prefixed, {
      userid: [
        "+g7kR98frX78++su131dwspvNDg8c1i6DrnQH13bdI=",
        "+SA6zQByhddiKlCktA2rf8L2XYAirih0DZ6GJAa7m7A=",
      ],
      user_display_name: [
        "+g7kR98frX78++su131dwspvNDg8c1i6DrnQH13bdI=",
        "+SA6zQByhddiKlCktA2rf8L2XYAirih0DZ6GJAa7m7A=",
      ],
      user_screen_name: [
        "+g7kR98frX78++su131dwspvNDg8c1i6DrnQH13bdI=",
        "+SA6zQByhddiKlCktA2rf8L2XYAirih0DZ6GJAa7m7A=",
      ],
      tweet_text: [
        "-Тадайма, говорит Вова, -окаэри, говорит Юлиан, вот я в родном бунгало!",
      ],
    });
  },
});

Deno.test({
  name:
    "tableHtml() on the Russia 2019-01 tweets escapes every cell: one <td> per cell and nothing else",
  ignore: !hasRealData(RUSSIA),
  fn: () => {
    const df = readText(RUSSIA);
    const html = tableHtml(df, { maxRows: 407 });
    const tags = [...html.matchAll(/<\/?([a-z]+)[^>]*>/g)].map((m) => m[1]);
    assert.deepEqual(
      new Set(tags),
      new Set(["table", "thead", "tr", "th", "tbody", "td"]),
    );
    assert.equal(tags.filter((t) => t === "td").length, 2 * 407 * 31);
  },
});

Deno.test({
  name:
    "weekdayHourHeatmap() of the Russia 2019-01 tweets holds all 407 tweets and renders reproducibly",
  ignore: !hasRealData(RUSSIA),
  fn: async () => {
    const counts = readText(RUSSIA)
      .select(
        pl.col("tweet_time").str.strptime(pl.Datetime("ms"), "%Y-%m-%d %H:%M")
          .alias("t"),
      )
      .select(
        pl.col("t").dt.weekday().alias("wd"),
        pl.col("t").dt.hour().alias("h"),
      )
      .groupBy(["wd", "h"]).len()
      .toRecords() as { wd: number; h: number; len: number }[];
    const m = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
    for (const r of counts) m[r.wd - 1][r.h] += r.len;
    const rows = weekdayHourRows(m);
    assert.equal(rows.reduce((s, r) => s + r.count, 0), 407);
    const spec = weekdayHourHeatmap({
      title: "Russia 2019-01 (first 407 tweets)",
      synthetic: false,
    });
    const a = (await show(spec, rows))!;
    const b = (await show(spec, rows))!;
    assert.equal(a, b);
    assert.deepEqual(renderPng(a), renderPng(b));
    assert.equal(
      (a.match(/aria-roledescription="rect mark"/g) ?? []).length,
      168,
    );
  },
});

Deno.test({
  name:
    "saveFigure() of Venezuela 2019-06 tweets per account: 33 bars, CSV sums to 569,455",
  ignore: !hasRealData(VENEZUELA),
  fn: async () => {
    const df = readText(VENEZUELA).withColumns(
      pl.col("n_tweets").cast(pl.Int64),
    );
    const dir = await Deno.makeTempDir();
    const out = await saveFigure(
      "venezuela_tweets_per_account",
      categoryBarChart({
        title: "Tweets per account, Venezuela 2019-06 set 1",
        synthetic: false,
        category: "userid",
        count: "n_tweets",
      }),
      df,
      { dir },
    );
    const csv = pl.readCSV(await Deno.readTextFile(out.csv), {
      inferSchemaLength: 0,
    });
    assert.equal(csv.height, 33);
    assert.equal(csv.getColumn("n_tweets").cast(pl.Int64).sum(), 569_455);
    assert.equal(csv.getColumn("userid").get(0), "568620329");
    const svg = await Deno.readTextFile(out.svg);
    assert.equal((svg.match(/aria-roledescription="bar"/g) ?? []).length, 33);
    assert.ok(svg.includes(">43,231</text>"));
    await Deno.remove(dir, { recursive: true });
  },
});

Deno.test({
  name:
    "dailyCountsChart() and ecdfRows() on CooRTweet shares: 35,125 shares, 9,509 accounts",
  ignore: !hasRealData(COORD),
  fn: async () => {
    const shares = pl.readCSV(REALDATA + COORD);
    assert.equal(shares.height, 35_125);
    const perDay = shares
      .select(
        pl.col("timestamp_share").mul(1000).cast(pl.Datetime("ms")).dt
          .strftime("%Y-%m-%d")
          .alias("day"),
      )
      .groupBy("day").len().sort("day")
      .rename({ len: "count" });
    const days = perDay.getColumn("day").toArray();
    assert.equal(days[0], "2021-01-17");
    assert.equal(days[days.length - 1], "2021-08-30");
    assert.equal(perDay.getColumn("count").sum(), 35_125);
    const svg = await show(
      dailyCountsChart({ title: "Shares per day", synthetic: false }),
      perDay,
    );
    assert.ok(svg?.includes(">Shares per day</text>"));

    const perAccount = shares.groupBy("account_id").len();
    assert.equal(perAccount.height, 9_509);
    const n = perAccount.getColumn("len").toArray() as number[];
    const steps = ecdfRows({ accounts: n });
    assert.equal(steps[steps.length - 1].ecdf, 1);
    // ECDF at 1 = share of accounts with a single share, counted in polars.
    const once = perAccount.filter(pl.col("len").eq(1)).height;
    assert.equal(steps[0].value, 1);
    assert.equal(steps[0].ecdf, once / 9_509);
  },
});
