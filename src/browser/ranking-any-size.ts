/**
 * The SCIM tax ranking at a team size the reader types. It fetches the plans once and
 * ranks them with src/lib/pages/ranking.ts, the module the build used for the published
 * sizes, so a size typed here gives the same figures the page would.
 */
import type { Currency } from '../schema/app.ts';
import { figuresAt, rankingAt, type RankingInput } from '../lib/pages/ranking.ts';

let inputs: Promise<RankingInput[]> | undefined;

function render(table: HTMLTableSectionElement, rows: ReturnType<typeof rankingAt>['ranked']) {
  table.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.slug = row.slug;
      const cells: (string | HTMLElement)[] = [String(row.rank)];
      const link = document.createElement('a');
      link.href = row.href;
      link.textContent = row.name;
      cells.push(link, row.multipleLabel, row.extra, row.route);
      cells.forEach((cell, index) => {
        const td = document.createElement(index === 1 ? 'th' : 'td');
        if (index === 1) td.setAttribute('scope', 'row');
        td.append(cell);
        tr.append(td);
      });
      return tr;
    }),
  );
}

export function enhanceRankingForm(): void {
  const form = document.querySelector<HTMLFormElement>('[data-ranking-form]');
  const output = document.querySelector<HTMLElement>('[data-ranking-output]');
  if (!form || !output) return;
  const body = output.querySelector('tbody')!;
  const heading = output.querySelector<HTMLElement>('[data-ranking-heading]')!;
  const status = output.querySelector<HTMLElement>('[data-ranking-status]')!;
  const currency = (form.dataset.currency ?? 'USD') as Currency;
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const seats = Math.round(Number(new FormData(form).get('seats')));
    if (!Number.isFinite(seats) || seats < 1) return;
    inputs ??= fetch(form.dataset.source!).then((response) => response.json() as Promise<RankingInput[]>);
    const ranking = rankingAt(await inputs, seats, (view) => figuresAt(view.app, seats), currency);
    render(body, ranking.ranked);
    heading.textContent = `Team of ${ranking.seatsLabel} (${ranking.ranked.length} ranked)`;
    status.textContent = `${ranking.ranked.length} apps ranked for a team of ${ranking.seatsLabel}.`;
    output.hidden = false;
    const url = new URL(location.href);
    url.searchParams.set('seats', String(seats));
    history.replaceState(null, '', url);
  });
  const asked = new URL(location.href).searchParams.get('seats');
  if (asked) {
    (form.elements.namedItem('seats') as HTMLInputElement).value = asked;
    form.requestSubmit();
  }
}
