import { deepEqual, equal, notEqual, ok, rejects } from "node:assert/strict";
import { csvParseRows } from "d3";
import { join } from "node:path";
import { TWEET_COLUMNS, USER_COLUMNS } from "../io/schema.ts";
import { bundlePaths, checksumText } from "./checksums.ts";
import { CAMPAIGN_HASHTAGS } from "./_config.ts";
import { generateDemo } from "./generate_demo.ts";
import type { DemoTruth } from "./demo_truth.ts";

type Row = Record<string, string>;

/** Read a quote-all archive CSV with d3-dsv (RFC 4180) into records. */
async function readCsv(
  path: string,
): Promise<{ header: string[]; rows: Row[]; text: string }> {
  const text = await Deno.readTextFile(path);
  const parsed: string[][] = csvParseRows(text);
  const [header, ...body] = parsed;
  for (const [i, r] of body.entries()) {
    if (r.length !== header.length) {
      throw new Error(
        `${path}: record ${
          i + 1
        } has ${r.length} fields, header ${header.length}`,
      );
    }
  }
  const rows = body.map((r) =>
    Object.fromEntries(header.map((h, j) => [h, r[j]]))
  );
  return { header, rows, text };
}

/** Minutes since the epoch of a `YYYY-MM-DD HH:MM` tweet_time. */
const minuteOf = (t: string) =>
  Date.parse(t.replace(" ", "T") + ":00Z") / 60000;
/** Items of a Python-repr list of simple strings. */
const pyItems = (s: string) => [...s.matchAll(/'([^']*)'/g)].map((m) => m[1]);
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const utcWeekday = (m: number) => WEEKDAYS[(Math.floor(m / 1440) + 3) % 7];
const isOffice = (m: number) => {
  const local = m - 240;
  const day = Math.floor(local / 1440);
  const hour = Math.floor((local - day * 1440) / 60);
  return (day + 3) % 7 <= 4 && hour >= 8 && hour < 18;
};

interface Bundle {
  truth: DemoTruth;
  users: Record<string, Row[]>;
  tweets: Record<string, Row[]>;
}

async function readBundle(dir: string, truth: DemoTruth): Promise<Bundle> {
  const users: Record<string, Row[]> = {};
  const tweets: Record<string, Row[]> = {};
  for (const r of truth.releases) {
    users[r.name] = [];
    tweets[r.name] = [];
    for (const f of r.files) {
      const { header, rows, text } = await readCsv(join(dir, f.path));
      const expected = f.table === "users"
        ? [...USER_COLUMNS]
        : TWEET_COLUMNS.filter((c) =>
          r.name !== "demo_unattributed" || c !== "poll_choices"
        );
      deepEqual(header, expected, `${f.path} header`);
      equal(text.split("\n", 1)[0], expected.map((c) => `"${c}"`).join(","));
      equal(text.endsWith('"\n'), true);
      equal(text.includes("\r"), false);
      equal(rows.length, f.rows, `${f.path} rows`);
      equal(header.length, f.columns);
      (f.table === "users" ? users : tweets)[r.name].push(...rows);
    }
  }
  return { truth, users, tweets };
}

