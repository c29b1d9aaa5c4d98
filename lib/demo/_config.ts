/**
 * The planted parameters of the demo bundle, in one place (profile details
 * such as follower distributions stay beside the code that draws them, and
 * text templates in `_text.ts`). The README (`data/demo/README.md`) and
 * TRUTH.json repeat these numbers; change them here, regenerate, and update
 * the README (a test compares it with TRUTH.json).
 *
 * Counts of tweets are per account at scale 1 and are multiplied by
 * `scale`; account counts never change with scale.
 *
 * @module
 */

/** Version of the generator; bump when output bytes change. */
export const GENERATOR_VERSION = "1.0.0";
/** Seed of the committed bundle. */
export const DEFAULT_SEED = 20190101;

/** Release folder names. */
export const RELEASES = {
  statebacked: "demo_statebacked",
  unattributed: "demo_unattributed",
  organic: "demo_organic",
} as const;

/**
 * Made-up campaign hashtags (no real campaign used these). The "hashtag of
 * the day" for local (UTC−4) day d is `CAMPAIGN_HASHTAGS[k mod 8]`, k = days
 * from 2018-06-01.
 */
export const CAMPAIGN_HASHTAGS = [
  "DemoVzlaSoberana",
  "DemoPatriaSegura",
  "DemoJuventudEnMarcha",
  "DemoProduccionNacional",
  "DemoPazYDialogo",
  "DemoSoberaniaDigital",
  "DemoVenezuelaProductiva",
  "DemoUnidosVenceremos",
] as const;
/** Made-up hashtags of organic opposition partisans. */
export const OPPOSITION_HASHTAGS = [
  "DemoLibertadYa",
  "DemoVenezuelaResiste",
  "DemoSinLuzNiAgua",
] as const;
/** Made-up hashtags of the spam-like set. */
export const SPAM_HASHTAGS = [
  "DemoOfertas",
  "DemoNoticiasYa",
  "DemoGana",
] as const;

/** The made-up automation client of the state-backed set. */
export const AUTOMATION_CLIENT = "Patria Publisher";
/** Web client, also used by the state-backed operators by hand. */
export const WEB_CLIENT = "Twitter Web Client";

/** State-backed set. */
export const STATEBACKED = {
  accounts: 300,
  /** Accounts created on each planted burst day (UTC calendar day). */
  burstDays: [
    { date: "2017-11-08", accounts: 64 },
    { date: "2018-03-21", accounts: 52 },
    { date: "2018-08-22", accounts: 38 },
  ],
  /** The other accounts' creation days: uniform over this range. */
  spreadCreation: { from: "2011-03-01", to: "2018-10-31" },
  /** Days between creation and the first tweet. */
  firstTweetAfterDays: 2,
  /**
   * Coordinated groups: members drawn from the accounts of burst day
   * `fromBurst` (index) and from the spread accounts; `officials` are indices
   * into ORGANIC.officials. An official tweet is a group object when it was
   * posted by one of the group's officials, passes a draw with probability
   * `objectShare`, and its trigger (tweet minute + lag, lag uniform in
   * `lagMinutes`) and trigger + 1 are office minutes. Each member joins each
   * object with probability `participation`, retweeting at trigger + 0
   * (probability `sameMinuteShare`) or trigger + 1.
   */
  groups: [
    {
      fromBurst: 0,
      fromBurstCount: 35,
      spreadCount: 0,
      officials: [0, 1],
      objectShare: 0.7,
      participation: 0.85,
    },
    {
      fromBurst: 1,
      fromBurstCount: 24,
      spreadCount: 0,
      officials: [1, 2, 3],
      objectShare: 0.6,
      participation: 0.8,
    },
    {
      fromBurst: 2,
      fromBurstCount: 10,
      spreadCount: 6,
      officials: [0, 3, 4],
      objectShare: 0.8,
      participation: 0.9,
    },
  ],
  lagMinutes: { from: 1, to: 12 },
  sameMinuteShare: 0.55,
  /** Spread accounts posting runs at a fixed interval. */
  regularPosters: 20,
  regularIntervalMinutes: 5,
  /** Runs per regular poster (× scale); tweets per run uniform in [6, 24]. */
  runsPerPoster: 6,
  runLength: { from: 6, to: 24 },
  /**
   * Hand-made tweets per account: max(1, round(lognormal(ln median, sigma) ×
   * scale)); group members and regular posters use `automatedMedian`.
   */
  manualMedian: 80,
  automatedMedian: 35,
  manualSigma: 0.6,
  /** Share of hand-made tweets placed in office hours (else any minute). */
  officeShare: 0.92,
  /** Kinds of hand-made tweets. */
  kinds: {
    original: 0.55,
    retweetOfficial: 0.3,
    replyOfficial: 0.1,
    quoteOfficial: 0.05,
  },
  /** Probability a state-backed original carries the hashtag of the day. */
  campaignTagShare: 0.75,
  /** Automation-client probability for group members and regular posters. */
  automatedClientShare: 0.97,
  /** Other accounts: automation-client probability uniform in this range. */
  manualClientShare: { from: 0.2, to: 0.8 },
} as const;

