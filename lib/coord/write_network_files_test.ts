import pl from "nodejs-polars";
import { UndirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { deepEqual, equal, ok } from "node:assert/strict";
import {
  coordinationNetwork,
  detectCommunities,
  graphToGraphml,
  networkGraph,
  nodeTable,
  readCoorTweet,
  writeNetworkFiles,
} from "./mod.ts";
import {
  COORTWEET_FIXTURE as FIXTURE,
  haveCoorTweetFixture as haveFixture,
} from "./_testing.ts";

const EDGES = pl.DataFrame({
  u: ["a", "a", "b"],
  v: ["b", "c", "c"],
  weight: pl.Series("weight", [3, 1, 2], pl.Int64),
  mean_delta_s: [1.5, 0, 20],
});

Deno.test("nodeTable() gives degree, strength and community per account", () => {
  const comms = detectCommunities(EDGES);
  deepEqual(nodeTable(EDGES, comms).toRecords(), [
    { userid: "a", degree: 2n, strength: 4n, community: 0 },
    { userid: "b", degree: 2n, strength: 5n, community: 0 },
    { userid: "c", degree: 2n, strength: 3n, community: 0 },
  ]);
});

Deno.test("graphToGraphml() escapes text, types keys and replaces forbidden characters", () => {
  const g = new UndirectedGraph();
  g.addNode('<a & "b">', {
    label: "it's",
    community: 2,
    flag: true,
    score: 0.5,
  });
  g.addNode("c\u0001", { label: "c", community: 3, flag: false, score: 1 });
  g.addEdgeWithKey("e0", '<a & "b">', "c\u0001", { weight: 2, note: null });
  const xml = graphToGraphml(g);
  ok(
    xml.startsWith(
      '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
    ),
  );
  ok(
    xml.includes(
      '<key id="n0" for="node" attr.name="community" attr.type="long"/>',
    ),
  );
  ok(
    xml.includes(
      '<key id="n1" for="node" attr.name="flag" attr.type="boolean"/>',
    ),
  );
  ok(
    xml.includes(
      '<key id="n3" for="node" attr.name="score" attr.type="double"/>',
    ),
  );
  ok(
    xml.includes(
      '<key id="e0" for="edge" attr.name="weight" attr.type="long"/>',
    ),
  );
  ok(!xml.includes('attr.name="note"'), "an all-null attribute gets no key");
  ok(xml.includes('<node id="&lt;a &amp; &quot;b&quot;&gt;">'));
  ok(xml.includes('<data key="n2">it&apos;s</data>'));
  ok(xml.includes('<node id="c\uFFFD">'));
  ok(
    xml.includes(
      '<edge id="e0" source="&lt;a &amp; &quot;b&quot;&gt;" target="c\uFFFD">',
    ),
  );
  ok(xml.includes('<graph id="G" edgedefault="undirected">'));
  ok(xml.endsWith("</graphml>\n"));
});

Deno.test("networkGraph() carries node and edge attributes", () => {
  const graph = networkGraph(EDGES);
  equal(graph.order, 3);
  equal(graph.size, 3);
  equal(graph.getEdgeAttribute("e2", "mean_delta_s"), 20);
  equal(graph.getNodeAttribute("b", "strength"), 5);
  equal(graph.getNodeAttribute("b", "degree"), 2);
});

Deno.test("writeNetworkFiles() writes six files that are byte-identical on rewrite", async () => {
  const dir = await Deno.makeTempDir();
  try {
    const comms = detectCommunities(EDGES);
    const first = await writeNetworkFiles(`${dir}/one`, "net", EDGES, comms);
    const second = await writeNetworkFiles(
      `${dir}/two`,
      "net",
      EDGES.sort("weight"),
      comms,
    );
    for (const key of Object.keys(first) as (keyof typeof first)[]) {
      deepEqual(
        await Deno.readFile(first[key]),
        await Deno.readFile(second[key]),
        key,
      );
    }
    const gexf = await Deno.readTextFile(first.gexf);
    const parsed = parseGexf(UndirectedGraph, gexf);
    equal(parsed.order, 3);
    equal(parsed.getEdgeAttribute(parsed.edge("a", "b")!, "weight"), 3);
    equal(parsed.getNodeAttribute("a", "community"), 0);
    const csv = await Deno.readTextFile(first.edges_csv);
    equal(csv.split("\n")[0], "u,v,weight,mean_delta_s");
    equal(csv.split("\n")[1], "a,b,3,1.5");
    const parquet = pl.readParquet(first.nodes_parquet);
    deepEqual(parquet.getColumn("userid").toArray(), ["a", "b", "c"]);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test({
  name: "writeNetworkFiles() exports the CooRTweet fixture network (Δ 60, K 2)",
  ignore: !haveFixture,
  fn: async () => {
    const net = await coordinationNetwork(readCoorTweet(FIXTURE), {
      window: 60,
      minRepeat: 2,
    });
    const dir = await Deno.makeTempDir();
    try {
      const files = await writeNetworkFiles(
        dir,
        "coortweet",
        net.edges,
        detectCommunities(net.edges),
      );
      const graph = parseGexf(
        UndirectedGraph,
        await Deno.readTextFile(files.gexf),
      );
      equal(graph.order, 58);
      equal(graph.size, 32);
      const xml = await Deno.readTextFile(files.graphml);
      equal(xml.split("<node ").length - 1, 58);
      equal(xml.split("<edge ").length - 1, 32);
      equal(pl.readParquet(files.edges_parquet).height, 32);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
