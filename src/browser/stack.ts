/**
 * The stack calculator on /stack/: a combobox to add apps by name, the team size, the
 * IdP, seats per app, the table and its totals, a CSV download and printing. The whole
 * state lives in the URL. Figures come from src/lib/stack.ts, the same functions the
 * guides are built with; each app's facts are its /data/apps/<slug>.json record.
 */
import type { AppData, Currency } from '../schema/app.ts';
import type { CostInputs } from '../schema/cost-model.ts';
import { searchKey } from '../lib/search-keys.ts';
import { element } from './dom.ts';
import { money, readStackState, stackCsv, stackQuery, stackRow, stackTotals, type StackApp, type StackState } from '../lib/stack.ts';

interface IndexEntry {
  slug: string;
  name: string;
  aliases?: string[];
}

const MAX_SUGGESTIONS = 8;

export function enhanceStack(): void {
  const foundForm = document.querySelector<HTMLFormElement>('[data-stack-form]');
  const foundOutput = document.querySelector<HTMLElement>('[data-stack-output]');
  if (!foundForm || !foundOutput) return;
  const form: HTMLFormElement = foundForm;
  const output: HTMLElement = foundOutput;
  const inputs = JSON.parse(form.dataset.inputs!) as CostInputs;
  const currency = (form.dataset.currency ?? 'USD') as Currency;
  const picker = form.querySelector<HTMLInputElement>('#stack-app')!;
  const suggestions = form.querySelector<HTMLUListElement>('#stack-suggestions')!;
  const seatsInput = form.querySelector<HTMLInputElement>('input[name="seats"]')!;
  const idpSelect = form.querySelector<HTMLSelectElement>('select[name="idp"]')!;
  const chips = form.querySelector<HTMLUListElement>('[data-stack-chips]')!;
  const body = output.querySelector<HTMLTableSectionElement>('[data-stack-rows]')!;
  const totalsRow = output.querySelector<HTMLTableRowElement>('[data-stack-totals]')!;
  const summary = output.querySelector<HTMLElement>('[data-stack-summary]')!;
  const status = output.querySelector<HTMLElement>('[data-stack-status]')!;
  const idpHeading = output.querySelector<HTMLElement>('[data-idp-heading]')!;

  document.querySelector<HTMLElement>('[data-stack-fallback]')?.setAttribute('hidden', '');
  form.hidden = false;

  let state: StackState = readStackState(location.search, { seats: Number(seatsInput.value), idp: idpSelect.value });
  seatsInput.value = String(state.seats);
  if ([...idpSelect.options].some((option) => option.value === state.idp)) idpSelect.value = state.idp;
  else state.idp = idpSelect.value;

  let index: Promise<IndexEntry[]> | undefined;
  const loadIndex = () => (index ??= fetch(form.dataset.index!).then((response) => response.json() as Promise<IndexEntry[]>));
  const records = new Map<string, Promise<StackApp | null>>();
  const loadApp = (slug: string) => {
    let record = records.get(slug);
    if (!record) {
      record = fetch(`/data/apps/${slug}.json`)
        .then((response) => (response.ok ? response.json() : null))
        .then((data: { slug: string; name: string; status: string; statusLabel: string; facts: AppData } | null) => (data ? { slug: data.slug, name: data.name, status: data.status, statusLabel: data.statusLabel, app: data.facts } : null));
      records.set(slug, record);
    }
    return record;
  };

  let run = 0;
  async function render(): Promise<void> {
    const current = ++run;
    history.replaceState(null, '', stackQuery(state));
    const apps = (await Promise.all(state.apps.map(loadApp))).filter((app): app is StackApp => app !== null);
    if (current !== run) return;
    state = { ...state, apps: apps.map((app) => app.slug) };
    const idpName = idpSelect.selectedOptions[0]?.textContent ?? state.idp;
    idpHeading.textContent = `${idpName} provisions it`;
    chips.replaceChildren(
      ...apps.map((app) => {
        const item = element('li', { textContent: `${app.name} ` });
        const remove = element('button', { type: 'button', textContent: '×', attributes: { 'aria-label': `Remove ${app.name}` } });
        remove.addEventListener('click', () => {
          state = { ...state, apps: state.apps.filter((slug) => slug !== app.slug) };
          void render();
          picker.focus();
        });
        item.append(remove);
        return item;
      }),
    );
    const rows = apps.map((app) => stackRow(app, state.seatsBy[app.slug] ?? state.seats, state.idp, inputs));
    const totals = stackTotals(rows);
    body.replaceChildren(
      ...rows.map((row) => {
        const tr = element('tr', { attributes: { 'data-slug': row.slug, 'data-status': row.status, 'data-provisioning': row.provisioning } });
        const name = element('th', { scope: 'row' });
        name.append(element('a', { href: row.href, textContent: row.name }));
        const seats = element('td');
        const seatsField = element('input', { type: 'number', min: '1', step: '1', value: String(row.seats), attributes: { 'aria-label': `Seats for ${row.name}` } });
        seatsField.addEventListener('change', () => {
          const value = Math.round(Number(seatsField.value));
          const seatsBy = { ...state.seatsBy };
          if (value > 0 && value !== state.seats) seatsBy[row.slug] = value;
          else delete seatsBy[row.slug];
          state = { ...state, seatsBy };
          void render();
        });
        seats.append(seatsField);
        tr.append(
          name,
          element('td', { textContent: row.statusLabel, attributes: { 'data-cell': 'status' } }),
          seats,
          element('td', { textContent: row.scimPlan, attributes: { 'data-cell': 'scim-plan' } }),
          element('td', { textContent: money(row.cheapestYearly, currency), attributes: { 'data-cell': 'cheapest' } }),
          element('td', { textContent: money(row.scimYearly, currency), attributes: { 'data-cell': 'scim-yearly' } }),
          element('td', { textContent: row.extra === null ? (row.reason ?? '—') : money(row.extra, currency), attributes: { 'data-cell': 'extra', 'data-value': String(row.extra ?? '') } }),
          element('td', { textContent: row.provisioningLabel, attributes: { 'data-cell': 'provisioning' } }),
          element('td', { textContent: money(row.manualCost, currency), attributes: { 'data-cell': 'manual', 'data-value': String(row.manualCost ?? '') } }),
        );
        return tr;
      }),
    );
    totalsRow.querySelector('[data-total="scim-tax"]')!.textContent = money(totals.scimTax, currency);
    totalsRow.querySelector('[data-total="cannot"]')!.textContent = `${totals.cannotProvision} cannot, ${totals.notDocumented} not documented`;
    totalsRow.querySelector('[data-total="manual"]')!.textContent = money(totals.manualCost, currency);
    summary.textContent = apps.length
      ? `SCIM everywhere would cost ${money(totals.scimTax, currency)} more a year${totals.unpriced ? `, plus ${totals.unpriced} app${totals.unpriced === 1 ? '' : 's'} sold by quote or priced otherwise` : ''}. ${idpName} cannot provision ${totals.cannotProvision} of ${apps.length} apps, and for ${totals.notDocumented} no source says; keeping those by hand costs about ${money(totals.manualCost, currency)} a year.`
      : 'Add apps to see what SCIM would cost across your stack.';
    status.textContent = `${apps.length} apps in your stack.`;
    output.hidden = apps.length === 0;
    (output as HTMLElement & { csv?: string }).csv = stackCsv(rows, totals, idpName);
  }

  // The picker: a combobox over the app names, by keyboard or pointer.
  let active = -1;
  let matches: IndexEntry[] = [];
  const close = () => {
    suggestions.hidden = true;
    picker.setAttribute('aria-expanded', 'false');
    picker.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const add = (entry: IndexEntry) => {
    if (!state.apps.includes(entry.slug)) state = { ...state, apps: [...state.apps, entry.slug] };
    picker.value = '';
    close();
    void render();
  };
  const highlight = (next: number) => {
    const options = [...suggestions.querySelectorAll<HTMLLIElement>('[role="option"]')];
    if (!options.length) return;
    active = (next + options.length) % options.length;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === active)));
    picker.setAttribute('aria-activedescendant', options[active]!.id);
  };
  picker.addEventListener('input', async () => {
    const query = searchKey(picker.value);
    if (!query) return close();
    const all = await loadIndex();
    const keyed = all.map((entry) => ({ entry, keys: [entry.name, ...(entry.aliases ?? [])].map(searchKey) }));
    matches = [
      ...keyed.filter(({ keys }) => keys.some((key) => key.startsWith(query))),
      ...keyed.filter(({ keys }) => !keys.some((key) => key.startsWith(query)) && keys.some((key) => key.includes(query))),
    ]
      .map(({ entry }) => entry)
      .filter((entry) => !state.apps.includes(entry.slug))
      .slice(0, MAX_SUGGESTIONS);
    suggestions.replaceChildren(
      ...matches.map((entry, i) => {
        const option = element('li', { id: `stack-option-${i}`, textContent: entry.name, attributes: { role: 'option', 'aria-selected': 'false' } });
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => add(entry));
        return option;
      }),
    );
    suggestions.hidden = matches.length === 0;
    picker.setAttribute('aria-expanded', String(matches.length > 0));
    active = -1;
  });
  picker.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      highlight(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      highlight(active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const choice = matches[active >= 0 ? active : 0];
      if (choice && !suggestions.hidden) add(choice);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  picker.addEventListener('blur', () => setTimeout(close, 100));
  form.addEventListener('submit', (event) => event.preventDefault());
  seatsInput.addEventListener('change', () => {
    const value = Math.round(Number(seatsInput.value));
    if (value > 0) {
      state = { ...state, seats: value };
      void render();
    }
  });
  idpSelect.addEventListener('change', () => {
    state = { ...state, idp: idpSelect.value };
    void render();
  });
  output.querySelector('[data-stack-csv]')!.addEventListener('click', () => {
    const csv = (output as HTMLElement & { csv?: string }).csv ?? '';
    const link = element('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv' })), download: 'scim-stack.csv' });
    document.body.append(link);
    link.click();
    link.remove();
  });
  output.querySelector('[data-stack-print]')!.addEventListener('click', () => window.print());
  void render();
}
