// lib/search/analyse.ts
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemIndonesian } from "@orama/stemmers/indonesian";

// lib/search/stopwords.ts
var en = `a an and are as at be been being but by can could did do does for from had has have he her his how i if in
into is it its may might more most must no not of on or our shall she should so such than that the their them then
there these they this those through to too under up very was we were what when where which while who whom why will
with within would you your also between both each other over about against among any upon via per thus however`;
var id = `ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahkan bahwa baik banyak beberapa
begitu belum benar berbagai bila bisa dalam dan dapat dari daripada demikian dengan di dia dimana ini itu jadi jika
juga justru kami kamu karena ke kemudian kepada ketika kita lagi lain lalu maka mana masih melalui mereka meski
namun oleh pada para per pula saat saja sangat sebagai sebelum sedang sehingga sejak sekitar selain seperti serta
setelah sudah suatu supaya tanpa telah tentang terhadap tersebut tetapi untuk walaupun yaitu yakni yang nya pun lah
kah sebuah seorang secara hal harus hanya hingga sebab ia`;
var STOPWORDS = {
  en: new Set(en.split(/\s+/)),
  id: new Set(id.split(/\s+/))
};

// lib/search/analyse.ts
var LANGS = ["id", "en"];
var WORD_CHAR = /^[\p{L}\p{N}]$/u;
var ASCII_WORD = new Uint8Array(128).map(
  (_, c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 ? 1 : 0
);
var otherChars = /* @__PURE__ */ new Map();
function isWordChar(code) {
  if (code < 128) return ASCII_WORD[code] === 1;
  let yes = otherChars.get(code);
  if (yes === void 0) {
    yes = WORD_CHAR.test(String.fromCodePoint(code));
    if (otherChars.size < 1e5) otherChars.set(code, yes);
  }
  return yes;
}
function codeAt(text, i) {
  const c = text.charCodeAt(i);
  return c >= 55296 && c <= 56319 && i + 1 < text.length ? text.codePointAt(i) : c;
}
function scanTokens(text, from, limit, starts2, ends2) {
  const n = text.length;
  let found = 0;
  let i = from;
  while (i < n && found < limit) {
    let code = codeAt(text, i);
    while (!isWordChar(code)) {
      i += code > 65535 ? 2 : 1;
      if (i >= n) return found;
      code = codeAt(text, i);
    }
    starts2[found] = i;
    do {
      i += code > 65535 ? 2 : 1;
      if (i >= n) break;
      code = codeAt(text, i);
    } while (isWordChar(code));
    ends2[found++] = i;
  }
  return found;
}
function scanAsciiTokens(bytes, limit, starts2, ends2) {
  const n = bytes.length;
  let found = 0;
  let inWord = false;
  for (let i = 0; i < n; i++) {
    const c = bytes[i];
    if (c >= 128) return -1;
    const word = ASCII_WORD[c] === 1;
    if (word === inWord) continue;
    inWord = word;
    if (!word) ends2[found++] = i;
    else if (found === limit) return found;
    else starts2[found] = i;
  }
  if (inWord) ends2[found++] = n;
  return found;
}
var scanStarts = new Int32Array(4096);
var scanEnds = new Int32Array(4096);
function tokenize(text, limit = Infinity) {
  const out = [];
  let offset = 0;
  while (out.length < limit) {
    const want = Math.min(scanStarts.length, limit - out.length);
    const found = scanTokens(text, offset, want, scanStarts, scanEnds);
    for (let k = 0; k < found; k++) {
      const start = scanStarts[k];
      const end = scanEnds[k];
      out.push({ raw: text.slice(start, end), start, end });
    }
    if (found < want) break;
    offset = scanEnds[found - 1];
  }
  return out;
}
function fold(word) {
  const lower = word.toLowerCase();
  let ascii = true;
  for (let i = 0; i < lower.length && ascii; i++) ascii = lower.charCodeAt(i) < 128;
  if (ascii) return lower;
  return lower.normalize("NFD").replace(/\p{M}+/gu, "");
}
function isAcronym(raw) {
  return raw.length >= 2 && raw.length <= 10 && /^[\p{Lu}][\p{Lu}\p{N}]*s?$/u.test(raw) && /\p{Lu}.*\p{Lu}/u.test(raw);
}
var ONSET_OK = /^(?:[aeiou]|[^aeiou](?:[aeiouy]|[rlhwy])|ng|ny|sy|kh|str|sk|sp|st|sw|sm|sn|ps|ts)/;
function stemsIndonesian(word) {
  let stem = stemIndonesian(word);
  if (stem.length < 2 || !ONSET_OK.test(stem)) stem = word;
  const out = [stem];
  if (/^[aeiou]/.test(stem)) {
    if (/^(?:me|pe)n[aeiou]/.test(word)) out.push("t" + stem);
    else if (/^(?:me|pe)ng[aeiou]/.test(word)) out.push("k" + stem);
  } else if (/^ng[aeiou]/.test(stem)) {
    out.push(stem.slice(2), "k" + stem.slice(2));
  }
  return out;
}
function stemsEnglish(word) {
  const spelled = word.length > 5 ? word.replace(/([iy])s(ation|ations|e|es|ed|ing|er|ers)$/, "$1z$2") : word;
  return [stemEnglish(spelled)];
}
var cache = { en: /* @__PURE__ */ new Map(), id: /* @__PURE__ */ new Map() };
var ACRONYM_CACHE = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 5e5;
function analyseToken(raw, lang) {
  if (isAcronym(raw)) {
    const key = lang + raw;
    let hit = ACRONYM_CACHE.get(key);
    if (!hit) {
      const f = fold(raw);
      const terms = /* @__PURE__ */ new Set([`${lang}:${f}`]);
      if (f.length >= 5) for (const t of analyseWord(f, lang)) terms.add(t);
      hit = [...terms];
      if (ACRONYM_CACHE.size < CACHE_LIMIT) ACRONYM_CACHE.set(key, hit);
    }
    return hit;
  }
  return analyseWord(fold(raw), lang);
}
function analyseWord(folded, lang) {
  const c = cache[lang];
  const hit = c.get(folded);
  if (hit) return hit;
  let terms;
  if (folded.length < 2 || STOPWORDS[lang].has(folded)) terms = [];
  else if (/^\p{N}+$/u.test(folded)) terms = [`${lang}:${folded}`];
  else terms = (lang === "id" ? stemsIndonesian(folded) : stemsEnglish(folded)).map((s) => `${lang}:${s}`);
  if (c.size < CACHE_LIMIT) c.set(folded, terms);
  return terms;
}

// lib/search/bigrams.ts
var FREQUENT_SHARE = 0.05;
var MIN_DF = 50;
function frequentThreshold(docCount) {
  return Math.max(MIN_DF, Math.ceil(docCount * FREQUENT_SHARE));
}
function pairRange(ix, first, second) {
  const min = frequentThreshold(ix.docCount);
  const df = (t) => ix.termStart[t + 1] - ix.termStart[t];
  if (df(first) < min || df(second) < min) return null;
  const { pairFirst, pairSecond, pairStart } = ix.bigrams;
  let lo = 0;
  let hi = pairFirst.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (pairFirst[mid] < first || pairFirst[mid] === first && pairSecond[mid] < second) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= pairFirst.length || pairFirst[lo] !== first || pairSecond[lo] !== second) return [0, 0];
  return [pairStart[lo], pairStart[lo + 1]];
}

