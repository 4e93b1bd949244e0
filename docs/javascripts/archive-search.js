/* Archive search: Material's search box backed by two indexes built by hooks/pagefind_index.py.
 *
 * What a query means (the same for both indexes):
 * - A syllable typed with diacritics matches that syllable with those diacritics ("Vượng"
 *   finds "Vượng", not "vướng" or "Vương"); a page that wrote it with no diacritics at all
 *   ("Vuong") matches too, ranked below. Tone marks count wherever they are placed ("hoà" and
 *   "hòa" are one syllable). A syllable typed without diacritics matches every spelling
 *   ("tran" finds "Trần", "dang" finds "Đảng").
 * - Every completed syllable matches whole syllables. The last one, while it is being typed
 *   (no space after it), also matches as a prefix, but only when no page holds it whole with
 *   the others: "tran cam tu" lists pages with "Tú", not pages with "tuyến"; "tran cam t"
 *   lists both.
 * - A "quoted phrase" matches those syllables side by side, in order.
 * - Results: a page whose title is the query (a person's page) first, then pages matching
 *   every syllable with its diacritics, then those matching some only through text written
 *   without diacritics; metadata matches (quick index) before full-text ones.
 * - The count shown is the number of results listed. When more pages may match than were
 *   checked, the list says so and offers "Xem thêm kết quả".
 *
 * 1. The quick index (tim-nhanh/: one short record of metadata per page: title, date, people,
 *    organizer, congress, source; syllables keyed as written, see the hook) answers first
 *    (data-state="first"), searched here in plain JavaScript.
 * 2. Pagefind's full-text index (pagefind/) then adds what only the article text contains
 *    (data-state="done"). Pagefind matches loosely (any diacritics, prefixes), so its
 *    candidates are checked here against the page text with the rules above. Pagefind does
 *    not fold "đ": a syllable typed with "d" is also searched with "đ". One Pagefind search
 *    runs at a time: while it runs, only the latest query waits for its turn.
 */