Deno.test("generateDemo() writes a byte-identical, truthful bundle", async (t) => {
  const dirA = await Deno.makeTempDir({ prefix: "demo-test-a-" });
  const dirB = await Deno.makeTempDir({ prefix: "demo-test-b-" });
  try {
    const truth = await generateDemo({ outDir: dirA });
    const b = await readBundle(dirA, truth);
    const all = Object.values(b.tweets).flat();

    await t.step("regeneration is byte-identical", async () => {
      const again = await generateDemo({ outDir: dirB });
      const paths = bundlePaths(truth);
      equal(paths.length, 8);
      equal(await checksumText(dirB, paths), await checksumText(dirA, paths));
      deepEqual(again, truth);
      deepEqual(
        JSON.parse(await Deno.readTextFile(join(dirA, "TRUTH.json"))),
        truth,
      );
    });

    await t.step("sizes are as documented", () => {
      equal(truth.seed, 20190101);
      equal(truth.synthetic, true);
      deepEqual(truth.releases.map((r) => [r.name, r.accounts]), [
        ["demo_statebacked", 300],
        ["demo_unattributed", 200],
        ["demo_organic", 1500],
      ]);
      ok(
        truth.totals.tweets >= 80000 && truth.totals.tweets <= 120000,
        String(truth.totals.tweets),
      );
      equal(all.length, truth.totals.tweets);
      equal(
        b.truth.releases[0].files.filter((f) => f.table === "tweets").length,
        2,
      );
    });

    await t.step("per-release counts in TRUTH match the rows", () => {
      for (const r of truth.releases) {
        const rows = b.tweets[r.name];
        equal(b.users[r.name].length, r.accounts);
        equal(rows.length, r.tweets);
        equal(rows.filter((x) => x.is_retweet === "true").length, r.retweets);
        equal(rows.filter((x) => x.retweet_tweetid !== "").length, r.retweets);
        equal(
          rows.filter((x) => x.in_reply_to_tweetid !== "").length,
          r.replies,
        );
        equal(
          rows.filter((x) => x.quoted_tweet_tweetid !== "").length,
          r.quotes,
        );
        const wd = Object.fromEntries(WEEKDAYS.map((d) => [d, 0]));
        for (const x of rows) wd[utcWeekday(minuteOf(x.tweet_time))]++;
        deepEqual(r.tweetsPerUtcWeekday, wd);
        const clients = new Map<string, number>();
        for (const x of rows) {
          clients.set(
            x.tweet_client_name,
            (clients.get(x.tweet_client_name) ?? 0) + 1,
          );
        }
        deepEqual(new Map(r.clients.map((c) => [c.name, c.tweets])), clients);
        equal(
          rows.filter((x) => x.tweet_text.includes("\n")).length,
          r.tweetsWithEmbeddedNewlines,
        );
        equal(rows.filter((x) => x.tweet_text === "NA").length, r.textNA);
        equal(rows.filter((x) => x.tweet_text === "null").length, r.textNull);
        equal(
          rows.filter((x) => isOffice(minuteOf(x.tweet_time))).length,
          r.tweetsInOfficeHours,
        );
        const userids = new Set(b.users[r.name].map((u) => u.userid));
        ok(rows.every((x) => userids.has(x.userid)));
      }
      ok(truth.totals.textNA > 0 && truth.totals.textNull > 0);
    });

    await t.step("archive quirks are present", () => {
      ok(all.every((x) => /^\d{19}$/.test(x.tweetid)));
      equal(new Set(all.map((x) => x.tweetid)).size, all.length);
      ok(all.every((x) => /^[A-Za-z0-9+/]{43}=$/.test(x.userid)));
      ok(all.every((x) => /^\d{4}-\d\d-\d\d \d\d:\d\d$/.test(x.tweet_time)));
      ok(all.every((x) => x.latitude === "absent" && x.longitude === "absent"));
      ok(all.every((x) => x.is_retweet === "true" || x.is_retweet === "false"));
      ok(
        all.every((x) =>
          /^\[.*\]$/s.test(x.hashtags) && /^\[.*\]$/s.test(x.user_mentions)
        ),
      );
      const rts = all.filter((x) => x.is_retweet === "true");
      ok(
        rts.every((x) =>
          x.tweet_text.startsWith("RT @") &&
          /^[A-Za-z0-9+/]{43}=$/.test(x.retweet_userid)
        ),
      );
      ok(all.some((x) => /[\u0600-\u06FF]/.test(x.tweet_text)), "Arabic text");
      ok(all.some((x) => x.tweet_text.includes('"')), "double quotes");
      ok(all.some((x) => x.tweet_text.includes(",")), "commas");
      ok(all.some((x) => /[áéíóúñ]/.test(x.tweet_text)), "accents");
      ok(
        all.some((x) => /\p{Extended_Pictographic}/u.test(x.tweet_text)),
        "emoji",
      );
      ok(all.every((x) => x.account_language === "es"));
      const users = Object.values(b.users).flat();
      ok(users.every((u) => /^\d{4}-\d\d-\d\d$/.test(u.account_creation_date)));
      // Hashed names below 5000 followers, as in hashed releases.
      ok(
        users.every((u) =>
          Number(u.follower_count) >= 5000 || u.user_screen_name === u.userid
        ),
      );
      // Official tweets retweeted by others exist in demo_organic.
      const organicIds = new Set(b.tweets.demo_organic.map((x) => x.tweetid));
      const officials = new Set(truth.organic.officials.map((o) => o.userid));
      const rtOfficial = all.filter((x) => officials.has(x.retweet_userid));
      ok(
        rtOfficial.length > 0 &&
          rtOfficial.every((x) => organicIds.has(x.retweet_tweetid)),
      );
    });

    await t.step("burst days have the counts claimed and stand out", () => {
      const perDay = new Map<string, string[]>();
      for (const u of b.users.demo_statebacked) {
        perDay.set(u.account_creation_date, [
          ...(perDay.get(u.account_creation_date) ?? []),
          u.userid,
        ]);
      }
      for (const bd of truth.statebacked.burstDays) {
        equal(bd.count, perDay.get(bd.date)?.length);
        deepEqual(bd.userids, perDay.get(bd.date)?.slice().sort());
        ok(bd.count >= 30);
      }
      const bursts = new Set(truth.statebacked.burstDays.map((d) => d.date));
      ok([...perDay].every(([d, ids]) => bursts.has(d) || ids.length <= 3));
      deepEqual(truth.statebacked.burstDays.map((d) => d.count), [64, 52, 38]);
      deepEqual(truth.unattributed.creationBatch, [
        { date: "2014-09-17", count: 184 },
        { date: "2014-09-18", count: 16 },
      ]);
    });

    await t.step("state-backed tweets fall in UTC-4 office hours", () => {
      const rows = b.tweets.demo_statebacked;
      const inOffice = rows.filter((x) =>
        isOffice(minuteOf(x.tweet_time))
      ).length;
      const oh = truth.statebacked.officeHours;
      equal(inOffice, oh.tweetsInOfficeHours);
      equal(
        Math.round((inOffice / rows.length) * 1e6) / 1e6,
        oh.shareOfAllTweets,
      );
      ok(oh.shareOfAllTweets >= oh.plantedShareOfHandMadeTweets);
      // The other populations do not keep office hours.
      ok(
        truth.releases[1].officeHoursShare < 0.4 &&
          truth.releases[2].officeHoursShare < 0.4,
      );
      const auto = rows.filter((x) =>
        x.tweet_client_name === "Patria Publisher"
      ).length;
      equal(auto, truth.statebacked.automationClients[0].tweets);
      ok(auto / rows.length > 0.5);
    });

    await t.step(
      "coordinated groups retweet together; enthusiasts do not",
      () => {
        const objectTime = new Map(
          b.tweets.demo_organic.map((x) => [x.tweetid, minuteOf(x.tweet_time)]),
        );
        const pairShareWithin1 = (rows: Row[]) => {
          const byObject = new Map<string, number[]>();
          for (const x of rows) {
            byObject.set(x.retweet_tweetid, [
              ...(byObject.get(x.retweet_tweetid) ?? []),
              minuteOf(x.tweet_time),
            ]);
          }
          let pairs = 0, close = 0;
          for (const ts of byObject.values()) {
            for (let i = 0; i < ts.length; i++) {
              for (let j = i + 1; j < ts.length; j++) {
                pairs++;
                if (Math.abs(ts[i] - ts[j]) <= 1) close++;
              }
            }
          }
          return close / pairs;
        };
        for (const g of truth.statebacked.coordinatedGroups) {
          ok(g.userids.length >= 15 && g.userids.length <= 40);
          const members = new Set(g.userids);
          const objects = new Set(g.objectTweetids);
          const rts = b.tweets.demo_statebacked.filter((x) =>
            members.has(x.userid) && objects.has(x.retweet_tweetid)
          );
          equal(rts.length, g.retweets);
          ok(g.objects >= 100, `group ${g.group} objects`);
          const byObject = new Map<string, number[]>();
          for (const x of rts) {
            byObject.set(x.retweet_tweetid, [
              ...(byObject.get(x.retweet_tweetid) ?? []),
              minuteOf(x.tweet_time),
            ]);
          }
          for (const [id, ts] of byObject) {
            ok(
              Math.max(...ts) - Math.min(...ts) <= 1,
              `group ${g.group} object ${id}`,
            );
            const lag = Math.min(...ts) - objectTime.get(id)!;
            ok(lag >= g.lagMinutes.from && lag <= g.lagMinutes.to + 1);
          }
          equal(pairShareWithin1(rts), 1);
        }
        const ent = new Set(truth.organic.enthusiasts.userids);
        equal(ent.size, 60);
        const officials = new Set(truth.organic.officials.map((o) => o.userid));
        const entRts = b.tweets.demo_organic.filter((x) =>
          ent.has(x.userid) && officials.has(x.retweet_userid)
        );
        equal(
          entRts.length,
          truth.organic.enthusiasts.retweetsOfOfficialTweets,
        );
        ok(
          pairShareWithin1(entRts) < 0.05,
          `enthusiast close pairs ${pairShareWithin1(entRts)}`,
        );
      },
    );

    await t.step("regular posters post runs at a fixed interval", () => {
      const rp = truth.statebacked.regularPosters;
      equal(rp.userids.length, 20);
      for (const id of rp.userids) {
        const ts = b.tweets.demo_statebacked.filter((x) => x.userid === id).map(
          (x) => minuteOf(x.tweet_time),
        ).sort((a, c) => a - c);
        let run = 1, best = 1;
        for (let i = 1; i < ts.length; i++) {
          run = ts[i] - ts[i - 1] === rp.intervalMinutes ? run + 1 : 1;
          best = Math.max(best, run);
        }
        ok(best >= 6, `${id} longest run ${best}`);
      }
    });

    await t.step("campaign hashtags' inorganic shares match the rows", () => {
      const lower = new Set(CAMPAIGN_HASHTAGS.map((h) => h.toLowerCase()));
      const counts = new Map<string, Record<string, number>>();
      for (const [name, rows] of Object.entries(b.tweets)) {
        for (const x of rows) {
          for (
            const h of new Set(pyItems(x.hashtags).map((s) => s.toLowerCase()))
          ) {
            if (!lower.has(h)) continue;
            const c = counts.get(h) ??
              { demo_statebacked: 0, demo_unattributed: 0, demo_organic: 0 };
            c[name]++;
            counts.set(h, c);
          }
        }
      }
      equal(truth.campaignHashtags.length, 8);
      for (const c of truth.campaignHashtags) {
        deepEqual(c.tweets, counts.get(c.tag.toLowerCase()));
        equal(
          c.inorganic,
          c.tweets.demo_statebacked + c.tweets.demo_unattributed,
        );
        equal(
          c.inorganicShare,
          Math.round((c.inorganic / c.total) * 1e6) / 1e6,
        );
        ok(
          c.tweets.demo_organic > 0 && c.inorganicShare > 0.5 &&
            c.inorganicShare < 1,
        );
      }
      // Some hashtags are typed in another case.
      ok(all.some((x) =>
        pyItems(x.hashtags).some((h) => lower.has(h) && h === h.toLowerCase())
      ));
    });

    await t.step(
      "organic posting follows a human daily and weekly rhythm",
      () => {
        const rows = b.tweets.demo_organic;
        const localHour = new Array(24).fill(0);
        for (const x of rows) {
          localHour[
            Math.floor(
              (((minuteOf(x.tweet_time) - 240) % 1440) + 1440) % 1440 / 60,
            )
          ]++;
        }
        ok(
          localHour[21] > 5 * localHour[4],
          `evening ${localHour[21]} vs night ${localHour[4]}`,
        );
        const wd = truth.releases[2].tweetsPerUtcWeekday;
        ok(wd.Sun > wd.Wed && wd.Sat > wd.Wed);
        const un = new Array(24).fill(0);
        for (
          const x of b.tweets.demo_unattributed
        ) {
          un[Math.floor((minuteOf(x.tweet_time) % 1440) / 60)]++;
        }
        ok(
          Math.max(...un) / Math.min(...un) < 1.5,
          "unattributed posts round the clock",
        );
      },
    );

    await t.step("data/demo/README.md repeats TRUTH's numbers", async () => {
      const readme = (await Deno.readTextFile(
        new URL("../../data/demo/README.md", import.meta.url),
      )).replace(/\s+/g, " ");
      const n = (x: number) =>
        x.toLocaleString("en-US");
      const has = (s: string) => ok(readme.includes(s), `README lacks: ${s}`);
      const row = (...cells: (string | number)[]) =>
        ok(
          new RegExp(
            cells.map((c) =>
              `\\| ${String(c).replace(/[.*+?^${}()|[\]\\`]/g, "\\$&")} *`
            ).join("") + "\\|",
          )
            .test(readme),
          `README lacks row: ${cells.join(" | ")}`,
        );
      has(`Seed: **${truth.seed}**`);
      has(`generator version **${truth.generatorVersion}**`);
      has(
        `**${n(truth.totals.accounts)} accounts and ${
          n(truth.totals.tweets)
        } tweets**`,
      );
      has(
        `embedded newlines (${
          n(truth.totals.tweetsWithEmbeddedNewlines)
        } tweets)`,
      );
      has(
        `${truth.totals.textNA} tweets have the text \`NA\` and ${truth.totals.textNull} the text \`null\``,
      );
      for (const r of truth.releases) {
        has(
          `${r.name}\`${r.name === "demo_organic" ? " look like" : ""}? (${
            n(r.accounts)
          } accounts, ${n(r.tweets)} tweets)`,
        );
        for (const f of r.files) row(`\`${f.path}\``, n(f.rows), f.columns);
      }
      const sb = truth.statebacked;
      const [b1, b2, b3] = sb.burstDays;
      has(
        `${b1.count} accounts created on ${b1.date}, ${b2.count} on ${b2.date} and ${b3.count} on ${b3.date}; the other ${sb.spreadAccounts}`,
      );
      has(
        `${n(sb.officeHours.tweetsInOfficeHours)} of ${
          n(truth.releases[0].tweets)
        } tweets (${sb.officeHours.shareOfAllTweets})`,
      );
      has(
        `only ${
          truth.releases[0].tweetsPerUtcWeekday.Sat
        } tweets fall on a UTC Saturday and ${
          truth.releases[0].tweetsPerUtcWeekday.Sun
        } on a Sunday`,
      );
      has(
        `${n(sb.automationClients[0].tweets)} tweets (${
          sb.automationClients[0].share
        }) come from "${sb.automationClients[0].name}"`,
      );
      for (const g of sb.coordinatedGroups) {
        row(
          g.group,
          g.userids.length,
          g.createdMostlyOn,
          g.officialScreenNames.join(", "),
          g.objects,
          g.participation,
          n(g.retweets),
        );
      }
      has(`${sb.regularPosters.userids.length} other accounts post runs`);
      has(
        `${sb.regularPosters.runs} runs, ${
          n(sb.regularPosters.tweetsInRuns)
        } tweets`,
      );
      const un = truth.unattributed;
      has(
        `${un.creationBatch[0].count} accounts created on ${
          un.creationBatch[0].date
        } and ${un.creationBatch[1].count} on ${un.creationBatch[1].date}`,
      );
      has(
        un.clients.map((c, i) =>
          `${c.name} ${n(c.tweets)}${i === 0 ? " tweets" : ""}`
        ).join(", "),
      );
      has(`${n(un.tweetsWithUrl)} tweets (${un.urlShare})`);
      has(`(${un.domains.map((d) => `${d.name} ${n(d.tweets)}`).join(", ")})`);
      has(`${n(truth.releases[1].retweets)} retweets (${un.retweetShare})`);
      has(`${truth.releases[1].officeHoursShare} fall in office hours`);
      const org = truth.organic;
      has(
        WEEKDAYS.map((d) =>
          `${d} ${
            n(
              truth.releases[2]
                .tweetsPerUtcWeekday[
                  d as keyof typeof truth.releases[2]["tweetsPerUtcWeekday"]
                ],
            )
          }`
        ).join(", "),
      );
      has(
        truth.releases[2].clients.map((c) => `${c.name} ${n(c.tweets)}`).join(
          ", ",
        ),
      );
      has(
        org.officials.map((o, i) =>
          `${o.screenName} ${n(o.tweets)}${i === 0 ? " tweets" : ""}`
        ).join(", "),
      );
      has(
        `${org.stances.progovernment} pro-government, ${org.stances.opposition} opposition`,
      );
      has(
        `${org.stances.neutral} neutral. ${org.voices.ar} accounts write mostly Arabic and ${org.voices.en} mostly English`,
      );
      const e = org.enthusiasts;
      has(`${e.userids.length} enthusiastic real supporters`);
      has(
        `${
          n(e.retweetsOfOfficialTweets)
        } retweets, delays from ${e.observedDelayMinutes.min} to ${e.observedDelayMinutes.max} minutes (median ${e.observedDelayMinutes.median})`,
      );
      for (const c of truth.campaignHashtags) {
        row(
          c.tag,
          c.daysAsHashtagOfTheDay,
          n(c.tweets.demo_statebacked),
          n(c.tweets.demo_unattributed),
          n(c.tweets.demo_organic),
          n(c.total),
          c.inorganicShare,
        );
      }
    });
  } finally {
    await Deno.remove(dirA, { recursive: true });
    await Deno.remove(dirB, { recursive: true });
  }
});