// lib/search/facet-count.ts
var SLOTS = 16;
var counterCount = (f) => f.values.length + SLOTS + 1;
function facetSlots(f) {
  const N = f.docValStart.length - 1;
  const V = f.values.length;
  const more = V + SLOTS;
  const size = N * SLOTS;
  const slots = more < 256 ? new Uint8Array(size) : more < 65536 ? new Uint16Array(size) : new Uint32Array(size);
  for (let i = 0; i < size; i++) slots[i] = V + i % SLOTS;
  for (let d = 0; d < N; d++) {
    const from = f.docValStart[d];
    const n = f.docValStart[d + 1] - from;
    if (n <= SLOTS) slots.set(f.docVals.subarray(from, from + n), d * SLOTS);
    else {
      slots.set(f.docVals.subarray(from, from + SLOTS - 1), d * SLOTS);
      slots[d * SLOTS + SLOTS - 1] = more;
    }
  }
  return { slots, more };
}
var slotCache = /* @__PURE__ */ new WeakMap();
function slotsOf(f) {
  let s = slotCache.get(f);
  if (!s) slotCache.set(f, s = facetSlots(f));
  return s;
}
function countDoc(f, fs, counts, d) {
  const slots = fs.slots;
  const b = d * SLOTS;
  counts[slots[b]]++;
  counts[slots[b + 1]]++;
  counts[slots[b + 2]]++;
  counts[slots[b + 3]]++;
  counts[slots[b + 4]]++;
  counts[slots[b + 5]]++;
  counts[slots[b + 6]]++;
  counts[slots[b + 7]]++;
  counts[slots[b + 8]]++;
  counts[slots[b + 9]]++;
  counts[slots[b + 10]]++;
  counts[slots[b + 11]]++;
  counts[slots[b + 12]]++;
  counts[slots[b + 13]]++;
  counts[slots[b + 14]]++;
  counts[slots[b + 15]]++;
  if (slots[b + 15] !== fs.more) return;
  for (let i = f.docValStart[d] + SLOTS - 1, end = f.docValStart[d + 1]; i < end; i++)
    counts[f.docVals[i]]++;
}
function subtractFromTotals(f, counts) {
  for (let v = 0; v < f.values.length; v++)
    counts[v] = f.valDocStart[v + 1] - f.valDocStart[v] - counts[v];
}

// lib/search/champions.ts
var CHAMPIONS = 200;
function bestEntries(postImpact, from, to, k) {
  const histogram = new Int32Array(256);
  for (let e = from; e < to; e++) histogram[postImpact[e]]++;
  const at = new Int32Array(256);
  let n = 0;
  for (let impact = 255; impact >= 0; impact--) {
    at[impact] = n;
    n += histogram[impact];
  }
  const out = new Uint32Array(Math.min(k, to - from));
  for (let e = from; e < to; e++) {
    const slot = at[postImpact[e]]++;
    if (slot < out.length) out[slot] = e;
  }
  return out;
}
function championRow(c, term) {
  let lo = 0;
  let hi = c.terms.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (c.terms[mid] < term) lo = mid + 1;
    else hi = mid;
  }
  return lo < c.terms.length && c.terms[lo] === term ? lo : -1;
}

// lib/search/types.ts
var FACET_KEYS = [
  "organisation",
  "country",
  "framework",
  "kind",
  "language",
  "year",
  "period"
];

// lib/search/facets.ts
function decade(year) {
  return `${Math.floor(year / 10) * 10}s`;
}
function valueLookup(f) {
  const m = /* @__PURE__ */ new Map();
  f.values.forEach(([k, v], i) => m.set(`${k}\0${v}`, i));
  return m;
}
var valueBitsets = /* @__PURE__ */ new WeakMap();
function valueBits(f, v, words) {
  let all = valueBitsets.get(f);
  if (!all) valueBitsets.set(f, all = []);
  let bits = all[v];
  if (bits) return bits;
  bits = new Int32Array(words);
  for (let i = f.valDocStart[v], end = f.valDocStart[v + 1]; i < end; i++)
    bits[f.valDocs[i] >>> 5] |= 1 << (f.valDocs[i] & 31);
  all[v] = bits;
  return bits;
}
function markFilters(f, lookup, filters, { counter, out, bits, work }) {
  const keys = FACET_KEYS.filter((key) => (filters[key]?.length ?? 0) > 0);
  if (keys.length === 0) return { facets: 0, allowed: 0, sorted: true };
  const N = counter.length;
  const W = bits.length;
  bits.fill(-1);
  if (N & 31) bits[W - 1] = (1 << (N & 31)) - 1;
  for (const key of keys) {
    work.fill(0);
    for (const value of filters[key]) {
      const year = key === "period" && /^\d{4}$/.test(value) ? Number(value) : null;
      const vid = lookup.get(`${key}\0${year === null ? value : decade(year)}`);
      if (vid === void 0) continue;
      if (year === null) {
        const vb = valueBits(f, vid, W);
        for (let w = 0; w < W; w++) work[w] |= vb[w];
        continue;
      }
      for (let i = f.valDocStart[vid], end = f.valDocStart[vid + 1]; i < end; i++) {
        const d = f.valDocs[i];
        if (f.periodFrom[d] <= year && f.periodTo[d] >= year) work[d >>> 5] |= 1 << (d & 31);
      }
    }
    for (let w = 0; w < W; w++) bits[w] &= work[w];
  }
  counter.fill(0);
  let allowed = 0;
  for (let w = 0; w < W; w++)
    for (let x = bits[w]; x !== 0; x &= x - 1) {
      const d = w << 5 | 31 - Math.clz32(x & -x);
      counter[d] = keys.length;
      out[allowed++] = d;
    }
  return { facets: keys.length, allowed, sorted: true };
}

// lib/search/fields.ts
var FIELD_SHIFT = 20;
var MAX_TOKEN = (1 << FIELD_SHIFT) - 1;
var MARK_EVERY = 16;

// lib/search/glossary.ts
function analysePhrase(text, lang) {
  const slots = [];
  let gap = 0;
  for (const tok of tokenize(text)) {
    const terms = analyseToken(tok.raw, lang);
    if (terms.length === 0) {
      gap++;
      continue;
    }
    slots.push({ gap: slots.length === 0 ? 0 : gap + 1, terms });
    gap = 0;
  }
  return slots;
}

// lib/search/suggest.ts
import { Index } from "flexsearch";