(function () {
  "use strict";

  const root = document.querySelector("[data-archive-search]");
  if (!root) return;
  const input = root.querySelector("[data-archive-search-input]");
  const list = root.querySelector("[data-archive-search-results]");
  const meta = root.querySelector("[data-archive-search-meta]");
  const filterBox = root.querySelector("[data-archive-search-filters]");
  const toggle = document.getElementById("__search");
  const config = JSON.parse(document.getElementById("__config").textContent);
  const base = new URL(config.base.replace(/\/?$/, "/"), location.href);
  const PAGE = 10; /* results added by each "Xem thêm kết quả" */
  let generation = 0;

  /* ---- Syllables and what matches them ---- */

  const TONES = { "\u0301": "S", "\u0300": "F", "\u0309": "R", "\u0303": "X", "\u0323": "J" };

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase();
  }

  /* The key of a syllable, as the hook computes it: lower case, NFC, the tone mark moved to
   * the end as a capital letter ("Hòa", "Hoà" -> "hoaF"). */
  function key(syllable) {
    let tone = "";
    let rest = "";
    for (const char of syllable.toLowerCase().normalize("NFD")) {
      if (TONES[char]) tone = TONES[char];
      else rest += char;
    }
    return rest.normalize("NFC") + tone;
  }

  function keyParts(k) {
    const tone = /[SFRXJ]$/.test(k) ? k.slice(-1) : "";
    return { rest: tone ? k.slice(0, -1) : k, tone };
  }

  const WORD = /[\p{L}\p{N}]+/gu;

  function syllables(text) {
    return text.normalize("NFC").match(WORD) || [];
  }

  function term(syllable) {
    const k = key(syllable);
    const folded = fold(syllable);
    return { typed: syllable.normalize("NFC").toLowerCase(), key: k, folded, marked: k !== folded, ...keyParts(k) };
  }

  /* How page syllable ``k`` (a key) matches term ``t``: 2 as typed, 1 only through a page
   * syllable written without diacritics, 0 not at all. */
  function level(t, k, prefix) {
    const { rest, tone } = keyParts(k);
    const kFolded = fold(rest);
    const same = prefix ? (a, b) => a.startsWith(b) : (a, b) => a === b;
    if (!t.marked) return same(kFolded, t.folded) ? 2 : 0;
    if (same(rest, t.rest) && (prefix && !t.tone ? true : tone === t.tone)) return 2;
    return k === kFolded && same(kFolded, t.folded) ? 1 : 0;
  }

  /* The query: its terms, its quoted phrases (term indexes), and whether the last term is
   * still being typed (no space or closing quote after it). */
  function parse(query) {
    const text = query.normalize("NFC");
    const terms = [];
    const phrases = [];
    let quoted = false;
    for (const piece of text.split('"')) {
      const words = syllables(piece);
      const start = terms.length;
      for (const word of words) terms.push(term(word));
      if (quoted && words.length) phrases.push([...Array(words.length).keys()].map((i) => start + i));
      quoted = !quoted;
    }
    const typing = terms.length > 0 && /[\p{L}\p{N}]$/u.test(text) && !text.endsWith('"');
    return { terms, phrases, typing };
  }

  /* How a page's syllables (keys, in order) match the query: null when they do not; else
   * {folded: terms matched only through text without diacritics, whole: the last term
   * matched whole}. */
  function check(keys, q) {
    const n = q.terms.length;
    const best = new Array(n).fill(0);
    let lastWhole = false;
    for (const k of keys) {
      for (let i = 0; i < n; i++) {
        const prefix = q.typing && i === n - 1;
        const l = level(q.terms[i], k, false);
        if (l > best[i]) best[i] = l;
        if (prefix && l) lastWhole = true;
        if (prefix && !l) best[i] = Math.max(best[i], level(q.terms[i], k, true));
      }
    }
    if (best.some((l) => l === 0)) return null;
    for (const phrase of q.phrases) {
      if (!hasPhrase(keys, phrase.map((i) => q.terms[i]), q.typing && phrase.includes(n - 1))) return null;
    }
    return { folded: best.filter((l) => l === 1).length, whole: !q.typing || lastWhole };
  }

  function hasPhrase(keys, terms, lastTyping) {
    for (let i = 0; i + terms.length <= keys.length; i++) {
      if (terms.every((t, j) => level(t, keys[i + j], lastTyping && j === terms.length - 1))) return true;
    }
    return false;
  }

  /* Pagefind's queries: the syllables as typed, and every d/đ spelling of those typed with
   * "d" and no other diacritics (at most 16 queries). */
  function variants(q) {
    let out = [[]];
    for (const t of q.terms) {
      const options = !t.marked && t.folded.startsWith("d") ? [t.folded, "đ" + t.folded.slice(1)] : [t.typed];
      out = out.flatMap((prefix) => options.map((w) => prefix.concat(w)));
      if (out.length > 16) out = out.slice(0, 16);
    }
    return out.map((ws) => ws.join(" "));
  }

  /* ---- 1. The quick index ---- */

  const quickFiles = new Map();
  let quickEntry = null;

  function quickEntryLoad() {
    if (!quickEntry) {
      quickEntry = fetch(new URL("tim-nhanh/entry.json", base), { cache: "no-cache" })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error("tim-nhanh/entry.json " + r.status))))
        .then((entry) => ({ ...entry, shards: new Set(entry.w || []) }));
      quickEntry.catch(() => { quickEntry = null; });
    }
    return quickEntry;
  }

  function quickFile(path, missing) {
    if (!quickFiles.has(path)) {
      const loaded = quickEntryLoad().then((entry) => fetch(new URL(`tim-nhanh/${entry.v}/${path}`, base)))
        .then((r) => (r.ok ? r.json() : missing));
      loaded.catch(() => quickFiles.delete(path));
      quickFiles.set(path, loaded);
    }
    return quickFiles.get(path);
  }

  function ids(deltas) {
    const out = new Array(deltas.length);
    let at = 0;
    for (let i = 0; i < deltas.length; i++) out[i] = at += deltas[i];
    return out;
  }

  /* For one term: page id -> level (2 as typed, 1 through text without diacritics), and the
   * pages holding it in their title. A shard the index does not have is not asked for; a
   * prefix of one letter is matched whole only (its shards would be most of the index). */
  async function postings(t, prefix, entry) {
    const name = t.folded.slice(0, 2);
    const out = { level: new Map(), title: new Set() };
    if (!entry.shards.has(name)) return out;
    const shard = await quickFile(`w/${name}.json`, {});
    for (const [k, lists] of Object.entries(shard)) {
      const l = level(t, k, prefix && t.folded.length > 1);
      if (!l) continue;
      for (const id of ids(lists[0])) out.level.set(id, Math.max(out.level.get(id) || 0, l));
      for (const id of ids(lists[1])) out.title.add(id);
    }
    return out;
  }

  function intersect(lists) {
    const sorted = [...lists].sort((a, b) => a.level.size - b.level.size);
    const scored = [];
    for (const id of sorted[0].level.keys()) {
      if (!sorted.every((l) => l.level.has(id))) continue;
      let folded = 0;
      let score = 0;
      for (const l of lists) {
        if (l.level.get(id) === 1) folded += 1;
        if (l.title.has(id)) score += 2;
      }
      scored.push({ id, folded, score });
    }
    return scored;
  }

  /* The best ``count`` pages by metadata, checked against the query (phrases, order);
   * ``more``: whether candidates were left unread. */
  async function quickSearch(q, count, current) {
    const entry = await quickEntryLoad();
    const n = q.terms.length;
    const whole = await Promise.all(q.terms.map((t) => postings(t, false, entry)));
    if (current !== generation) return null;
    let scored = intersect(whole);
    if (!scored.length && q.typing) {
      whole[n - 1] = await postings(q.terms[n - 1], true, entry);
      if (current !== generation) return null;
      scored = intersect(whole);
    }
    scored.sort((a, b) => a.folded - b.folded || b.score - a.score || a.id - b.id);
    const read = [];
    let at = 0;
    while (at < scored.length && read.length < count) {
      const batch = scored.slice(at, at + Math.max(count * 2, 20));
      at += batch.length;
      const blocks = await Promise.all(batch.map(({ id }) => quickFile(`r/${Math.floor(id / entry.block)}.json`, [])));
      if (current !== generation) return null;
      batch.forEach((hit, i) => {
        const record = blocks[i][hit.id % entry.block];
        if (!record) return;
        const [url, title, day, kind, summary] = record;
        const text = [title, day, summary].join(". "); /* as the hook indexed it */
        const keys = syllables(text).map(key);
        const match = check(keys, q);
        if (!match) return;
        read.push({
          url, title, day, kind, excerpt: [summary || ""], source: 0, id: hit.id,
          folded: match.folded, whole: match.whole, score: hit.score + (together(keys, q) ? 3 : 0),
        });
      });
      if (at >= count * 10) break; /* a phrase few records hold: the rest on "Xem thêm" */
    }
    return { items: read, more: at < scored.length };
  }

  /* The query's syllables side by side as typed: a whole name rather than its parts in several. */
  function together(keys, q) {
    return q.terms.length > 1 && hasPhrase(keys, q.terms, q.typing);
  }

  /* ---- 2. Pagefind's full-text index ---- */

  const FULL = "pagefind";
  let pagefind = null;
  let filtersFilled = null;

  function engine() {
    if (!pagefind) {
      pagefind = (async () => {
        const pf = await import(new URL(FULL + "/pagefind.js", base).href);
        /* Result URLs relative to the site (as the quick index has them), whatever path the
         * site is served under; they are resolved against the site's base when shown. */
        await pf.options({ baseUrl: "/", excerptLength: 24 });
        await pf.init();
        return pf;
      })();
    }
    return pagefind;
  }

  /* One Pagefind search at a time (each takes its WebAssembly worker a few hundred ms on
   * common words at 10,000 pages); a query arriving meanwhile waits, replacing any other
   * waiting query, which is never run. */
  let fullBusy = null;
  async function fullTurn(current) {
    while (fullBusy) {
      await fullBusy.catch(() => {});
      if (current !== generation) return false;
    }
    return true;
  }

  /* Filter values come from the full index, loaded after the first results are shown. */
  async function fillFilters() {
    const available = await (await engine()).filters();
    for (const select of filterBox.querySelectorAll("select")) {
      const values = Object.keys(available[select.dataset.filter] || {});
      values.sort((a, b) => a.localeCompare(b, "vi"));
      for (const value of values) {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      }
      select.addEventListener("change", () => run(input.value, wanted));
    }
    filterBox.hidden = false;
  }

  function chosenFilters() {
    const filters = {};
    for (const select of filterBox.querySelectorAll("select")) {
      if (select.value) filters[select.dataset.filter] = select.value;
    }
    return filters;
  }

  /* Pagefind's candidates, checked against the page text until ``count`` pass (fragments
   * cost a request each: read in batches, in Pagefind's order); null when a newer search
   * started meanwhile. */
  async function fullSearch(q, filters, count, current) {
    if (!(await fullTurn(current))) return null;
    const running = engine().then((pf) => Promise.all(variants(q).map((v) => pf.search(v, { filters }))));
    fullBusy = running;
    let searches;
    try {
      searches = await running;
    } finally {
      if (fullBusy === running) fullBusy = null;
    }
    if (current !== generation) return null;
    const merged = new Map();
    for (const search of searches) {
      for (const result of search.results) {
        const seen = merged.get(result.id);
        if (!seen || seen.score < result.score) merged.set(result.id, result);
      }
    }
    const candidates = [...merged.values()]
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const kept = [];
    let at = 0;
    while (at < candidates.length && kept.length < count) {
      const batch = candidates.slice(at, at + 20);
      at += batch.length;
      const loaded = await Promise.all(batch.map((r) => r.data()));
      if (current !== generation) return null;
      loaded.forEach((data, i) => {
        const title = data.meta.title || "";
        const content = data.content.normalize("NFC");
        const found = [...content.matchAll(WORD)];
        const keys = found.map((m) => key(m[0]));
        const titleKeys = syllables(title).map(key);
        const match = check(titleKeys.concat(keys), q);
        if (!match) return;
        /* The page text opens with its title (the page heading): the excerpt starts after it. */
        const from = content.startsWith(title) ? title.length : 0;
        const inTitle = q.terms.filter((t) => titleKeys.some((k) => level(t, k, false))).length;
        kept.push({
          url: data.url, title, day: data.meta.ngay || "", kind: data.meta.loai || "",
          excerpt: excerpt(content, found, keys, q, from), source: 1, id: at - batch.length + i,
          folded: match.folded, whole: match.whole, score: 2 * inTitle + (together(keys, q) ? 3 : 0),
        });
      });
    }
    return { items: kept, more: at < candidates.length };
  }

  /* About 24 syllables of the page text where most of the query's syllables are (the first
   * such place after ``from``), as plain text pieces; the matched syllables as {mark}. */
  function excerpt(text, found, keys, q, from) {
    const n = q.terms.length;
    const hits = keys.map((k) => q.terms.map((t, i) => level(t, k, q.typing && i === n - 1) > 0));
    let first = -1;
    let most = 0;
    for (let i = 0; i < found.length; i++) {
      if (!hits[i].some(Boolean) || found[i].index < from) continue;
      const seen = new Set();
      for (let j = i; j < Math.min(found.length, i + 16); j++) hits[j].forEach((h, t) => h && seen.add(t));
      if (seen.size > most) [first, most] = [i, seen.size];
      if (most === n) break;
    }
    if (first < 0) return [];
    const start = Math.max(0, first - 8);
    const end = Math.min(found.length - 1, start + 23);
    const pieces = start > 0 ? ["… "] : [];
    let at = found[start].index;
    for (let i = start; i <= end; i++) {
      const m = found[i];
      if (m.index > at) pieces.push(text.slice(at, m.index));
      pieces.push(hits[i].some(Boolean) ? { mark: m[0] } : m[0]);
      at = m.index + m[0].length;
    }
    if (end < found.length - 1) pieces.push(" …");
    return pieces;
  }

  /* A page whose title is the query first (a person's page before an article of that
   * title), then pages matching every syllable as typed, then those matching some only
   * through text without diacritics; metadata matches before full-text ones. When the
   * syllable being typed is whole on some page, pages holding it only as a prefix go. */
  function order(lists, q) {
    const byUrl = new Map();
    for (const list of lists) {
      for (const item of list) {
        const seen = byUrl.get(item.url);
        if (!seen) byUrl.set(item.url, item);
        else if (item.folded < seen.folded) seen.folded = item.folded;
      }
    }
    let items = [...byUrl.values()];
    if (items.some((item) => item.whole)) items = items.filter((item) => item.whole);
    const bonus = (item) => {
      const title = syllables(item.title).map(key);
      if (title.length !== q.terms.length || check(title, { ...q, phrases: [] }) === null) return 0;
      return item.kind === "nguoi" ? 2 : 1;
    };
    const bonuses = new Map(items.map((item) => [item, bonus(item)]));
    return items.sort((a, b) => bonuses.get(b) - bonuses.get(a) || a.folded - b.folded
      || a.source - b.source || b.score - a.score || a.id - b.id);
  }

  let wanted = PAGE;

  async function run(query, count) {
    const current = ++generation;
    list.dataset.state = "searching";
    const q = parse(query);
    if (!q.terms.length) {
      list.replaceChildren();
      meta.textContent = "Gõ từ khóa để tìm kiếm";
      list.dataset.state = "idle";
      return;
    }
    const filters = chosenFilters();
    /* The quick index has no filters: a filtered search is answered by the full index alone. */
    const filtered = Object.keys(filters).length > 0;
    const quick = filtered ? { items: [], more: false } : await quickSearch(q, count, current);
    if (!quick || current !== generation) return;
    if (!filtered) {
      const first = order([quick.items], q);
      render(first.slice(0, count), quick.more || first.length > count, query);
      list.dataset.firstAt = String(performance.now());
      list.dataset.query = query;
      list.dataset.state = "first";
    }
    /* Pagefind only once the reader has stopped typing: a search of "d" or "phien h" costs
     * its worker as much as the real one, and the quick answer is already on screen. */
    const wait = FULL_PAUSE - (performance.now() - lastInput);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (current !== generation) return;
    if (!filtersFilled) filtersFilled = fillFilters().catch(showError);
    const full = await fullSearch(q, filters, count, current);
    if (!full || current !== generation) return;
    const items = order([quick.items, full.items], q);
    render(items.slice(0, count), quick.more || full.more || items.length > count, query);
    list.dataset.firstAt = list.dataset.firstAt || String(performance.now());
    list.dataset.doneAt = String(performance.now());
    list.dataset.query = query;
    list.dataset.state = "done";
  }

  function render(items, more, query) {
    meta.textContent = !items.length ? "Không tìm thấy kết quả nào"
      : more ? `${items.length} kết quả đầu tiên` : `${items.length} kết quả`;
    const rows = items.map((item) => {
      const li = document.createElement("li");
      li.className = "md-search-result__item";
      const link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = new URL(item.url.replace(/^\//, ""), base).href;
      const article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      const title = document.createElement("h1");
      title.textContent = item.title || item.url;
      article.append(title);
      if (item.day) {
        const day = document.createElement("p");
        day.className = "archive-search__date";
        day.textContent = item.day;
        article.append(day);
      }
      const text = document.createElement("p");
      for (const piece of item.excerpt) {
        if (typeof piece === "string") text.append(piece);
        else {
          const mark = document.createElement("mark");
          mark.textContent = piece.mark;
          text.append(mark);
        }
      }
      article.append(text);
      link.append(article);
      li.append(link);
      return li;
    });
    if (more) {
      const li = document.createElement("li");
      li.className = "md-search-result__item archive-search__more";
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = "Xem thêm kết quả";
      button.addEventListener("click", () => {
        wanted = items.length + PAGE;
        run(query, wanted).catch(showError);
      });
      li.append(button);
      rows.push(li);
    }
    list.replaceChildren(...rows);
  }

  /* Search once the reader pauses; the quick index answers in a few milliseconds, so a
   * short pause is enough, and a search still running for an earlier keystroke stops at its
   * next step. */
  const TYPING_PAUSE = 80;
  const FULL_PAUSE = 300;
  let timer = null;
  let lastInput = 0;
  input.addEventListener("input", () => {
    lastInput = performance.now();
    clearTimeout(timer);
    generation++;
    wanted = PAGE;
    timer = setTimeout(() => run(input.value, wanted).catch(showError), TYPING_PAUSE);
  });
  input.addEventListener("focus", () => {
    if (toggle) toggle.checked = true;
    quickEntryLoad().catch(showError);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter") {
      const first = list.querySelector("a");
      if (first) location.href = first.href;
    } else if (event.key === "Escape" && toggle) {
      toggle.checked = false;
      input.blur();
    }
  });

  function showError(error) {
    meta.textContent = "Không tải được chỉ mục tìm kiếm (" + error + ")";
    list.dataset.state = "error";
  }
})();
