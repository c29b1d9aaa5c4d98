import assert from "node:assert/strict";
import { escapeHtml } from "./escape_html.ts";

Deno.test("escapeHtml() makes an <img onerror> payload inert", () => {
  assert.equal(
    escapeHtml("<img src=x onerror=alert(1)>"),
    "&lt;img src=x onerror=alert(1)&gt;",
  );
});

Deno.test("escapeHtml() escapes <script> and all five special characters", () => {
  assert.equal(
    escapeHtml(`<script>alert("x" + 'y')</script> & more`),
    "&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; more",
  );
  assert.equal(escapeHtml("&amp;"), "&amp;amp;");
  assert.equal(escapeHtml("سورية 🇺🇸 plain"), "سورية 🇺🇸 plain");
});
