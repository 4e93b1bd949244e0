/* Archive search: Material's search box backed by two indexes built by hooks/pagefind_index.py.
 *
 * Vietnamese readers type with or without diacritics, in NFC or NFD, in any case; queries are
 * folded (no diacritics, "đ" as "d") before searching. A result whose title is the query (a
 * person's page) comes first; "quoted phrases" must appear as written (diacritics folded).
 * Filters: congress, year, person.
 *
 * 1. The quick index (tim-nhanh/: one short record of metadata per page: title, date, people,
 *    organizer, congress, source; folded and split into syllables) answers first
 *    (data-state="first"), searched here in plain JavaScript: the pages holding every syllable
 *    of the query (the last one as typed so far: a prefix), ranked by how many of the
 *    syllables are in the title, then people, congresses, newest articles first.
 * 2. Pagefind's full-text index (pagefind/) then adds what only the article text contains
 *    (data-state="done"). Pagefind folds diacritics but not "đ", so every syllable typed with
 *    "d" is also searched with "đ" and the results merged. One Pagefind search runs at a time:
 *    while it runs, only the latest query waits for its turn.
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
  let generation = 0;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/\s+/g, " ").trim();
  }

  function parse(query) {
    const text = query.normalize("NFC").toLowerCase();
    const phrases = [...text.matchAll(/"([^"]+)"/g)].map((m) => fold(m[1])).filter(Boolean);
    const words = text.replace(/"/g, " ").split(/\s+/).filter(Boolean);
    return { words, phrases };
  }

  /* "dai hoi dang" -> also "đai hoi dang", "dai hoi đang", … (at most 16 queries). */
  function variants(words) {
    let out = [[]];
    for (const word of words) {
      const options = word.startsWith("d") ? [word, "đ" + word.slice(1)] : [word];
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
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error("tim-nhanh/entry.json " + r.status))));
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

  /* Pages holding each syllable (the last one as a prefix), and which hold it in their title. */
  async function postings(syllable, prefix) {
    const shard = await quickFile(`w/${syllable.slice(0, 2)}.json`, {});
    const words = prefix ? Object.keys(shard).filter((w) => w.startsWith(syllable))
      : (shard[syllable] ? [syllable] : []);
    const all = new Set();
    const title = new Set();
    for (const word of words) {
      for (const id of ids(shard[word][0])) all.add(id);
      for (const id of ids(shard[word][1])) title.add(id);
    }
    const exact = new Set(shard[syllable] ? ids(shard[syllable][0]) : []);
    return { all, title, exact };
  }

  async function quickSearch(query, phrases, count, current) {
    const syllables = fold(query).split(/[^a-z0-9]+/).filter(Boolean);
    if (!syllables.length) return { items: [], total: 0 };
    const entry = await quickEntryLoad();
    const lists = await Promise.all(syllables.map((s, i) => postings(s, i === syllables.length - 1)));
    if (current !== generation) return null;
    lists.sort((a, b) => a.all.size - b.all.size);
    const scored = [];
    for (const id of lists[0].all) {
      if (!lists.every((l) => l.all.has(id))) continue;
      let score = 0;
      for (const l of lists) score += (l.title.has(id) ? 2 : 0) + (l.exact.has(id) ? 0.5 : 0);
      scored.push([score, id]);
    }
    scored.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    /* Candidates are read in batches of twice ``count`` (five batches at most, for quoted
     * phrases that few pass); within what is read, the syllables side by side as typed
     * (a whole name rather than its parts in several names) rank first. */
    const together = syllables.join(" ");
    const read = [];
    const limit = Math.min(scored.length, count * 10);
    for (let start = 0; start < limit && read.length < count; start += count * 2) {
      const batch = scored.slice(start, start + count * 2);
      const blocks = await Promise.all(batch.map(([, id]) => quickFile(`r/${Math.floor(id / entry.block)}.json`, [])));
      if (current !== generation) return null;
      batch.forEach(([score, id], i) => {
        const record = blocks[i][id % entry.block];
        if (!record) return;
        const [url, title, day, kind, summary] = record;
        const content = fold(summary ? `${title}. ${summary}` : title);
        if (!phrases.every((p) => content.includes(p))) return;
        const bonus = content.includes(together) ? 3 : 0;
        read.push({ id, score: score + bonus, data: { url, content, meta: { title, ngay: day, loai: kind, tomtat: summary } } });
      });
    }
    read.sort((a, b) => b.score - a.score || a.id - b.id);
    const items = read.slice(0, count);
    return { items, total: phrases.length ? items.length : scored.length };
  }

  /* ---- 2. Pagefind's full-text index ---- */

  const FULL = "pagefind";
  let pagefind = null;
  let filtersFilled = null;

  function engine() {
    if (!pagefind) {
      pagefind = (async () => {
        const pf = await import(new URL(FULL + "/pagefind.js", base).href);
        await pf.options({ excerptLength: 24 });
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
      select.addEventListener("change", () => run(input.value));
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

  /* The best ``count`` results of every variant query, with their data; null when a newer
   * search started meanwhile (its fragments are not worth fetching). */
  async function fullSearch(queries, filters, phrases, count, current) {
    if (!(await fullTurn(current))) return null;
    const running = engine().then((pf) => Promise.all(queries.map((q) => pf.search(q, { filters }))));
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
    /* Fragments cost a request each: load only the best few. */
    const top = [...merged.values()]
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).slice(0, count);
    const loaded = await Promise.all(top.map(async (r) => ({ score: r.score, data: await r.data() })));
    const kept = loaded.filter((item) => phrases.every((p) => fold(item.data.content).includes(p)));
    return { items: kept, total: merged.size };
  }

  function titleBonus(item, query) {
    const title = fold(item.data.meta.title || "");
    if (title === query) return (item.data.meta.loai || "") === "nguoi" ? 2 : 1;
    return title.includes(query) ? 0.5 : 0;
  }

  /* Exact title first (a person's page before an article of that title), then metadata
   * matches from the quick index, then full-text matches; by score within each. */
  function order(lists, query) {
    const byUrl = new Map();
    lists.forEach((list, tier) => {
      for (const item of list) {
        if (!byUrl.has(item.data.url)) byUrl.set(item.data.url, { ...item, tier });
      }
    });
    return [...byUrl.values()].sort((a, b) =>
      titleBonus(b, query) - titleBonus(a, query) || a.tier - b.tier || b.score - a.score);
  }

  async function run(query) {
    const current = ++generation;
    list.dataset.state = "searching";
    const { words, phrases } = parse(query);
    if (!words.length) {
      list.replaceChildren();
      meta.textContent = "Gõ từ khóa để tìm kiếm";
      list.dataset.state = "idle";
      return;
    }
    const filters = chosenFilters();
    const folded = fold(query.replace(/"/g, " "));
    /* The quick index has no filters: a filtered search is answered by the full index alone. */
    const quick = Object.keys(filters).length ? { items: [], total: 0 }
      : await quickSearch(words.join(" "), phrases, 10, current);
    if (!quick || current !== generation) return;
    if (!Object.keys(filters).length) {
      render(order([quick.items], folded), quick.total);
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
    /* Pagefind is asked the folded query: its ranking of "Trần" and "tran" differs, and the
     * same words in another form must give the same list. */
    const full = await fullSearch(variants(words.map(fold)), filters, phrases, 20, current);
    if (!full || current !== generation) return;
    render(order([quick.items, full.items], folded), Math.max(quick.total, full.total));
    list.dataset.firstAt = list.dataset.firstAt || String(performance.now());
    list.dataset.doneAt = String(performance.now());
    list.dataset.query = query;
    list.dataset.state = "done";
  }

  function render(items, total) {
    meta.textContent = total ? `${total} kết quả` : "Không tìm thấy kết quả nào";
    list.replaceChildren(...items.map((item) => {
      const li = document.createElement("li");
      li.className = "md-search-result__item";
      const link = document.createElement("a");
      link.className = "md-search-result__link";
      link.href = new URL(item.data.url.replace(/^\//, ""), base).href;
      const article = document.createElement("article");
      article.className = "md-search-result__article md-typeset";
      const title = document.createElement("h1");
      title.textContent = item.data.meta.title || item.data.url;
      const excerpt = document.createElement("p");
      if (item.tier === 0) {
        excerpt.textContent = item.data.meta.tomtat || ""; /* quick index: its text is folded */
      } else {
        excerpt.innerHTML = item.data.excerpt; /* Pagefind escapes page text; only <mark> is markup */
      }
      article.append(title);
      if (item.data.meta.ngay) {
        const day = document.createElement("p");
        day.className = "archive-search__date";
        day.textContent = item.data.meta.ngay;
        article.append(day);
      }
      article.append(excerpt);
      link.append(article);
      li.append(link);
      return li;
    }));
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
    timer = setTimeout(() => run(input.value).catch(showError), TYPING_PAUSE);
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