// lib/search/typo.ts
var MIN_TYPO_LENGTH = 5;
function reverse(s) {
  let r = "";
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}
function lowerBound(n, key, prefix) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (key(mid) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
function withinOneEdit(a, b) {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
function typoCandidates(index2, word, limit = 8) {
  if (word.length < MIN_TYPO_LENGTH) return [];
  const { surface, surfaceByEnd } = index2;
  const out = /* @__PURE__ */ new Set();
  const p = word.length >> 1;
  const head = word.slice(0, p);
  for (let i = lowerBound(surface.length, (k) => surface[k], head); i < surface.length; i++) {
    const w = surface[i];
    if (!w.startsWith(head)) break;
    if (withinOneEdit(word, w)) out.add(w);
  }
  const tail = reverse(word.slice(p + 1));
  const revAt = (k) => reverse(surface[surfaceByEnd[k]]);
  for (let i = lowerBound(surfaceByEnd.length, revAt, tail); i < surfaceByEnd.length; i++) {
    if (!revAt(i).startsWith(tail)) break;
    const w = surface[surfaceByEnd[i]];
    if (withinOneEdit(word, w)) out.add(w);
  }
  return [...out].slice(0, limit);
}

// lib/search/index-file.ts
var INDEX_FILE = "search-index.bin";
var MAGIC = "TELAAHIX";
var VERSION = 11;
var CTORS = {
  u32: Uint32Array,
  i32: Int32Array,
  f32: Float32Array,
  i16: Int16Array,
  u16: Uint16Array,
  u8: Uint8Array
};

// lib/search/load-index.ts
import { readSync } from "node:fs";
import { open } from "node:fs/promises";
import path from "node:path";
var openFiles = new FinalizationRegistry((fh) => void fh.close().catch(() => void 0));
var handles = /* @__PURE__ */ new WeakMap();
async function readExactly(fh, into, position) {
  let done = 0;
  while (done < into.length) {
    const { bytesRead } = await fh.read(into, done, into.length - done, position + done);
    if (bytesRead === 0) throw new Error("search index: file is truncated");
    done += bytesRead;
  }
}
var DEFAULT_TEXT_BUDGET = 512 * 1024 * 1024;
async function readSearchIndex(dir, options = {}) {
  const fh = await open(path.join(dir, INDEX_FILE), "r");
  try {
    const index2 = await readOpen(fh, options.textBudget ?? DEFAULT_TEXT_BUDGET);
    handles.set(index2, fh);
    openFiles.register(index2, fh, index2);
    return index2;
  } catch (err) {
    await fh.close();
    throw err;
  }
}
async function readOpen(fh, textBudget) {
  const head = new Uint8Array(16);
  await readExactly(fh, head, 0);
  if (Buffer.from(head.subarray(0, 8)).toString("latin1") !== MAGIC) throw new Error("not a search index");
  const dv = new DataView(head.buffer);
  const version = dv.getUint32(8, true);
  if (version !== VERSION)
    throw new Error(`search index version ${version}, expected ${VERSION}: rebuild it`);
  const jsonLength = dv.getUint32(12, true);
  const json = new Uint8Array(jsonLength);
  await readExactly(fh, json, 16);
  const header = JSON.parse(new TextDecoder().decode(json));
  const base = Math.ceil((16 + jsonLength) / 8) * 8;
  const storeSection = header.sections.find((x) => x.name === "store");
  if (!storeSection) throw new Error("search index: section store missing");
  const inMemory = storeSection.length - header.hotBytes <= textBudget ? storeSection.length : header.hotBytes;
  const body = new Uint8Array(new ArrayBuffer(storeSection.offset + inMemory));
  await readExactly(fh, body, base);
  const get = (name, kind) => {
    const s = header.sections.find((x) => x.name === name);
    if (!s || s.kind !== kind) throw new Error(`search index: section ${name} missing`);
    return new CTORS[kind](body.buffer, s.offset, s.length);
  };
  const lines = (name) => {
    const text2 = Buffer.from(get(name, "u8")).toString("utf8");
    return text2 ? text2.split("\n") : [];
  };
  const terms = lines("terms");
  const termIds = /* @__PURE__ */ new Map();
  terms.forEach((t, i) => termIds.set(t, i));
  const facets = {
    values: header.facetValues,
    docValStart: get("docValStart", "u32"),
    docVals: get("docVals", "u32"),
    valDocStart: get("valDocStart", "u32"),
    valDocs: get("valDocs", "u32"),
    periodFrom: get("periodFrom", "i16"),
    periodTo: get("periodTo", "i16")
  };
  const storeAt = base + storeSection.offset;
  const text = body.subarray(storeSection.offset);
  const fd = fh.fd;
  return {
    docCount: header.docCount,
    ids: header.ids,
    terms,
    termIds,
    termStart: get("termStart", "u32"),
    postDocs: get("postDocs", "u32"),
    postImpact: get("postImpact", "u8"),
    posStart: get("posStart", "u32"),
    positions: get("positions", "u32"),
    surface: lines("surface"),
    surfaceByEnd: get("surfaceByEnd", "u32"),
    facets,
    // searchIndex is synchronous, and a pread of a few kilobytes from the page cache takes microseconds.
    readStore: (start, end) => {
      if (end <= inMemory) return text.subarray(start, end);
      const out = Buffer.allocUnsafe(end - start);
      let done = 0;
      while (done < out.length) {
        const n = readSync(fd, out, done, out.length - done, storeAt + start + done);
        if (n === 0) throw new Error("search index: stored text is truncated");
        done += n;
      }
      return out;
    },
    storeStart: get("storeStart", "u32"),
    storeEnd: get("storeEnd", "u32"),
    hotBytes: header.hotBytes,
    storeBytes: storeSection.length,
    docPiece: get("docPiece", "u32"),
    markStart: get("markStart", "u32"),
    tokenMarks: get("tokenMarks", "u32"),
    headers: get("headers", "u8"),
    labels: header.labels,
    pieceLabel: get("pieceLabel", "u32"),
    champions: {
      terms: get("championTerms", "u32"),
      counts: get("championCounts", "i32"),
      top: get("championTop", "u32"),
      impacts: get("championImpacts", "u8")
    },
    bigrams: {
      pairFirst: get("pairFirst", "u32"),
      pairSecond: get("pairSecond", "u32"),
      pairStart: get("pairStart", "u32"),
      pairDocs: get("pairDocs", "u32"),
      pairImpacts: get("pairImpacts", "u16")
    },
    headerStart: get("headerStart", "u32"),
    glossary: header.glossary,
    suggestions: header.suggestions
  };
}

// lib/search/persist.ts
var enc = new TextEncoder();

// lib/search/phrases.ts
function pairRangeOf(index2, atom) {
  const [first, second] = atom.slots;
  if (atom.slots.length !== 2 || first.terms.length !== 1 || second.terms.length !== 1 || second.gap !== 1)
    return null;
  return pairRange(index2, first.terms[0], second.terms[0]);
}
function walkPhrase(index2, s, atom, existingOnly) {
  const n = atom.slots.length;
  const pair = pairRangeOf(index2, atom);
  if (pair) return walkPair(index2, s, atom, pair, existingOnly);
  const { postDocs, postImpact, termStart } = index2;
  const offsets = new Int32Array(n);
  for (let i = 1; i < n; i++) offsets[i] = offsets[i - 1] + atom.slots[i].gap;
  const pairSlot = [];
  const pairTerm = [];
  for (let si = 0; si < n; si++)
    for (const t of atom.slots[si].terms) {
      pairSlot.push(si);
      pairTerm.push(t);
    }
  const P = pairSlot.length;
  const cursor = Int32Array.from(pairTerm, (t) => termStart[t]);
  const pairEnd = Int32Array.from(pairTerm, (t) => termStart[t + 1]);
  const pairIdf = Float64Array.from(pairTerm, (t) => idf(index2, t) / 255);
  const entry = new Int32Array(P);
  const df = atom.slots.map((sl) => sl.terms.reduce((k, t) => k + termStart[t + 1] - termStart[t], 0));
  const leadTerms = atom.slots[df.indexOf(Math.min(...df))].terms;
  let candidates;
  if (leadTerms.length === 1)
    candidates = postDocs.subarray(termStart[leadTerms[0]], termStart[leadTerms[0] + 1]);
  else {
    const all = [];
    for (const t of leadTerms) for (let e = termStart[t]; e < termStart[t + 1]; e++) all.push(postDocs[e]);
    candidates = Uint32Array.from(new Set(all)).sort();
  }
  for (let c = 0; c < candidates.length; c++) {
    const d = candidates[c];
    if (existingOnly && s.mask[d] === 0) continue;
    let slotsFound = 0;
    let lastSlot = -1;
    for (let p = 0; p < P; p++) {
      const e = seek(postDocs, cursor[p], pairEnd[p], d);
      cursor[p] = e;
      if (e < pairEnd[p] && postDocs[e] === d) {
        entry[p] = e;
        if (pairSlot[p] !== lastSlot) {
          slotsFound++;
          lastSlot = pairSlot[p];
        }
      } else entry[p] = -1;
    }
    if (slotsFound < n || !phraseAt(index2, entry, pairSlot, offsets, n)) continue;
    let score = 0;
    for (let p = 0; p < P; p++) if (entry[p] >= 0) score += pairIdf[p] * postImpact[entry[p]];
    mark(s, d, atom.bits, atom.weight * score);
  }
}
function mark(s, d, bits, score) {
  if (s.mask[d] === 0) s.touched[s.touchedCount++] = d;
  s.mask[d] |= bits;
  s.acc[d] += score;
}
function walkPair(index2, s, atom, range, existingOnly) {
  const { pairDocs, pairImpacts } = index2.bigrams;
  const w0 = atom.weight * idf(index2, atom.slots[0].terms[0]) / 255;
  const w1 = atom.weight * idf(index2, atom.slots[1].terms[0]) / 255;
  for (let i = range[0]; i < range[1]; i++) {
    const d = pairDocs[i];
    if (existingOnly && s.mask[d] === 0) continue;
    const impacts = pairImpacts[i];
    mark(s, d, atom.bits, w0 * (impacts >>> 8) + w1 * (impacts & 255));
  }
}
function phraseAt(index2, entry, pairSlot, offsets, n) {
  const { posStart, positions } = index2;
  for (let p0 = 0; p0 < entry.length && pairSlot[p0] === 0; p0++) {
    const e0 = entry[p0];
    if (e0 < 0) continue;
    for (let i = posStart[e0]; i < posStart[e0 + 1]; i++) {
      const start = positions[i];
      let ok = true;
      for (let si = 1; si < n && ok; si++) {
        ok = false;
        const want = start + offsets[si];
        for (let p = 0; p < entry.length && !ok; p++) {
          if (pairSlot[p] !== si || entry[p] < 0) continue;
          const e = entry[p];
          let lo = posStart[e];
          let hi = posStart[e + 1];
          while (lo < hi) {
            const mid = lo + hi >>> 1;
            if (positions[mid] < want) lo = mid + 1;
            else hi = mid;
          }
          ok = lo < posStart[e + 1] && positions[lo] === want;
        }
      }
      if (ok) return true;
    }
  }
  return false;
}

// lib/search/postings.ts
var CANDIDATE = 2147483648;
var scratches = /* @__PURE__ */ new WeakMap();
function scratchOf(index2) {
  let s = scratches.get(index2);
  if (!s) {
    const N = index2.docCount;
    s = {
      acc: new Float32Array(N),
      mask: new Uint32Array(N),
      touched: new Uint32Array(N),
      touchedCount: 0,
      filter: new Uint8Array(N),
      allowed: new Uint32Array(N),
      filterBits: new Int32Array(N + 31 >>> 5),
      facetBits: new Int32Array(N + 31 >>> 5),
      counts: new Int32Array(counterCount(index2.facets))
    };
    scratches.set(index2, s);
  }
  return s;
}
function idf(index2, term) {
  const df = index2.termStart[term + 1] - index2.termStart[term];
  return Math.log(1 + (index2.docCount - df + 0.5) / (df + 0.5));
}
function seek(docs, lo, hi, doc) {
  let step = 1;
  let probe = lo;
  while (probe < hi && docs[probe] < doc) {
    lo = probe + 1;
    probe += step;
    step <<= 1;
  }
  if (probe > hi) probe = hi;
  while (lo < probe) {
    const mid = lo + probe >>> 1;
    if (docs[mid] < doc) lo = mid + 1;
    else probe = mid;
  }
  return lo;
}
function find(docs, lo, hi, doc, N) {
  if (hi - lo <= 16) return seek(docs, lo, hi, doc);
  const guess = Math.min(hi - 1, lo + Math.floor((hi - lo) * doc / N));
  if (docs[guess] < doc) return seek(docs, guess + 1, hi, doc);
  let right = guess;
  let step = 1;
  let left = guess - 1;
  while (left >= lo && docs[left] >= doc) {
    right = left;
    left -= step;
    step <<= 1;
  }
  let from = Math.max(left + 1, lo);
  while (from < right) {
    const mid = from + right >>> 1;
    if (docs[mid] < doc) from = mid + 1;
    else right = mid;
  }
  return from;
}
function walkAtom(index2, s, atom, existingOnly = false) {
  if (atom.slots.length > 1) return walkPhrase(index2, s, atom, existingOnly);
  const { postDocs, postImpact, termStart } = index2;
  const { mask, acc, touched } = s;
  const bits = atom.bits;
  let count2 = s.touchedCount;
  for (const t of atom.slots[0].terms) {
    const w = atom.weight * idf(index2, t) / 255;
    const end = termStart[t + 1];
    if (existingOnly) {
      for (let e = termStart[t]; e < end; e++) {
        const d = postDocs[e];
        if (mask[d] === 0) continue;
        mask[d] |= bits;
        acc[d] += w * postImpact[e];
      }
      continue;
    }
    for (let e = termStart[t]; e < end; e++) {
      const d = postDocs[e];
      if (mask[d] === 0) touched[count2++] = d;
      mask[d] |= bits;
      acc[d] += w * postImpact[e];
    }
  }
  s.touchedCount = count2;
}
function probeAtom(index2, s, atom, sorted) {
  const { postDocs, postImpact, termStart } = index2;
  const { mask, acc, touched } = s;
  for (const t of atom.slots[0].terms) {
    const w = atom.weight * idf(index2, t) / 255;
    const row = championRow(index2.champions, t);
    if (row >= 0) {
      const impacts = index2.champions.impacts;
      const base = row * index2.docCount;
      for (let i = 0; i < s.touchedCount; i++) {
        const d = touched[i];
        const impact = impacts[base + d];
        if (impact === 0) continue;
        mask[d] |= atom.bits;
        acc[d] += w * impact;
      }
      continue;
    }
    const start = termStart[t];
    const end = termStart[t + 1];
    let cursor = start;
    for (let i = 0; i < s.touchedCount; i++) {
      const d = touched[i];
      const e = seek(postDocs, sorted ? cursor : start, end, d);
      if (sorted) cursor = e;
      if (e < end && postDocs[e] === d) {
        mask[d] |= atom.bits;
        acc[d] += w * postImpact[e];
      }
    }
  }
}

// lib/search/bitsets.ts
var bitsetWords = (index2) => index2.docCount + 31 >>> 5;
var cache2 = /* @__PURE__ */ new WeakMap();
function championBits(index2, row) {
  let rows = cache2.get(index2);
  if (!rows) cache2.set(index2, rows = []);
  let bits = rows[row];
  if (bits) return bits;
  const N = index2.docCount;
  bits = new Int32Array(bitsetWords(index2));
  const impacts = index2.champions.impacts;
  for (let d = 0, base = row * N; d < N; d++) if (impacts[base + d] !== 0) bits[d >>> 5] |= 1 << (d & 31);
  rows[row] = bits;
  return bits;
}
function orTerm(index2, term, out) {
  const row = championRow(index2.champions, term);
  if (row >= 0) {
    const bits = championBits(index2, row);
    for (let w = 0; w < out.length; w++) out[w] |= bits[w];
    return;
  }
  const { postDocs, termStart } = index2;
  for (let e = termStart[term], end = termStart[term + 1]; e < end; e++) {
    const d = postDocs[e];
    out[d >>> 5] |= 1 << (d & 31);
  }
}
var scratches2 = /* @__PURE__ */ new WeakMap();
function wordsOf(index2, s) {
  let w = scratches2.get(s);
  if (!w) {
    const n = bitsetWords(index2);
    scratches2.set(s, w = { hits: new Int32Array(n), clause: new Int32Array(n) });
  }
  return w;
}
var validBits = (N, W, w) => w === W - 1 && N & 31 ? (1 << (N & 31)) - 1 : -1;
function collectByBitset(index2, s, filtering, atoms, order, probes, top, count2) {
  const N = index2.docCount;
  const W = bitsetWords(index2);
  const { hits, clause } = wordsOf(index2, s);
  if (filtering.facets > 0) hits.set(s.filterBits);
  else {
    hits.fill(-1);
    hits[W - 1] = validBits(N, W, W - 1);
  }
  for (const b of order) {
    const terms = atoms.filter((a) => a.bits & 1 << b).flatMap((a) => a.slots[0].terms);
    const row = terms.length === 1 ? championRow(index2.champions, terms[0]) : -1;
    if (row >= 0) {
      const only = championBits(index2, row);
      for (let w = 0; w < W; w++) hits[w] &= only[w];
      continue;
    }
    clause.fill(0);
    for (const t of terms) orTerm(index2, t, clause);
    for (let w = 0; w < W; w++) hits[w] &= clause[w];
  }
  const { postDocs, postImpact, termStart } = index2;
  const impacts = index2.champions.impacts;
  const { term, weight, base, cursor } = probes;
  const P = base.length;
  const heap = top.keys;
  let bar = top.size < top.k ? -Infinity : heap[0];
  let total = 0;
  for (let w = 0; w < W; w++) {
    for (let x = hits[w]; x !== 0; x &= x - 1) {
      const d = w << 5 | 31 - Math.clz32(x & -x);
      total++;
      let score = 0;
      for (let p = 0; p < P; p++) {
        let impact;
        if (base[p] >= 0) impact = impacts[base[p] + d];
        else {
          const end = termStart[term[p] + 1];
          const e = cursor[p] = seek(postDocs, cursor[p], end, d);
          impact = e < end && postDocs[e] === d ? postImpact[e] : 0;
        }
        if (impact !== 0) score = Math.fround(score + weight[p] * impact);
      }
      if (score > bar) {
        top.offer(score, d);
        if (top.size === top.k) bar = heap[0];
      }
    }
  }
  if (count2) countHits(index2, s.counts, hits, filtering.facets === 0 && total > N / 2);
  return total;
}
function countHits(index2, counts, hits, complement) {
  const N = index2.docCount;
  const W = hits.length;
  const f = index2.facets;
  const slots = slotsOf(f);
  for (let w = 0; w < W; w++) {
    const word = complement ? ~hits[w] & validBits(N, W, w) : hits[w];
    for (let x = word; x !== 0; x &= x - 1) countDoc(f, slots, counts, w << 5 | 31 - Math.clz32(x & -x));
  }
  if (complement) subtractFromTotals(f, counts);
}

// lib/search/by-clause.ts
var TIER = 1e5;
var PROBE_RATIO = 16;
var probeRatio = (index2, a) => a.slots[0].terms.every((t) => championRow(index2.champions, t) >= 0) ? 1 : PROBE_RATIO;
function popcount(x) {
  x -= x >>> 1 & 1431655765;
  x = (x & 858993459) + (x >>> 2 & 858993459);
  return (x + (x >>> 4) & 252645135) * 16843009 >>> 24;
}
function candidatesFromFilters(s, allowedCount) {
  const { allowed, mask, touched } = s;
  for (let i = 0; i < allowedCount; i++) {
    const d = allowed[i];
    touched[i] = d;
    mask[d] = CANDIDATE;
  }
  s.touchedCount = allowedCount;
}
function narrowByClause(index2, s, nf, plan, order, sizes, done, need, sorted, top, count2) {
  const { atoms, clauses } = plan;
  if (need !== 0 && clauses > 1) compact(s, need, nf);
  for (const b of order) {
    if (need & 1 << b) continue;
    atoms.forEach((a, i) => {
      if (done[i] || !(a.bits & 1 << b) || s.touchedCount === 0) return;
      done[i] = 1;
      if (a.slots.length === 1 && sizes[i] > s.touchedCount * probeRatio(index2, a))
        probeAtom(index2, s, a, sorted);
      else walkAtom(index2, s, a, true);
    });
    need |= 1 << b;
    if (b !== order[order.length - 1]) compact(s, need, nf);
  }
  return finish(index2, s, nf, top, need, false, count2);
}
function compact(s, need, nf) {
  const { mask, acc, touched, filter } = s;
  let kept = 0;
  for (let i = 0; i < s.touchedCount; i++) {
    const d = touched[i];
    if ((mask[d] & need) === need && (nf === 0 || filter[d] === nf)) touched[kept++] = d;
    else {
      mask[d] = 0;
      acc[d] = 0;
    }
  }
  s.touchedCount = kept;
}
function finish(index2, s, nf, top, need, tiered, count2) {
  const { acc, mask, touched, filter, counts } = s;
  const f = index2.facets;
  const N = index2.docCount;
  const complement = count2 && nf === 0 && s.touchedCount > N / 2;
  const heap = top.keys;
  const slots = slotsOf(f);
  let bar = top.size < top.k ? -Infinity : heap[0];
  let total = 0;
  for (let i = 0; i < s.touchedCount; i++) {
    const d = touched[i];
    const m = mask[d];
    const key = tiered ? popcount(m & ~CANDIDATE) * TIER + acc[d] : acc[d];
    acc[d] = 0;
    if ((m & need) !== need || nf > 0 && filter[d] !== nf) {
      mask[d] = 0;
      continue;
    }
    total++;
    if (key > bar) {
      top.offer(key, d);
      if (top.size === top.k) bar = heap[0];
    }
    if (complement) continue;
    mask[d] = 0;
    if (count2) countDoc(f, slots, counts, d);
  }
  if (complement) {
    for (let d = 0; d < N; d++) {
      if (mask[d] !== 0) mask[d] = 0;
      else countDoc(f, slots, counts, d);
    }
    subtractFromTotals(f, counts);
  }
  return total;
}

// lib/search/by-document.ts
function probesFor(index2, atoms, order, done) {
  const groups = [];
  const bits = [];
  const taken = Uint8Array.from(done);
  for (const b of order) {
    const group = [];
    atoms.forEach((a, i) => {
      if (taken[i] || !(a.bits & 1 << b)) return;
      taken[i] = 1;
      for (const term of a.slots[0].terms) group.push({ atom: a, term });
    });
    groups.push(group);
    bits.push(1 << b);
  }
  const flat = groups.flat();
  const p = {
    term: Int32Array.from(flat, (x) => x.term),
    weight: Float64Array.from(flat, (x) => x.atom.weight * idf(index2, x.term) / 255),
    bits: Int32Array.from(flat, (x) => x.atom.bits),
    base: Float64Array.from(flat, (x) => {
      const row = championRow(index2.champions, x.term);
      return row < 0 ? -1 : row * index2.docCount;
    }),
    cursor: Int32Array.from(flat, (x) => index2.termStart[x.term]),
    groupEnd: new Int32Array(groups.length),
    groupBit: Int32Array.from(bits)
  };
  let end = 0;
  groups.forEach((g, i) => p.groupEnd[i] = end += g.length);
  return p;
}
function collectByDocument(index2, s, candidates, probes, nf, top, count2) {
  const { postDocs, postImpact, termStart } = index2;
  const impacts = index2.champions.impacts;
  const { acc, mask, touched, filter, allowed, counts } = s;
  const f = index2.facets;
  const slots = slotsOf(f);
  const heap = top.keys;
  const { term, weight, bits, base, cursor, groupEnd, groupBit } = probes;
  const sorted = candidates.from === "term" || candidates.sorted;
  const groups = groupEnd.length;
  let bar = top.size < top.k ? -Infinity : heap[0];
  let total = 0;
  let n;
  let leadFrom = 0;
  let leadWeight = 0;
  if (candidates.from === "term") {
    leadFrom = termStart[candidates.term];
    n = termStart[candidates.term + 1] - leadFrom;
    leadWeight = candidates.weight * idf(index2, candidates.term) / 255;
  } else n = candidates.from === "touched" ? s.touchedCount : candidates.count;
  for (let i = 0; i < n; i++) {
    let d;
    let m;
    let score;
    if (candidates.from === "term") {
      d = postDocs[leadFrom + i];
      m = candidates.bits;
      score = Math.fround(leadWeight * postImpact[leadFrom + i]);
    } else if (candidates.from === "touched") {
      d = touched[i];
      m = mask[d];
      score = acc[d];
      mask[d] = 0;
      acc[d] = 0;
    } else {
      d = allowed[i];
      m = 0;
      score = 0;
    }
    if (nf > 0 && filter[d] !== nf) continue;
    let p = 0;
    let g = 0;
    for (; g < groups; g++) {
      for (const end = groupEnd[g]; p < end; p++) {
        let impact;
        if (base[p] >= 0) impact = impacts[base[p] + d];
        else {
          const t = term[p];
          const e = seek(postDocs, sorted ? cursor[p] : termStart[t], termStart[t + 1], d);
          if (sorted) cursor[p] = e;
          impact = e < termStart[t + 1] && postDocs[e] === d ? postImpact[e] : 0;
        }
        if (impact === 0) continue;
        m |= bits[p];
        score = Math.fround(score + weight[p] * impact);
      }
      if ((m & groupBit[g]) === 0) break;
    }
    if (g < groups) continue;
    total++;
    if (score > bar) {
      top.offer(score, d);
      if (top.size === top.k) bar = heap[0];
    }
    if (count2) countDoc(f, slots, counts, d);
  }
  return total;
}

// lib/search/single-term.ts
function singleTerm(atoms) {
  if (atoms.length !== 1) return -1;
  const slots = atoms[0].slots;
  return slots.length === 1 && slots[0].terms.length === 1 ? slots[0].terms[0] : -1;
}
function collectSingleTerm(index2, counts, atom, term, top, count2 = true) {
  const { postDocs, postImpact, termStart } = index2;
  const from = termStart[term];
  const to = termStart[term + 1];
  const w = atom.weight * idf(index2, term) / 255;
  const row = championRow(index2.champions, term);
  const champion = row >= 0 && top.k <= CHAMPIONS;
  if (count2) countTerm(index2, counts, row, from, to);
  const best = champion ? index2.champions.top.subarray(row * CHAMPIONS, row * CHAMPIONS + top.k) : bestEntries(postImpact, from, to, top.k);
  for (const e of best) top.offer(w * postImpact[e], postDocs[e]);
  return to - from;
}
function countTerm(index2, counts, row, from, to) {
  const f = index2.facets;
  if (row >= 0) {
    const V = f.values.length;
    counts.set(index2.champions.counts.subarray(row * V, row * V + V));
    return;
  }
  const { postDocs } = index2;
  const slots = slotsOf(f);
  if (to - from > index2.docCount / 2) {
    let e = from;
    for (let d = 0; d < index2.docCount; d++) {
      if (e < to && postDocs[e] === d) e++;
      else countDoc(f, slots, counts, d);
    }
    subtractFromTotals(f, counts);
  } else for (let e = from; e < to; e++) countDoc(f, slots, counts, postDocs[e]);
}

// lib/search/collect.ts
function browseAll(index2, s, nf, top, count2 = true) {
  let total = 0;
  const slots = slotsOf(index2.facets);
  for (let d = 0; d < index2.docCount; d++) {
    if (nf > 0 && s.filter[d] !== nf) continue;
    total++;
    if (count2) countDoc(index2.facets, slots, s.counts, d);
    if (top.size < top.k) top.offer(-d, d);
  }
  return total;
}
function collectAny(index2, s, nf, plan, top, count2 = true) {
  s.touchedCount = 0;
  for (const atom of plan.atoms) walkAtom(index2, s, atom);
  return finish(index2, s, nf, top, 0, true, count2);
}
function atomSize(index2, atom) {
  const { termStart } = index2;
  const pair = pairRangeOf(index2, atom);
  if (pair) return pair[1] - pair[0];
  let min = Infinity;
  for (const slot of atom.slots)
    min = Math.min(
      min,
      slot.terms.reduce((n, t) => n + termStart[t + 1] - termStart[t], 0)
    );
  return min === Infinity ? 0 : min;
}
function collectAll(index2, s, filtering, plan, top, count2 = true) {
  const { atoms, clauses } = plan;
  const nf = filtering.facets;
  const sizes = atoms.map((a) => atomSize(index2, a));
  const cost = new Float64Array(clauses);
  const covered = new Uint8Array(clauses);
  atoms.forEach((a, i) => {
    for (let b = 0; b < clauses; b++) {
      if (!(a.bits & 1 << b)) continue;
      cost[b] = cost[b] + sizes[i];
      covered[b] = 1;
    }
  });
  if (covered.includes(0)) return 0;
  const order = Array.from(cost.keys()).sort((a, b) => cost[a] - cost[b]);
  const done = new Uint8Array(atoms.length);
  s.touchedCount = 0;
  const lead = order[0];
  const leadAtoms = atoms.filter((a) => a.bits & 1 << lead);
  const fromFilters = nf > 0 && filtering.allowed <= cost[lead];
  const probeable = (clauses2) => atoms.every((a, i) => done[i] || a.slots.length === 1 || clauses2.every((b) => !(a.bits & 1 << b)));
  if (probeable(order) && (fromFilters ? filtering.allowed : cost[lead]) >= bitsetWords(index2))
    return collectByBitset(
      index2,
      s,
      filtering,
      atoms,
      order,
      probesFor(index2, atoms, order, done),
      top,
      count2
    );
  if (fromFilters && probeable(order))
    return collectByDocument(
      index2,
      s,
      { from: "allowed", count: filtering.allowed, sorted: filtering.sorted },
      probesFor(index2, atoms, order, done),
      nf,
      top,
      count2
    );
  const single = leadAtoms.length === 1 ? singleTerm(leadAtoms) : -1;
  const rest = order.slice(1);
  if (!fromFilters && single >= 0 && (nf > 0 || cost[lead] <= index2.docCount / 2) && probeable(rest)) {
    done[atoms.indexOf(leadAtoms[0])] = 1;
    const { weight, bits } = leadAtoms[0];
    return collectByDocument(
      index2,
      s,
      { from: "term", term: single, weight, bits },
      probesFor(index2, atoms, rest, done),
      nf,
      top,
      count2
    );
  }
  let sorted = true;
  if (fromFilters) candidatesFromFilters(s, filtering.allowed);
  else {
    for (const a of leadAtoms) {
      walkAtom(index2, s, a);
      done[atoms.indexOf(a)] = 1;
    }
    const only = leadAtoms[0];
    sorted = leadAtoms.length === 1 && (only.slots.length > 1 || only.slots[0].terms.length === 1);
    if ((nf > 0 || s.touchedCount <= index2.docCount / 2) && probeable(rest))
      return collectByDocument(
        index2,
        s,
        { from: "touched", sorted },
        probesFor(index2, atoms, rest, done),
        nf,
        top,
        count2
      );
  }
  const need = fromFilters ? 0 : 1 << lead;
  return narrowByClause(index2, s, nf, plan, order, sizes, done, need, sorted, top, count2);
}

// lib/search/plan.ts
var MAX_CLAUSES = 31;
var GLOSSARY_WEIGHT = 0.9;
var TYPO_WEIGHT = 0.6;
var firstTermMaps = /* @__PURE__ */ new WeakMap();
function glossaryByFirstTerm(index2) {
  let m = firstTermMaps.get(index2);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    for (const p of index2.glossary)
      for (const t of p.slots[0].terms) {
        const list = m.get(t) ?? [];
        list.push(p);
        m.set(t, list);
      }
    firstTermMaps.set(index2, m);
  }
  return m;
}
function existing(index2, terms, langs) {
  const out = [];
  for (const t of terms) {
    if (!langs.some((l) => t.startsWith(l + ":"))) continue;
    const id2 = index2.termIds.get(t);
    if (id2 !== void 0 && !out.includes(id2)) out.push(id2);
  }
  return out;
}
function phraseAtom(index2, slots, langs, bits, weight) {
  const out = [];
  for (const s of slots) {
    const terms = existing(index2, s.terms, langs);
    if (terms.length === 0) return null;
    out.push({ gap: s.gap, terms });
  }
  return out.length > 0 ? { bits, weight, slots: out } : null;
}
function planQuery(index2, q, language) {
  const langs = language === "all" ? LANGS : [language];
  const plan = { clauses: 0, atoms: [], terms: [], expanded: [] };
  for (const m of q.matchAll(/"([^"]*)"?|[^"]+/g)) {
    if (plan.clauses >= MAX_CLAUSES) break;
    if (m[1] !== void 0) {
      const bit = 1 << plan.clauses;
      for (const lang of langs) {
        const atom = phraseAtom(index2, analysePhrase(m[1], lang), [lang], bit, 1);
        if (atom) plan.atoms.push(atom);
      }
      if (m[1].trim())
        plan.terms.push(
          `"${tokenize(m[1]).map((t) => fold(t.raw)).join(" ")}"`
        );
      if (tokenize(m[1]).length > 0) plan.clauses++;
      continue;
    }
    const words = [];
    for (const tok of tokenize(m[0])) {
      const terms = LANGS.flatMap((l) => analyseToken(tok.raw, l));
      if (terms.length === 0 || plan.clauses >= MAX_CLAUSES) continue;
      const word = { folded: fold(tok.raw), terms, bit: 1 << plan.clauses++ };
      words.push(word);
      plan.terms.push(word.folded);
      addWordAtoms(index2, plan, word, tok.raw, langs);
    }
    addGlossaryAtoms(index2, plan, words, langs);
  }
  return plan;
}
function addWordAtoms(index2, plan, word, raw, langs) {
  const terms = existing(index2, word.terms, langs);
  if (terms.length > 0) {
    plan.atoms.push({ bits: word.bit, weight: 1, slots: [{ gap: 0, terms }] });
    return;
  }
  if (index2.termIds.size === 0 || LANGS.some((l) => existing(index2, analyseToken(raw, l), LANGS).length > 0))
    return;
  for (const candidate of typoCandidates(index2, word.folded)) {
    const alt = existing(
      index2,
      langs.flatMap((l) => analyseToken(candidate, l)),
      langs
    );
    if (alt.length === 0) continue;
    plan.atoms.push({ bits: word.bit, weight: TYPO_WEIGHT, slots: [{ gap: 0, terms: alt }] });
    plan.expanded.push(candidate);
  }
}
function addGlossaryAtoms(index2, plan, words, langs) {
  if (index2.glossary.length === 0) return;
  const byFirst = glossaryByFirstTerm(index2);
  let i = 0;
  while (i < words.length) {
    let best = 0;
    let entries = /* @__PURE__ */ new Set();
    for (const t of words[i].terms)
      for (const p of byFirst.get(t) ?? []) {
        const n = p.slots.length;
        if (n < best || i + n > words.length) continue;
        if (!p.slots.every((s, j) => s.terms.some((st) => words[i + j].terms.includes(st)))) continue;
        if (n > best) {
          best = n;
          entries = /* @__PURE__ */ new Set();
        }
        entries.add(p.entry);
      }
    if (best === 0) {
      i++;
      continue;
    }
    let bits = 0;
    for (let j = i; j < i + best; j++) bits |= words[j].bit;
    for (const p of index2.glossary) {
      if (!entries.has(p.entry) || !langs.includes(p.lang)) continue;
      const atom = phraseAtom(index2, p.slots, [p.lang], bits, GLOSSARY_WEIGHT);
      if (!atom) continue;
      plan.atoms.push(atom);
      if (!plan.expanded.includes(p.label)) plan.expanded.push(p.label);
    }
    i += best;
  }
}

