/**
 * The header search as a combobox: type to see results under the box, arrows to move,
 * Enter to open, Escape to close. "/" or Ctrl+K focuses it from anywhere on the page.
 * pagefind loads on first use only.
 */
import { loadPagefind, matchesWholeWords, searchWithExactNames } from './pagefind.ts';

const MAX = 8;

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = form.querySelector<HTMLUListElement>('[role="listbox"]')!;
  const status = form.querySelector<HTMLElement>('[data-header-status]');
  let active = -1;
  let run = 0;

  const options = () => Array.from(list.querySelectorAll<HTMLLIElement>('[role="option"]'));

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function highlight(index: number): void {
    const items = options();
    if (!items.length) return;
    active = (index + items.length) % items.length;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    input.setAttribute('aria-activedescendant', items[active]!.id);
    items[active]!.scrollIntoView({ block: 'nearest' });
  }

  async function search(): Promise<void> {
    const query = input.value.trim();
    const current = ++run;
    if (!query) {
      list.replaceChildren();
      close();
      return;
    }
    const pagefind = await loadPagefind();
    const result = await searchWithExactNames(pagefind, query, {}, MAX);
    if (current !== run || !result) return;
    // Results that moved up past the checked window are checked here.
    const top = (await Promise.all(result.results.slice(0, MAX).map((item) => item.data()))).filter((data) => matchesWholeWords(data, query));
    if (current !== run) return;
    list.replaceChildren(
      ...top.map((data, index) => {
        const item = document.createElement('li');
        item.id = `site-search-option-${index}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        const link = document.createElement('a');
        link.href = data.url;
        link.tabIndex = -1;
        link.textContent = data.meta.title ?? data.url;
        const detail = document.createElement('span');
        detail.className = 'note';
        detail.textContent = data.meta.status ? ` ${data.meta.status}` : '';
        link.append(detail);
        item.append(link);
        return item;
      }),
    );
    const all = document.createElement('li');
    all.id = 'site-search-option-all';
    all.setAttribute('role', 'option');
    all.setAttribute('aria-selected', 'false');
    const allLink = document.createElement('a');
    allLink.href = `/search/?q=${encodeURIComponent(query)}`;
    allLink.tabIndex = -1;
    allLink.textContent = `All ${result.results.length} results for “${query}”`;
    all.append(allLink);
    list.append(all);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
    if (status) status.textContent = `${result.results.length} results. Use the arrow keys to choose one.`;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 120);
  });
  input.addEventListener('focus', () => void loadPagefind());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden) void search();
      else highlight(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options()[active]?.querySelector('a')?.click();
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const typing = target.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === '/' && !typing) || (event.key === 'k' && (event.ctrlKey || event.metaKey))) {
      event.preventDefault();
      input.focus();
    }
  });
}

export function enhanceHeaderSearch(): void {
  document.querySelectorAll<HTMLFormElement>('form[data-header-search]').forEach(enhance);
}
