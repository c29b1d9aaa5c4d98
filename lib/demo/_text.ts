/**
 * Synthetic tweet texts and profile fields. Everything here is invented;
 * the phrases mimic the register of Venezuelan Twitter in 2018 (Spanish with
 * accents and emoji, some Arabic and English), and exercise the archive's
 * text quirks: commas, double quotes, embedded newlines, right-to-left text.
 *
 * @module
 */
import { intIn, pick, type Rng } from "./_rng.ts";

/** A tweet body with the entity lists the archive derives from it. */
export interface TextPiece {
  text: string;
  /** ISO language code the archive would report. */
  lang: string;
  /** Hashtags as written in the text, without `#`. */
  hashtags: string[];
  /** Expanded URLs of the links in the text. */
  urls: string[];
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** A made-up `https://t.co/…` short link. */
export function tco(rng: Rng): string {
  let s = "https://t.co/";
  for (let i = 0; i < 10; i++) s += ALNUM[Math.floor(rng() * 62)];
  return s;
}

/**
 * A hashtag as a person would type it: as given (84 %), lower case (12 %)
 * or upper case (4 %).
 */
export function typedTag(rng: Rng, tag: string): string {
  const u = rng();
  if (u < 0.84) return tag;
  return u < 0.96 ? tag.toLowerCase() : tag.toUpperCase();
}

function withTags(
  rng: Rng,
  body: string,
  tags: string[],
  lang = "es",
): TextPiece {
  let text = body;
  for (const t of tags) text += (rng() < 0.05 ? "\n" : " ") + "#" + t;
  return { text, lang, hashtags: tags, urls: [] };
}

function addLink(rng: Rng, piece: TextPiece, url: string): TextPiece {
  piece.text += " " + tco(rng);
  piece.urls.push(url);
  return piece;
}

const GOV_OPEN = [
  "¡Venezuela se respeta! 🇻🇪",
  "Buenos días, patria querida 🌅",
  "Hoy más que nunca: unidad, trabajo y paz.",
  "El pueblo sigue firme ✊",
  "¡Seguimos avanzando!",
  "Atención, compatriotas:",
  "Nuestra juventud, siempre en la calle 💪",
  "Con alegría y trabajo,",
];
const GOV_BODY = [
  "la producción nacional crece en todos los estados",
  "ningún bloqueo detendrá a este pueblo valiente",
  "se entregaron nuevas viviendas en Lara y Zulia",
  'como dijo el ministro: "la patria no se negocia"',
  "la paz es el camino, el diálogo nuestra bandera",
  "mañana, gran jornada de trabajo voluntario",
  "¡qué viva la soberanía digital!",
  "los medios mienten, el pueblo sabe la verdad",
  "llegaron los alimentos a las comunidades de Mérida, Sucre y Apure",
];
const GOV_CLOSE = [
  "",
  "",
  "",
  " 🇻🇪🇻🇪",
  " ❤️",
  " ¡Venceremos!",
  " 👏👏",
  " ¡Pa'lante!",
  "\n¡Pa'lante!",
];

/**
 * A state-backed or official original: slogan, optional campaign hashtag,
 * sometimes a link to a made-up state outlet.
 */
export function govText(rng: Rng, tag: string | null): TextPiece {
  const body = pick(rng, GOV_OPEN) + (rng() < 0.08 ? "\n" : " ") +
    pick(rng, GOV_BODY) + pick(rng, GOV_CLOSE);
  const piece = withTags(rng, body, tag === null ? [] : [typedTag(rng, tag)]);
  if (rng() < 0.15) {
    addLink(
      rng,
      piece,
      `https://medio-oficial-demo.example/nota/${intIn(rng, 1000, 99999)}`,
    );
  }
  return piece;
}

const DAILY = [
  "Qué calor hace hoy en Maracaibo 🥵",
  "Se fue la luz otra vez en mi zona... 😤",
  "¿Alguien sabe dónde consigo harina pan?",
  "Feliz cumpleaños, mamá ❤️ te quiero muchísimo",
  "¡Vamos Leones! ⚾🦁",
  "Buen día a todos ☀️",
  "Arepa con queso de mano, café y a trabajar ☕",
  "La cola en la estación de servicio está larguísima, no joda",
  'Mi abuela dice: "el que madruga, Dios lo ayuda" 😂',
  "Tráfico en la Francisco Fajardo, como siempre 🚗🚗🚗",
  "Extraño mi país, mis playas, mi gente 🇻🇪💛💙❤️",
  "Viernes, por fin 🙌",
  "Lluvia en Caracas, ¡qué rico para dormir! 🌧️",
  "Me encanta este tema 🎶",
  "Hoy toca hallacas en familia 🎄",
];
const OPPOSITION = [
  "Sin luz, sin agua, sin gas... ¿hasta cuándo?",
  "Queremos elecciones libres, ya.",
  "El sueldo no alcanza ni para un kilo de carne",
  "Otra vez sin agua en el edificio, 4 días ya",
  'Dicen "todo está bien", pero la gente se está yendo del país',
  "Mi hermano se fue a Colombia, mi prima a Chile... 💔",
  "Basta de colas y de escasez",
];
const PROGOV = [
  "Con la patria siempre ✊",
  "Aquí no se rinde nadie 🇻🇪",
  "Gracias al gobierno por las bolsas de comida, llegaron hoy",
  "Que viva la revolución, carajo",
  "Yo creo en mi país y en mi gente",
];
const ARABIC = [
  "صباح الخير من فنزويلا 🇻🇪",
  "السلام عليكم يا أصدقاء",
  "الحمد لله على كل شيء",
  "مساء الخير من كاراكاس",
];
const MIXED_AR = ["¡Buenos días! صباح الخير", "Feliz Eid, عيد مبارك 🌙"];
const ENGLISH = [
  "Good morning from Caracas!",
  "Can't believe this traffic 😩",
  "Missing home today, Venezuela 💛💙❤️",
];

/** Stance of an organic account. */
export type Stance = "progovernment" | "opposition" | "neutral";
/** Main language of an organic account's writing. */
export type Voice = "es" | "ar" | "en";

/**
 * An organic original: everyday life, politics by stance, or another
 * language; `campaignTag`, when given, is appended.
 */
export function organicText(
  rng: Rng,
  stance: Stance,
  voice: Voice,
  campaignTag: string | null,
  oppositionTags: readonly string[],
): TextPiece {
  if (voice === "ar") {
    return rng() < 0.8
      ? withTags(rng, pick(rng, ARABIC), [], "ar")
      : withTags(rng, pick(rng, MIXED_AR), [], "es");
  }
  if (voice === "en" && rng() < 0.8) {
    return withTags(rng, pick(rng, ENGLISH), [], "en");
  }
  const tags: string[] = [];
  let body: string;
  const u = rng();
  if (stance === "opposition" && u < 0.45) {
    body = pick(rng, OPPOSITION);
    if (rng() < 0.4) tags.push(typedTag(rng, pick(rng, oppositionTags)));
  } else if (stance === "progovernment" && u < 0.45) {
    body = pick(rng, PROGOV);
  } else {
    body = pick(rng, DAILY);
    if (rng() < 0.1) body += ", " + pick(rng, DAILY).toLowerCase();
  }
  if (campaignTag !== null) tags.push(typedTag(rng, campaignTag));
  if (rng() < 0.04) {
    return withTags(rng, pick(rng, ["😂😂😂", "🙏", "❤️🔥"]), tags, "und");
  }
  return withTags(rng, body, tags);
}

const HEADLINES = [
  "Nuevos precios del dólar hoy, mira la tabla",
  "Lo que nadie te dice sobre el bono de diciembre",
  "10 trucos para ahorrar gasolina",
  "Gana un teléfono nuevo participando aquí",
  "Última hora: anuncian cambios en el cono monetario",
  "Receta fácil de cachapas en 15 minutos",
  "Horóscopo de hoy: Aries, Tauro, Géminis...",
  "Increíble: lo que pasó en este partido",
];

/** A spam-like post: headline, link to one of `domains`, spam tags. */
export function spamText(
  rng: Rng,
  domains: readonly string[],
  withUrl: boolean,
  spamTags: readonly string[],
  campaignTag: string | null,
): TextPiece {
  const tags = rng() < 0.5 ? [pick(rng, spamTags)] : [];
  if (campaignTag !== null) tags.push(campaignTag);
  const lead = pick(rng, ["", "🔥 ", "👉 ", "Última hora: ", "LEE: "]);
  const piece = withTags(rng, lead + pick(rng, HEADLINES), tags);
  if (withUrl) {
    const domain = pick(rng, domains);
    addLink(
      rng,
      piece,
      `https://${domain}/${intIn(rng, 2015, 2019)}/${intIn(rng, 1, 13)}/nota-${
        intIn(rng, 1, 1000000)
      }`,
    );
  }
  return piece;
}

const FIRST = [
  "María",
  "José",
  "Luis",
  "Ana",
  "Carlos",
  "Andreína",
  "Yusmary",
  "Jesús",
  "Gabriela",
  "Óscar",
  "Daniela",
  "Ramón",
  "Nayibe",
  "Ángel",
];
const LAST = [
  "González",
  "Rodríguez",
  "Pérez",
  "Hernández",
  "Martínez",
  "Díaz",
  "Rivas",
  "Peña",
  "Nuñez",
  "Chacón",
  "Zambrano",
  "Añez",
];

/** A made-up person's display name and an ASCII screen name stem. */
export function personName(rng: Rng): { display: string; stem: string } {
  const first = pick(rng, FIRST);
  const last = pick(rng, LAST);
  const decor = pick(rng, ["", "", " 🇻🇪", " ✨", " ⚾"]);
  const ascii = (s: string) => s.normalize("NFD").replace(/[^A-Za-z]/g, "");
  return {
    display: `${first} ${last}${decor}`,
    stem: ascii(first) + ascii(last),
  };
}

/** Reported locations (free text, as users typed them). */
export const LOCATIONS = [
  "Caracas, Venezuela",
  "Venezuela",
  "Maracaibo, Zulia",
  "Valencia",
  "Barquisimeto",
  "Mérida, Venezuela",
  "San Cristóbal",
  "Caracas 🇻🇪",
  "",
  "",
  "Miami, FL",
  "Bogotá, Colombia",
  "Madrid, España",
];

const GOV_BIO = [
  "Chavista de corazón ❤️🇻🇪",
  "Patriota, trabajador, revolucionario",
  'Hijo de la patria. "Siempre leales"',
  "Comunicador popular | Venezuela soberana",
  "",
];
const SPAM_BIO = [
  "Noticias, ofertas y más 📰 | Síguenos",
  "Lo último, al instante",
  "Promociones diarias 💰",
];
const PERSON_BIO = [
  "",
  "",
  "Mamá, maestra y caraqueña 💛",
  "Ingeniero. Fan de los Leones ⚾",
  "Hincha del Caracas FC",
  "Estudiante de la UCV 📚\nOpiniones mías",
  'Vivo "a mil", como todo venezolano',
  "مهندس | ingeniero",
  "Venezolano en el exterior ✈️",
];

/** A profile description in the register of a population. */
export function bio(rng: Rng, kind: "gov" | "spam" | "person"): string {
  return pick(
    rng,
    kind === "gov" ? GOV_BIO : kind === "spam" ? SPAM_BIO : PERSON_BIO,
  );
}