// lib/search/snippet.ts
var WINDOW = 24;
var BEFORE = 6;
var LENGTH = 34;
var TOKEN_MASK = (1 << FIELD_SHIFT) - 1;
var starts = new Int32Array(2 * MARK_EVERY + LENGTH + 2);
var ends = new Int32Array(2 * MARK_EVERY + LENGTH + 2);
var headerBuffers = /* @__PURE__ */ new WeakMap();
function readDisplay(index2, doc) {
  let buffer = headerBuffers.get(index2);
  if (!buffer) {
    const bytes = index2.headers;
    headerBuffers.set(index2, buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }
  const json = buffer.toString("utf8", index2.headerStart[doc], index2.headerStart[doc + 1]);
  return JSON.parse(json);
}
var posAt = (matches, k) => Math.floor(matches[k] / 4096);
var atomAt = (matches, k) => matches[k] - posAt(matches, k) * 4096;
function count(atoms, matches, k, sign) {
  let change = 0;
  for (let bits = atoms[atomAt(matches, k)].bits, b = 0; bits !== 0; bits >>>= 1, b++) {
    if ((bits & 1) === 0) continue;
    const before = clauseHits[b];
    clauseHits[b] = before + sign;
    if (before === 0) change++;
    else if (before + sign === 0) change--;
  }
  return change;
}
function fieldRank(f) {
  return f >= 6 ? 2 : f >= 4 ? 1 : f >= 2 ? 0 : 3;
}
var titleOnly = (rank) => rank === 3 ? 1 : 0;
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;"
};
var escapeChar = (c) => ENTITIES[c];
function escapeHtml(s) {
  return /[&<>"']/.test(s) ? s.replace(/[&<>"']/g, escapeChar) : s;
}
var packed = new Float64Array(256);
var clauseHits = new Int32Array(32);
var marked = new Int32Array(256);
function buildSnippet(index2, doc, atoms) {
  const { postDocs, termStart, posStart, positions } = index2;
  let m = 0;
  const seen = [];
  for (let a = 0; a < atoms.length && a < 4096; a++)
    for (const slot of atoms[a].slots)
      for (const t of slot.terms) {
        if (seen.includes(t)) continue;
        seen.push(t);
        const e = find(postDocs, termStart[t], termStart[t + 1], doc, index2.docCount);
        if (e >= termStart[t + 1] || postDocs[e] !== doc) continue;
        const from = posStart[e];
        const to = posStart[e + 1];
        if (m + to - from > packed.length) {
          const next = new Float64Array(Math.max(packed.length * 2, m + to - from));
          next.set(packed.subarray(0, m));
          packed = next;
        }
        for (let i = from; i < to; i++) packed[m++] = positions[i] * 4096 + a;
      }
  if (m === 0) return null;
  const matches = packed.subarray(0, m).sort();
  let bestField = -1;
  let bestStart = 0;
  let bestCover = -1;
  let bestCount = 0;
  let bestRank = 9;
  let j = 0;
  let cover = 0;
  clauseHits.fill(0);
  for (let i = 0; i < m; i++) {
    const pos = posAt(matches, i);
    const field = pos >>> FIELD_SHIFT;
    const start = pos & TOKEN_MASK;
    if (j < i) j = i;
    while (j < m && posAt(matches, j) >>> FIELD_SHIFT === field && (posAt(matches, j) & TOKEN_MASK) - start < WINDOW)
      cover += count(atoms, matches, j++, 1);
    const rank = fieldRank(field);
    const better = titleOnly(rank) - titleOnly(bestRank) || bestCover - cover || rank - bestRank || bestCount - (j - i);
    if (bestField < 0 || better < 0) {
      bestField = field;
      bestStart = start;
      bestCover = cover;
      bestCount = j - i;
      bestRank = rank;
    }
    cover += count(atoms, matches, i, -1);
  }
  if (bestField < 0 || index2.docPiece[doc] + bestField >= index2.docPiece[doc + 1]) return null;
  const piece = index2.docPiece[doc] + bestField;
  if (marked.length < m) marked = new Int32Array(packed.length);
  let n = 0;
  for (let k = 0; k < m; k++) {
    const pos = posAt(matches, k);
    if (pos >>> FIELD_SHIFT !== bestField) continue;
    const token = pos & TOKEN_MASK;
    if (n === 0 || marked[n - 1] !== token) marked[n++] = token;
  }
  return {
    section: index2.labels[index2.pieceLabel[piece]],
    html: renderWindow(index2, piece, bestStart, marked, n)
  };
}
function renderWindow(index2, piece, firstMark, marked2, markedCount) {
  const from = Math.max(0, firstMark - BEFORE);
  const marks = index2.tokenMarks;
  const markFrom = index2.markStart[piece];
  const markCount = index2.markStart[piece + 1] - markFrom;
  const pieceStart = index2.storeStart[piece];
  const pieceEnd = index2.storeEnd[piece];
  const first = Math.min(Math.floor(from / MARK_EVERY), Math.max(0, markCount - 1));
  const last = Math.floor((from + LENGTH + 1) / MARK_EVERY) + 1;
  const byteFrom = markCount > 0 ? pieceStart + marks[markFrom + first] : pieceStart;
  const byteTo = last < markCount ? pieceStart + marks[markFrom + last] : pieceEnd;
  const base = markCount > 0 ? first * MARK_EVERY : 0;
  const bytes = index2.readStore(byteFrom, byteTo);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const limit = from - base + LENGTH + 1;
  let found = scanAsciiTokens(bytes, limit, starts, ends);
  if (found < 0) found = scanTokens(text, 0, limit, starts, ends);
  const lo = from - base;
  const hi = Math.min(found, lo + LENGTH);
  if (lo >= hi) return escapeHtml(text.slice(0, 200));
  let html = from > 0 ? "\u2026 " : "";
  let cursor = starts[lo];
  for (let k = 0; k < markedCount; k++) {
    const i = marked2[k] - base;
    if (i < lo) continue;
    if (i >= hi) break;
    html += `${escapeHtml(text.slice(cursor, starts[i]))}<mark>${escapeHtml(text.slice(starts[i], ends[i]))}</mark>`;
    cursor = ends[i];
  }
  html += escapeHtml(text.slice(cursor, ends[hi - 1]));
  if (hi < found || byteTo < pieceEnd) html += " \u2026";
  return html;
}

// lib/search/top-k.ts
var TopK = class {
  constructor(k) {
    this.k = k;
    this.keys = new Float64Array(k);
    this.docs = new Int32Array(k);
  }
  k;
  keys;
  docs;
  size = 0;
  /** Callers on hot loops check `size < k || key > keys[0]` first, which rejects most documents without a call. */
  offer(key, doc) {
    if (this.k === 0) return;
    if (this.size < this.k) {
      let i2 = this.size++;
      while (i2 > 0) {
        const p = i2 - 1 >> 1;
        if (this.keys[p] <= key) break;
        this.keys[i2] = this.keys[p];
        this.docs[i2] = this.docs[p];
        i2 = p;
      }
      this.keys[i2] = key;
      this.docs[i2] = doc;
      return;
    }
    if (key <= this.keys[0]) return;
    let i = 0;
    for (; ; ) {
      const l = 2 * i + 1;
      if (l >= this.k) break;
      const c = l + 1 < this.k && this.keys[l + 1] < this.keys[l] ? l + 1 : l;
      if (this.keys[c] >= key) break;
      this.keys[i] = this.keys[c];
      this.docs[i] = this.docs[c];
      i = c;
    }
    this.keys[i] = key;
    this.docs[i] = doc;
  }
  sorted() {
    const out = [];
    for (let i = 0; i < this.size; i++) out.push({ key: this.keys[i], doc: this.docs[i] });
    return out.sort((a, b) => b.key - a.key || a.doc - b.doc);
  }
};

// lib/search/search.ts
var MAX_SIZE = 100;
var lookups = /* @__PURE__ */ new WeakMap();
function lookupOf(index2) {
  let m = lookups.get(index2);
  if (!m) lookups.set(index2, m = valueLookup(index2.facets));
  return m;
}
function rankIndex(index2, request, { counts = true } = {}) {
  const size = Math.max(0, Math.min(MAX_SIZE, Math.floor(request.size) || 0));
  const page = Math.max(1, Math.floor(request.page) || 1);
  const plan = planQuery(index2, request.q, request.language);
  const s = scratchOf(index2);
  const filtering = markFilters(index2.facets, lookupOf(index2), request.filters, {
    counter: s.filter,
    out: s.allowed,
    bits: s.filterBits,
    work: s.facetBits
  });
  const k = Math.min(page * size, index2.docCount);
  let top = new TopK(k);
  s.counts.fill(0);
  let total = 0;
  let match = request.match ?? "all";
  const term = filtering.facets === 0 && plan.clauses === 1 ? singleTerm(plan.atoms) : -1;
  if (request.q.trim() === "") total = browseAll(index2, s, filtering.facets, top, counts);
  else if (term >= 0) total = collectSingleTerm(index2, s.counts, plan.atoms[0], term, top, counts);
  else if (plan.atoms.length > 0 && match === "any")
    total = collectAny(index2, s, filtering.facets, plan, top, counts);
  else if (plan.atoms.length > 0) {
    total = collectAll(index2, s, filtering, plan, top, counts);
    if (total === 0 && plan.clauses > 1) {
      match = "any";
      top = new TopK(k);
      total = collectAny(index2, s, filtering.facets, plan, top, counts);
    }
  }
  return {
    total,
    match,
    plan,
    ranked: top.sorted().slice((page - 1) * size),
    counts: counts ? s.counts : null
  };
}

// ../../tmp/prof/snip2.mts
var index = await readSearchIndex(process.argv[2]);
for (const q of (process.argv[3] ?? 'negara,research,"perdagangan manusia",memanubada').split(",")) {
  const r = rankIndex(index, { q, filters: {}, page: 1, size: 20, language: "all" }, { counts: false });
  const docs = r.ranked.map((x) => x.doc);
  const N = Number(process.env.N ?? 3e3);
  let t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) for (const d of docs) buildSnippet(index, d, r.plan.atoms);
  const sn = Number(process.hrtime.bigint() - t) / N / docs.length;
  t = process.hrtime.bigint();
  for (let i = 0; i < N; i++) for (const d of docs) readDisplay(index, d);
  const di = Number(process.hrtime.bigint() - t) / N / docs.length;
  const ex = buildSnippet(index, docs[0], r.plan.atoms);
  console.log(q, "warm ns/hit snippet", sn.toFixed(0), "display", di.toFixed(0), ex?.section, ex?.html.length, JSON.stringify(readDisplay(index, docs[0])).length);
}
