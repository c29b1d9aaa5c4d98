/**
 * The shape of `TRUTH.json`, the record of everything the demo generator
 * planted. Counts are taken from the rows as they were written.
 *
 * @module
 */

/** Tweets per UTC weekday of `tweet_time`, Monday first. */
export interface WeekdayCounts {
  Mon: number;
  Tue: number;
  Wed: number;
  Thu: number;
  Fri: number;
  Sat: number;
  Sun: number;
}

/** One written file. */
export interface DemoFileTruth {
  /** Path relative to the bundle folder (`outDir`). */
  path: string;
  table: "users" | "tweets";
  /** Records, header excluded. */
  rows: number;
  /** Columns in the header. */
  columns: number;
}

/** A count of tweets for a name (client, language, domain…). */
export interface NamedCount {
  name: string;
  tweets: number;
}

/** One release of the bundle. */
export interface DemoReleaseTruth {
  /** Folder name, also the file-name prefix. */
  name: string;
  /** Which real release it imitates. */
  mimics: string;
  /** What the synthetic accounts stand for. */
  attribution: string;
  accounts: number;
  files: DemoFileTruth[];
  tweets: number;
  /** Rows with a retweet_tweetid (is_retweet true). */
  retweets: number;
  /** Rows with an in_reply_to_tweetid. */
  replies: number;
  /** Rows with a quoted_tweet_tweetid. */
  quotes: number;
  tweetsPerUtcWeekday: WeekdayCounts;
  /** tweet_client_name counts, most used first (ties by name). */
  clients: NamedCount[];
  /** tweet_language counts, most used first (ties by name). */
  languages: NamedCount[];
  /** Rows whose tweet_text contains a line feed. */
  tweetsWithEmbeddedNewlines: number;
  /** Rows whose tweet_text is the literal value `NA`. */
  textNA: number;
  /** Rows whose tweet_text is the literal value `null`. */
  textNull: number;
  /** Rows in Venezuelan office hours (local Mon–Fri 08:00–17:59, UTC−4). */
  tweetsInOfficeHours: number;
  /** tweetsInOfficeHours / tweets, rounded to 6 decimals. */
  officeHoursShare: number;
  firstTweetTime: string;
  lastTweetTime: string;
}

/** Accounts created on one planted burst day. */
export interface BurstDayTruth {
  /** account_creation_date. */
  date: string;
  /** Accounts of the release created that day. */
  count: number;
  /** Their userids, sorted. */
  userids: string[];
}

/** One planted coordinated-retweet group. */
export interface CoordinatedGroupTruth {
  group: number;
  /** Member userids, sorted. */
  userids: string[];
  /** Burst day most members were created on. */
  createdMostlyOn: string;
  /** The official accounts whose tweets the group retweets. */
  officialScreenNames: string[];
  officialUserids: string[];
  /** Official tweets the group was planted to retweet. */
  objects: number;
  /** Their tweet ids in time order; null when scale > 1 (omitted for size). */
  objectTweetids: string[] | null;
  /** Probability each member retweets each object. */
  participation: number;
  /** Minutes from the official tweet to the group's trigger, uniform. */
  lagMinutes: { from: number; to: number };
  /** Members retweet at the trigger minute or the next one. */
  retweetWindowMinutes: number;
  /** Retweets the members wrote of the objects. */
  retweets: number;
}

/** The state-backed-like set. */
export interface StatebackedTruth {
  accounts: number;
  burstDays: BurstDayTruth[];
  /** Accounts created on other days (spread over the range). */
  spreadAccounts: number;
  spreadCreation: { from: string; to: string };
  officeHours: {
    utcOffsetHours: number;
    definition: string;
    localWeekdays: string[];
    localHours: { from: number; to: number };
    utcHours: { from: number; to: number };
    /** Probability a hand-made tweet was placed in office hours. */
    plantedShareOfHandMadeTweets: number;
    tweetsInOfficeHours: number;
    shareOfAllTweets: number;
  };
  automationClients: { name: string; tweets: number; share: number }[];
  regularPosters: {
    intervalMinutes: number;
    userids: string[];
    runs: number;
    tweetsInRuns: number;
  };
  coordinatedGroups: CoordinatedGroupTruth[];
}

/** The spam-like unattributed set. */
export interface UnattributedTruth {
  accounts: number;
  creationBatch: { date: string; count: number }[];
  postingRhythm: string;
  clients: NamedCount[];
  domains: NamedCount[];
  tweetsWithUrl: number;
  urlShare: number;
  retweetShare: number;
}

/** The organic baseline. */
export interface OrganicTruth {
  accounts: number;
  officials: {
    userid: string;
    screenName: string;
    displayName: string;
    tweets: number;
  }[];
  enthusiasts: {
    userids: string[];
    retweetProbabilityPerOfficialTweet: number;
    delayMinutes: {
      distribution: string;
      median: number;
      sigma: number;
      min: number;
      max: number;
    };
    retweetsOfOfficialTweets: number;
    /** Smallest, median and largest delay actually drawn. */
    observedDelayMinutes: { min: number; median: number; max: number };
  };
  /** Accounts by stance, officials and enthusiasts excluded. */
  stances: { progovernment: number; opposition: number; neutral: number };
  /** Accounts writing mostly Spanish, Arabic, English. */
  voices: { es: number; ar: number; en: number };
  tweetsPerAccount: { distribution: string; median: number; sigma: number };
  creation: { from: string; to: string };
  hourWeightsLocal: number[];
  weekendFactor: number;
}

/** One made-up campaign hashtag across the mixed conversation. */
export interface CampaignHashtagTruth {
  tag: string;
  /** Local days in the span on which it was the hashtag of the day. */
  daysAsHashtagOfTheDay: number;
  /** Tweets carrying it (case-insensitive), per release. */
  tweets: {
    demo_statebacked: number;
    demo_unattributed: number;
    demo_organic: number;
  };
  total: number;
  /** Tweets from demo_statebacked or demo_unattributed accounts. */
  inorganic: number;
  /** inorganic / total, rounded to 6 decimals (0 when total is 0). */
  inorganicShare: number;
}

/** TRUTH.json. */
export interface DemoTruth {
  synthetic: true;
  notice: string;
  generator: string;
  generatorVersion: string;
  seed: number;
  scale: number;
  span: { from: string; to: string };
  ids: { accounts: string; tweets: string };
  releases: DemoReleaseTruth[];
  totals: {
    accounts: number;
    tweets: number;
    tweetsWithEmbeddedNewlines: number;
    textNA: number;
    textNull: number;
  };
  statebacked: StatebackedTruth;
  unattributed: UnattributedTruth;
  organic: OrganicTruth;
  hashtagOfTheDayRule: string;
  campaignHashtags: CampaignHashtagTruth[];
}
