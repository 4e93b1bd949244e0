/* Archive search: Material's search box backed by Pagefind's chunked index.
 *
 * Vietnamese readers type with or without diacritics, in NFC or NFD, in any case. Pagefind
 * folds diacritics but not "đ", so every syllable typed with "d" is also searched with "đ"
 * and the results merged. A result whose title is the query (a person's page) comes first;
 * "quoted phrases" must appear as written (diacritics folded). Filters: congress, year, person.
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
  let pagefind = null;
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

  async function load() {
    if (!pagefind) {
      pagefind = await import(new URL("pagefind/pagefind.js", base).href);
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      await fillFilters();
    }
    return pagefind;
  }

  async function fillFilters() {
    const available = await pagefind.filters();
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

  function rank(item, query) {
    const title = fold(item.data.meta.title || "");
    let score = item.score;
    if (title === query) score += 1000;
    else if (title.includes(query)) score += 100;
    if ((item.data.meta.loai || "") === "nguoi" && title === query) score += 1000;
    return score;
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
    const engine = await load();
    const filters = chosenFilters();
    const searches = await Promise.all(variants(words).map((q) => engine.search(q, { filters })));
    if (current !== generation) return;
    const merged = new Map();
    for (const search of searches) {
      for (const result of search.results) {
        const seen = merged.get(result.id);
        if (!seen || seen.score < result.score) merged.set(result.id, result);
      }
    }
    /* Fragments cost a request each: load the 20 best, enough to rank an exact title first. */
    const top = [...merged.values()].sort((a, b) => b.score - a.score).slice(0, 20);
    const loaded = await Promise.all(top.map(async (r) => ({ score: r.score, data: await r.data() })));
    if (current !== generation) return;
    const folded = fold(query.replace(/"/g, " "));
    const kept = loaded.filter((item) => phrases.every((p) => fold(item.data.content).includes(p)));
    kept.sort((a, b) => rank(b, folded) - rank(a, folded));
    render(kept, merged.size);
    list.dataset.doneAt = String(performance.now());
    list.dataset.state = "done";
    list.dataset.query = query;
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
      excerpt.innerHTML = item.data.excerpt; /* Pagefind escapes page text; only <mark> is markup */
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

  let timer = null;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value).catch(showError), 120);
  });
  input.addEventListener("focus", () => {
    if (toggle) toggle.checked = true;
    load().catch(showError);
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