/** Spam-like unattributed set. */
export const UNATTRIBUTED = {
  accounts: 200,
  /** Accounts created on each batch day. */
  creation: [
    { date: "2014-09-17", accounts: 184 },
    { date: "2014-09-18", accounts: 16 },
  ],
  /** Tweets per account (× scale): uniform integer in [from, to]. */
  tweets: { from: 40, to: 110 },
  /** Accounts' main client (weights); 90 % of an account's tweets use it. */
  clients: [
    { name: "IFTTT", weight: 0.5 },
    { name: "dlvr.it", weight: 0.4 },
    { name: WEB_CLIENT, weight: 0.1 },
  ],
  mainClientShare: 0.9,
  /** Reserved `.example` domains (RFC 2606), so no real site is named. */
  domains: [
    "noticias-demo.example",
    "ofertas-demo.example",
    "vzla-hoy-demo.example",
    "clics-demo.example",
  ],
  urlShare: 0.85,
  retweetShare: 0.03,
  campaignTagShare: 0.05,
} as const;

/** Organic baseline. */
export const ORGANIC = {
  accounts: 1500,
  /** Made-up official accounts (part of the organic release). */
  officials: [
    {
      screenName: "DemoMinComunicacion",
      displayName: "Ministerio Demo de Comunicación (ficticio)",
      perDay: 4,
    },
    {
      screenName: "DemoPresidenciaVE",
      displayName: "Presidencia Demo 🇻🇪 (ficticia)",
      perDay: 3,
    },
    {
      screenName: "DemoVicepresidencia",
      displayName: "Vicepresidencia Demo (ficticia)",
      perDay: 2.5,
    },
    {
      screenName: "DemoPartidoOficial",
      displayName: "Partido Oficial Demo (ficticio)",
      perDay: 2,
    },
    {
      screenName: "DemoGobernacion",
      displayName: "Gobernación Demo (ficticia)",
      perDay: 1.5,
    },
  ],
  /** Probability an official tweet carries the hashtag of the day. */
  officialTagShare: 0.7,
  /** Probability an official tweet is sent from Twitter for iPhone (else web). */
  officialIphoneShare: 0.7,
  /** Organic accounts that enthusiastically retweet the officials. */
  enthusiasts: 60,
  /** Probability an enthusiast retweets a given official tweet. */
  enthusiastRetweetShare: 0.06,
  /**
   * Enthusiast delay in minutes: min(max, max(min, round(lognormal(ln
   * median, sigma)))).
   */
  enthusiastDelay: { median: 50, sigma: 1.1, min: 2, max: 720 },
  enthusiastCampaignTagShare: 0.5,
  /** Stance shares among the remaining accounts. */
  stances: { progovernment: 0.2, opposition: 0.35, neutral: 0.45 },
  progovernmentCampaignTagShare: 0.1,
  /**
   * Pro-government partisans: probability a retweet targets the latest
   * official tweet (once per tweet; else an outside account's tweet).
   */
  progovernmentOfficialRetweetShare: 0.4,
  /** Probability a reply goes to the latest official tweet, by stance. */
  officialReplyShare: { opposition: 0.25, supporter: 0.2 },
  /** Share of accounts writing mostly Arabic (diaspora) and English. */
  arabicAccounts: 0.02,
  englishAccounts: 0.03,
  /** Tweets per account: max(1, round(lognormal(ln median, sigma) × scale)). */
  tweetsMedian: 9,
  tweetsSigma: 1.25,
  kinds: { original: 0.5, retweet: 0.35, reply: 0.12, quote: 0.03 },
  /** Creation days uniform over this range. */
  creation: { from: "2009-01-01", to: "2018-12-31" },
  /** Relative tweet rate by local (UTC−4) hour 0..23. */
  hourWeights: [
    0.35,
    0.2,
    0.12,
    0.08,
    0.07,
    0.12,
    0.35,
    0.6,
    0.75,
    0.8,
    0.8,
    0.85,
    0.9,
    0.85,
    0.8,
    0.8,
    0.85,
    0.9,
    1.0,
    1.1,
    1.25,
    1.3,
    1.1,
    0.7,
  ],
  /** Rate multiplier on local Saturdays and Sundays. */
  weekendFactor: 1.35,
  clients: [
    { name: "Twitter for Android", weight: 0.5 },
    { name: "Twitter for iPhone", weight: 0.25 },
    { name: "Twitter Web App", weight: 0.1 },
    { name: WEB_CLIENT, weight: 0.08 },
    { name: "Twitter Lite", weight: 0.04 },
    { name: "Twitter for iPad", weight: 0.03 },
  ],
  mainClientShare: 0.85,
  /** Probability that an original's text is the literal `NA` / `null`. */
  textNAShare: 0.0005,
  textNullShare: 0.0005,
} as const;

/** Accounts outside every release that organic users retweet and mention. */
export const EXTERNAL_ACCOUNTS = 400;

/**
 * In hashed releases Twitter hashed the names of accounts with fewer than
 * this many followers; the demo hashes their display and screen names too.
 */
export const HASH_NAMES_BELOW_FOLLOWERS = 5000;