Deno.test("generateDemo() output depends on the seed and scale", async () => {
  const dirA = await Deno.makeTempDir({ prefix: "demo-test-s-" });
  const dirB = await Deno.makeTempDir({ prefix: "demo-test-t-" });
  try {
    const a = await generateDemo({ outDir: dirA, seed: 7, scale: 0.2 });
    const bb = await generateDemo({ outDir: dirB, seed: 8, scale: 0.2 });
    notEqual(
      a.statebacked.burstDays[0].userids[0],
      bb.statebacked.burstDays[0].userids[0],
    );
    equal(a.totals.accounts, 2000);
    ok(a.totals.tweets < 40000, String(a.totals.tweets));
    equal(a.scale, 0.2);
  } finally {
    await Deno.remove(dirA, { recursive: true });
    await Deno.remove(dirB, { recursive: true });
  }
});

Deno.test("generateDemo() rejects a bad seed or scale", async () => {
  await rejects(generateDemo({ outDir: "/nonexistent", seed: -1 }), {
    name: "RangeError",
    message: /seed.*: -1/,
  });
  await rejects(
    generateDemo({ outDir: "/nonexistent", seed: 1.5 }),
    RangeError,
  );
  await rejects(generateDemo({ outDir: "/nonexistent", scale: 0 }), {
    name: "RangeError",
    message: /scale.*: 0/,
  });
});
