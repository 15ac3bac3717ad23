/**
 * The scorecard page: one script for both homes. In VS Code's webview it talks to the
 * extension (data in, reveal / export / review out) and keeps its view state with
 * getState/setState; as the CLI's standalone HTML report it reads the data embedded in the page
 * and needs nothing else. Everything is built with DOM calls; workspace text only ever
 * becomes text nodes (dom.ts).
 */
import { formatInfo } from '../core/formats/catalog.js';
import { LENS_LABELS, type Area, type Lens } from '../core/vocabulary.js';
import type { Severity } from '../core/rules/types.js';
import type { ScorecardData, ScorecardFile, ScorecardFinding } from '../core/scorecard.js';
import { band, bandWord, formatDate, historyChart, lensBar, scoreBar } from './charts.js';
import { fill, h, type Child } from './dom.js';
import { EXPORT_FORMATS, type FindingRef, type HostMessage, type PageMessage } from './protocol.js';
import { plural } from '../core/plural.js';
import { AREA_ORDER, filesScores, renderFileEquations, scoring } from './scoring.js';

interface VsCodeApi {
  postMessage(message: PageMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const SEVERITY_LABEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };
const LENS_LABEL: Record<Lens, string> = { UX: `UX: ${LENS_LABELS.UX}`, CX: `CX: ${LENS_LABELS.CX}` };
const LENS_METRICS: Record<Lens, string> = {
  UX: 'task success, error rate, time on task, abandonment',
  CX: 'trust, support contacts, Net Promoter Score (NPS) and customer satisfaction (CSAT), churn, reach',
};
const GROUPS = { area: 'Area', rule: 'Rule', file: 'File', lens: 'Lens' } as const;
type GroupBy = keyof typeof GROUPS;
/** Findings shown per group before a “show all” button. */
const PAGE_SIZE = 200;
/** Rows of the pages and components table shown before a “show all” button. */
const FILES_SHOWN = 20;

interface ViewState {
  groupBy: GroupBy;
  severity: Severity | '';
  area: Area | '';
  lens: Lens | '';
  file: string;
  query: string;
  /** Groups the person closed (`groupBy:key`). */
  closed: string[];
  /** Groups the person expanded past PAGE_SIZE. */
  expanded: string[];
  /** The pages and components table shows every file, not only the first FILES_SHOWN. */
  allFiles: boolean;
  scrollY: number;
}

const vscode = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
let state = readState(vscode?.getState());
let data: ScorecardData | undefined;

/** Only values of the right kind survive from saved state. */
function readState(raw: unknown): ViewState {
  const saved = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(value as T) ? (value as T) : fallback;
  const strings = (value: unknown) =>
    Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return {
    groupBy: pick(saved.groupBy, Object.keys(GROUPS) as GroupBy[], 'area'),
    severity: pick(saved.severity, ['', ...SEVERITIES], ''),
    area: pick(saved.area, ['', ...AREA_ORDER], ''),
    lens: pick(saved.lens, ['', 'UX', 'CX'] as const, ''),
    file: typeof saved.file === 'string' ? saved.file : '',
    query: typeof saved.query === 'string' ? saved.query : '',
    closed: strings(saved.closed),
    expanded: strings(saved.expanded),
    allFiles: saved.allFiles === true,
    scrollY: typeof saved.scrollY === 'number' && saved.scrollY >= 0 ? saved.scrollY : 0,
  };
}

function saveState(): void {
  state.scrollY = Math.round(window.scrollY);
  vscode?.setState(state);
}

// ——— the page skeleton: built once; data updates replace the parts inside ———

const app = document.getElementById('app')!;
const header = h('header', { class: 'top' });
const scores = h('section', { id: 'scores', 'aria-labelledby': 'scores-heading' });
const status = h('p', { class: 'status', role: 'status', id: 'status' });
const list = h('div', { class: 'groups', id: 'finding-list' });
const notChecked = h('section', { id: 'not-checked', 'aria-labelledby': 'not-checked-heading' });

const search = h('input', {
  type: 'search',
  id: 'search',
  placeholder: 'Words in a finding, rule or file',
  autocomplete: 'off',
  'aria-describedby': 'search-help',
});
const groupSelect = select('group-by', Object.entries(GROUPS));
const severitySelect = select('severity', [
  ['', 'All severities'],
  ...SEVERITIES.map((s) => [s, SEVERITY_LABEL[s]] as const),
]);
const areaSelect = select('area', [['', 'All areas']]);
const lensSelect = select('lens', [
  ['', 'UX and CX'],
  ['UX', 'UX only'],
  ['CX', 'CX only'],
]);
const fileSelect = select('file', [['', 'All files']]);

function select(id: string, options: ReadonlyArray<readonly [string, string]>): HTMLSelectElement {
  const element = h('select', { id });
  setOptions(element, options);
  return element;
}

function setOptions(element: HTMLSelectElement, options: ReadonlyArray<readonly [string, string]>): void {
  element.replaceChildren(...options.map(([value, label]) => h('option', { value }, label)));
}

function field(label: string, control: HTMLElement): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}

fill(
  app,
  h('a', { class: 'skip', href: '#findings-heading' }, 'Skip to the findings'),
  header,
  h(
    'main',
    { id: 'main' },
    scores,
    h(
      'section',
      { id: 'findings', 'aria-labelledby': 'findings-heading' },
      h('h2', { id: 'findings-heading', tabindex: '-1' }, 'Findings'),
      // Filters apply as they change; nothing is submitted, so this is a search region, not a form.
      h(
        'div',
        { class: 'controls', role: 'search', 'aria-label': 'Filter the findings' },
        field('Search', search),
        field('Group by', groupSelect),
        field('Severity', severitySelect),
        field('Area', areaSelect),
        field('Lens', lensSelect),
        field('File', fileSelect),
        h(
          'button',
          { type: 'button', class: 'secondary', id: 'clear-filters', onclick: clearFilters },
          'Clear filters',
        ),
      ),
      h(
        'p',
        { class: 'muted small', id: 'search-help' },
        vscode
          ? 'Press / to search. Arrow keys move between findings; Enter opens one in the editor.'
          : 'Press / to search. Arrow keys move between findings; Enter opens the rule’s documentation.',
      ),
      status,
      list,
    ),
    notChecked,
  ),
);

search.value = state.query;
search.addEventListener('input', () => {
  state.query = search.value;
  renderFindings();
});
search.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && search.value) {
    event.preventDefault();
    search.value = '';
    state.query = '';
    renderFindings();
  } else if (event.key === 'ArrowDown') {
    // From the search box down into its results, as a combobox's list.
    const first = list.querySelector<HTMLElement>('details[open] [data-nav]');
    if (!first) return;
    event.preventDefault();
    first.focus();
    first.scrollIntoView({ block: 'nearest' });
  }
});
for (const [control, key] of [
  [groupSelect, 'groupBy'],
  [severitySelect, 'severity'],
  [areaSelect, 'area'],
  [lensSelect, 'lens'],
  [fileSelect, 'file'],
] as const) {
  control.addEventListener('change', () => {
    (state as unknown as Record<string, string>)[key] = control.value;
    renderFindings();
  });
}

function clearFilters(): void {
  state = { ...state, severity: '', area: '', lens: '', file: '', query: '' };
  search.value = '';
  syncControls();
  renderFindings();
}

function syncControls(): void {
  groupSelect.value = state.groupBy;
  severitySelect.value = state.severity;
  areaSelect.value = state.area;
  lensSelect.value = state.lens;
  fileSelect.value = state.file;
  // A filter value the new data no longer has (a file that was fixed and left) falls back to all.
  if (fileSelect.value !== state.file) state.file = fileSelect.value = '';
}

// ——— rendering ———

function render(): void {
  if (!data) {
    fill(header, h('h1', {}, 'Touchpoint scorecard'), h('p', { class: 'muted' }, 'Waiting for results…'));
    return;
  }
  renderHeader(data);
  renderScores(data);
  setOptions(areaSelect, [['', 'All areas'], ...AREA_ORDER.map((area) => [area, data!.areaLabels[area]] as const)]);
  setOptions(fileSelect, [
    ['', 'All files'],
    // Files with findings, and scored files without any (the pages table can choose those too).
    ...[...new Set([...data.findings.map((f) => f.file), ...data.files.map((f) => f.file)])]
      .sort()
      .map((f) => [f, f] as const),
  ]);
  syncControls();
  renderFindings();
  renderNotChecked(data);
}

function renderHeader(current: ScorecardData): void {
  const actions: Child[] = [];
  if (vscode) {
    actions.push(
      h('button', { type: 'button', id: 'review', onclick: () => post({ type: 'review' }) }, 'Review workspace'),
      h(
        'div',
        { class: 'export', role: 'group', 'aria-labelledby': 'export-label' },
        h('span', { id: 'export-label' }, 'Export'),
        // Short names, spelled out for people who do not know them.
        ...EXPORT_FORMATS.map((format) => {
          const { label, description } = formatInfo(format);
          return h(
            'button',
            {
              type: 'button',
              class: 'secondary',
              'data-format': format,
              onclick: () => post({ type: 'export', format }),
            },
            description ? h('abbr', { title: description }, label) : label,
          );
        }),
      ),
    );
  }
  fill(
    header,
    h('h1', {}, 'Touchpoint scorecard: ', h('span', { class: 'title' }, current.title)),
    h(
      'p',
      { class: 'muted' },
      `${plural(current.summary.filesChecked, 'file')} checked · ${plural(current.summary.findings, 'finding')} · ${formatDate(current.generatedAt)} · Touchpoint ${current.toolVersion}`,
    ),
    current.designSystems && current.designSystems.length > 0
      ? h(
          'p',
          { class: 'muted', id: 'design-systems' },
          `Components of ${current.designSystems.join(', ')} are checked as the elements they render.`,
        )
      : null,
    current.scope === 'open-files'
      ? h(
          'p',
          { class: 'note' },
          'These numbers cover the files open in the editor. Review the workspace to score every file.',
        )
      : null,
    current.summary.cancelled
      ? h('p', { class: 'note' }, 'The review was cancelled before every file was checked: the numbers are partial.')
      : null,
    actions.length > 0 ? h('div', { class: 'actions' }, ...actions) : null,
  );
}

function renderScores(current: ScorecardData): void {
  fill(
    scores,
    h('h2', { id: 'scores-heading' }, 'Scores'),
    h(
      'div',
      { class: 'score-grid' },
      overallCard(current),
      areasCard(current),
      lensesCard(current),
      h('div', { class: 'card' }, h('h3', {}, 'Score history'), historyChart(current.history)),
    ),
    pagesCard,
    scoring(current, state.file),
  );
  renderPages(current);
}

/** Lighthouse's bands, said with the score. */
const BAND_RANGES = { good: '90–100', average: '50–89', poor: '0–49', none: '' } as const;

/** The overall score, what it is the mean of, and the findings it leaves out. */
function overallCard(current: ScorecardData): HTMLElement {
  const overall = current.score.overall;
  const { uncertain, excused } = current.score.counts;
  const scoredFiles = current.score.files;
  return h(
    'div',
    { class: 'card overall' },
    h('h3', {}, 'Overall'),
    h('p', { class: `big ${band(overall)}`, id: 'overall-score' }, overall === null ? '–' : String(overall)),
    overall === null
      ? null
      : h(
          'p',
          { class: `band-word ${band(overall)}`, id: 'overall-band' },
          `${bandWord(overall)} (${BAND_RANGES[band(overall)]})`,
        ),
    h(
      'p',
      { class: 'muted' },
      overall === null ? 'Nothing to score yet' : `out of 100, the mean of ${filesScores(scoredFiles)}`,
    ),
    uncertain + excused > 0
      ? h(
          'p',
          { class: 'small noise', id: 'noise-counts' },
          `Not counted in the score: ${plural(uncertain, 'low-confidence finding')} (listed below, marked “needs a look”) and ${plural(excused, 'finding')} suppressed with a reason (not listed).`,
        )
      : null,
  );
}

/** A bar per area, with its findings and what the score rests on. */
function areasCard(current: ScorecardData): HTMLElement {
  const count = (predicate: (finding: ScorecardFinding) => boolean) => current.findings.filter(predicate).length;
  return h(
    'div',
    { class: 'card' },
    h('h3', {}, 'By area'),
    h(
      'ul',
      { class: 'areas' },
      ...AREA_ORDER.map((area) => {
        const score = current.score.areas[area];
        const basis = current.score.basis[area];
        const thin = score !== null && basis.thin;
        const rests = `${plural(basis.checks, 'check')}, ${plural(basis.examined, 'examination')}`;
        const browser = area === 'a11y' ? current.notCheckedStatically.length : 0;
        return h(
          'li',
          { 'data-area': area, 'data-thin': thin ? 'true' : undefined },
          h('span', { class: 'label' }, current.areaLabels[area]),
          scoreBar(score, thin),
          h(
            'span',
            {
              class: `value ${thin ? 'thin' : band(score)}`,
              title: thin ? 'Too little checked to trust much' : bandWord(score),
            },
            score === null ? '–' : thin ? `${score}?` : String(score),
          ),
          h(
            'span',
            { class: 'muted count' },
            score === null || thin ? null : h('strong', { class: `band-word ${band(score)}` }, `${bandWord(score)} · `),
            score === null
              ? 'nothing to check'
              : plural(
                  count((f) => f.area === area),
                  'finding',
                ),
            score === null ? null : ' · ',
            score === null
              ? null
              : thin
                ? h('strong', { class: 'thin-label' }, `little checked: ${rests}`)
                : h('span', { class: 'basis' }, rests),
            browser > 0
              ? h(
                  'span',
                  { class: 'browser' },
                  ' · ',
                  h('a', { href: '#not-checked-statically' }, `${plural(browser, 'check')} need a browser`),
                  ' and were not run',
                )
              : null,
          ),
        );
      }),
    ),
  );
}

/** The UX / CX split: findings per lens and each lens's score. */
function lensesCard(current: ScorecardData): HTMLElement {
  const ux = current.score.lenses.UX;
  const cx = current.score.lenses.CX;
  return h(
    'div',
    { class: 'card' },
    h(
      'h3',
      {},
      h('abbr', { title: 'user experience' }, 'UX'),
      ' and ',
      h('abbr', { title: 'customer experience' }, 'CX'),
      ' impact',
    ),
    lensBar(ux.findings, cx.findings),
    h(
      'ul',
      { class: 'lenses' },
      ...(['UX', 'CX'] as const).map((lens) => {
        const entry = current.score.lenses[lens];
        return h(
          'li',
          { 'data-lens': lens },
          h('span', { class: `swatch ${lens.toLowerCase()}`, 'aria-hidden': 'true' }),
          h('strong', {}, LENS_LABEL[lens]),
          h(
            'span',
            {},
            ` score ${entry.score === null ? '–' : entry.score}, ${plural(entry.findings, 'finding')}. Moves ${LENS_METRICS[lens]}.`,
          ),
        );
      }),
    ),
  );
}

// ——— pages and components ———

// A plain card: its table's scrolling region is the landmark, named by the card's heading.
const pagesCard = h('div', { class: 'card pages', id: 'pages' });

/** Areas a file's score rests little on: scored, but on fewer than THIN_EXAMINATIONS examinations. */
function thinAreas(file: ScorecardFile): Area[] {
  return AREA_ORDER.filter((area) => file.score.areas[area] !== null && file.score.basis[area].thin);
}

/** The pages and components table: every scored file, the lowest score first; a row filters the findings. */
function renderPages(current: ScorecardData): void {
  const files = current.files;
  const shown = state.allFiles ? files : files.slice(0, FILES_SHOWN);
  fill(
    pagesCard,
    h('h3', { id: 'pages-heading' }, 'Pages and components, worst first'),
    files.length === 0
      ? h('p', { class: 'muted' }, 'No page or component was scored.')
      : h(
          'p',
          { class: 'muted small', id: 'pages-help' },
          `Each file has its own score, and the workspace’s is their mean. Choose a file to show only its findings; choose it again to show all.`,
        ),
    files.length === 0
      ? null
      : h(
          'div',
          { class: 'table-wrap', role: 'region', 'aria-labelledby': 'pages-heading', tabindex: '0' },
          h(
            'table',
            { id: 'pages-table', 'aria-describedby': 'pages-help' },
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                ...['File', 'Score', 'Kind', 'Lowest areas', 'Counted findings', 'Little checked'].map((title) =>
                  h('th', { scope: 'col' }, title),
                ),
              ),
            ),
            h('tbody', {}, ...shown.map((file) => pageRow(current, file))),
          ),
        ),
    shown.length < files.length
      ? h(
          'button',
          {
            type: 'button',
            class: 'secondary more',
            id: 'all-files',
            onclick: () => {
              state.allFiles = true;
              saveState();
              renderPages(current);
              // Focus goes to the first row that was hidden, where reading goes on.
              pagesCard.querySelectorAll<HTMLElement>('button.file-filter')[shown.length]?.focus();
            },
          },
          `Show all ${files.length} files`,
        )
      : null,
  );
}

/** One file's row: its name (a button that filters the findings), score, kind, lowest areas and findings. */
function pageRow(current: ScorecardData, file: ScorecardFile): HTMLElement {
  const overall = file.score.overall;
  const thin = thinAreas(file);
  const scored = AREA_ORDER.filter((area) => file.score.areas[area] !== null);
  const allThin = scored.length > 0 && thin.length === scored.length;
  const lowest = scored
    .filter((area) => file.score.areas[area]! < 100)
    .sort((a, b) => file.score.areas[a]! - file.score.areas[b]! || AREA_ORDER.indexOf(a) - AREA_ORDER.indexOf(b))
    .slice(0, 2);
  const notCounted = file.score.counts.uncertain + file.score.counts.excused;
  return h(
    'tr',
    { 'data-file': file.file },
    h(
      'th',
      { scope: 'row' },
      h(
        'button',
        {
          type: 'button',
          class: 'file-filter',
          'data-file': file.file,
          'aria-pressed': String(state.file === file.file),
          onclick: () => chooseFile(file.file),
        },
        ...breakablePath(file.file),
      ),
    ),
    h(
      'td',
      { class: 'score' },
      h('span', { class: `value ${allThin ? 'thin' : band(overall)}` }, overall === null ? '–' : String(overall)),
      allThin
        ? h('span', { class: 'muted' }, ' little checked')
        : h('span', { class: 'band-word small' }, ` ${bandWord(overall)}`),
    ),
    h('td', {}, file.kind === 'page' ? 'Page' : 'Component'),
    h(
      'td',
      {},
      lowest.length === 0
        ? 'none below 100'
        : lowest.map((area) => `${current.areaLabels[area]} ${file.score.areas[area]}`).join(', '),
    ),
    h('td', {}, String(file.score.counts.counted), notCounted > 0 ? ` (${notCounted} not counted)` : null),
    h('td', { class: 'thin-areas' }, thin.length === 0 ? '–' : thin.map((area) => current.areaLabels[area]).join(', ')),
  );
}

/** A path as text that may wrap after each slash (a `<wbr>` there), never inside a name. */
function breakablePath(file: string): Child[] {
  return file.split('/').flatMap((part, index, parts) => (index < parts.length - 1 ? [`${part}/`, h('wbr')] : [part]));
}

/** A row of the pages table: show only that file's findings, or all of them again. */
function chooseFile(file: string): void {
  state.file = state.file === file ? '' : file;
  syncControls();
  renderFindings();
}

/** The table's buttons say which file the findings are filtered to. */
function syncPages(): void {
  for (const button of pagesCard.querySelectorAll<HTMLElement>('button.file-filter'))
    button.setAttribute('aria-pressed', String(button.dataset.file === state.file));
}

function matches(finding: ScorecardFinding): boolean {
  if (state.severity && finding.severity !== state.severity) return false;
  if (state.area && finding.area !== state.area) return false;
  if (state.lens && finding.lens !== state.lens) return false;
  if (state.file && finding.file !== state.file) return false;
  const query = state.query.trim().toLowerCase();
  if (!query) return true;
  const haystack = [finding.message, finding.ruleId, finding.file, finding.why, finding.snippet, ...finding.metrics]
    .join('\n')
    .toLowerCase();
  return query.split(/\s+/).every((word) => haystack.includes(word));
}

function groupOf(finding: ScorecardFinding): { key: string; label: string; order: number } {
  switch (state.groupBy) {
    case 'area':
      return { key: finding.area, label: data!.areaLabels[finding.area], order: AREA_ORDER.indexOf(finding.area) };
    case 'lens':
      return { key: finding.lens, label: LENS_LABEL[finding.lens], order: finding.lens === 'UX' ? 0 : 1 };
    case 'rule':
      return { key: finding.ruleId, label: finding.ruleId, order: 0 };
    case 'file':
      return { key: finding.file, label: finding.file, order: 0 };
  }
}

function renderFindings(): void {
  saveState();
  if (!data) return;
  const focusedKey = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.finding')?.dataset.key;
  const shown = data.findings.filter(matches);
  const groups = new Map<string, { label: string; order: number; findings: ScorecardFinding[] }>();
  for (const finding of shown) {
    const group = groupOf(finding);
    const entry = groups.get(group.key) ?? { label: group.label, order: group.order, findings: [] };
    entry.findings.push(finding);
    groups.set(group.key, entry);
  }
  syncPages();
  renderFileEquations(data, state.file);
  const ordered = [...groups.entries()].sort((a, b) => a[1].order - b[1].order || a[0].localeCompare(b[0]));
  status.textContent =
    data.findings.length === 0
      ? 'No findings.'
      : shown.length === data.findings.length
        ? `Showing all ${plural(shown.length, 'finding')}.`
        : `Showing ${shown.length} of ${plural(data.findings.length, 'finding')}.`;
  fill(
    list,
    ...ordered.map(([key, group]) => {
      const id = `${state.groupBy}:${key}`;
      const expanded = state.expanded.includes(id);
      const visible = expanded ? group.findings : group.findings.slice(0, PAGE_SIZE);
      const details = h(
        'details',
        { class: 'group', open: !state.closed.includes(id), 'data-group': key },
        h(
          'summary',
          {},
          h('h3', {}, group.label),
          h('span', { class: 'count' }, plural(group.findings.length, 'finding')),
        ),
        h('ol', { class: 'findings' }, ...visible.map(renderFinding)),
        visible.length < group.findings.length
          ? h(
              'button',
              {
                type: 'button',
                class: 'secondary more',
                onclick: () => {
                  state.expanded.push(id);
                  renderFindings();
                },
              },
              `Show all ${group.findings.length}`,
            )
          : null,
      );
      details.addEventListener('toggle', () => {
        state.closed = details.open ? state.closed.filter((closed) => closed !== id) : [...state.closed, id];
        saveState();
      });
      return details;
    }),
  );
  if (focusedKey) list.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(focusedKey)}"] [data-nav]`)?.focus();
}

function keyOf(finding: FindingRef): string {
  return `${finding.ruleId}|${finding.file}|${finding.line}|${finding.column}`;
}

function renderFinding(finding: ScorecardFinding): HTMLElement {
  const where = `${finding.file}:${finding.line}:${finding.column}`;
  const location = vscode
    ? h(
        'button',
        {
          type: 'button',
          class: 'loc',
          'data-nav': true,
          title: 'Open in the editor',
          onclick: () =>
            post({
              type: 'reveal',
              file: finding.file,
              line: finding.line,
              column: finding.column,
              endLine: finding.endLine,
              endColumn: finding.endColumn,
            }),
        },
        where,
      )
    : h('span', { class: 'loc' }, where);
  return h(
    'li',
    // Severity as data, not as a class: a class named “error” marks an error message.
    { class: 'finding', 'data-severity': finding.severity, 'data-key': keyOf(finding), 'data-id': finding.id },
    h(
      'div',
      { class: 'line1' },
      h('span', { class: 'severity', 'data-severity': finding.severity }, SEVERITY_LABEL[finding.severity]),
      location,
      h('a', { class: 'rule', href: finding.docsUrl, 'data-nav': vscode ? undefined : true }, finding.ruleId),
      finding.confidence === 'low'
        ? h('span', { class: 'muted' }, '(needs a look: the check was not sure, so it does not count in the score)')
        : null,
    ),
    h('p', { class: 'message' }, finding.message),
    h(
      'p',
      { class: 'why' },
      h('span', { class: `lens ${finding.lens.toLowerCase()}` }, finding.lens),
      ` Moves ${finding.metrics.join(', ')}. ${finding.why}`,
    ),
    finding.snippet ? h('pre', { class: 'snippet' }, h('code', {}, finding.snippet)) : null,
  );
}

function renderNotChecked(current: ScorecardData): void {
  const parts: Child[] = [];
  if (current.notChecked.length > 0 || current.notCheckedStatically.length > 0)
    parts.push(h('h2', { id: 'not-checked-heading' }, 'Not checked'));
  if (current.notChecked.length > 0)
    parts.push(
      h('h3', {}, 'Files or parts of files'),
      h(
        'ul',
        { class: 'plain' },
        ...current.notChecked.map((item) => h('li', {}, h('code', {}, item.file), `: ${item.message}`)),
      ),
    );
  if (current.notCheckedStatically.length > 0)
    parts.push(
      h('h3', {}, 'Not checked statically'),
      h(
        'p',
        { class: 'muted' },
        'These axe-core rules need a browser with layout and styles, so check them in a running page.',
      ),
      h(
        'ul',
        { class: 'plain', id: 'not-checked-statically' },
        ...current.notCheckedStatically.map((item) => h('li', {}, h('code', {}, item.ruleId), `: ${item.reason}`)),
      ),
    );
  fill(notChecked, ...parts);
  notChecked.hidden = parts.length === 0;
}

// ——— behaviour ———

function post(message: PageMessage): void {
  vscode?.postMessage(message);
}

/** Brings one finding into view: filters that hide it are cleared and its group opened. */
function focusFinding(ref: FindingRef): void {
  if (!data) return;
  const finding = data.findings.find((candidate) => keyOf(candidate) === keyOf(ref));
  if (!finding) return;
  if (!matches(finding)) clearFilters();
  const id = `${state.groupBy}:${groupOf(finding).key}`;
  state.closed = state.closed.filter((closed) => closed !== id);
  if (!state.expanded.includes(id)) state.expanded.push(id);
  renderFindings();
  const item = list.querySelector<HTMLElement>(`.finding[data-key="${CSS.escape(keyOf(finding))}"]`);
  if (!item) return;
  item.classList.add('flash');
  item.scrollIntoView({ block: 'center' });
  item.querySelector<HTMLElement>('[data-nav]')?.focus({ preventScroll: true });
}

// Arrow keys move between findings, Home / End to the first and last.
list.addEventListener('keydown', (event) => {
  if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
  const targets = [...list.querySelectorAll<HTMLElement>('details[open] [data-nav]')];
  if (targets.length === 0) return;
  const index = targets.indexOf(document.activeElement as HTMLElement);
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? targets.length - 1
        : Math.min(targets.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
  event.preventDefault();
  targets[next]!.focus();
  targets[next]!.scrollIntoView({ block: 'nearest' });
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === '/' && !['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) {
    event.preventDefault();
    search.focus();
  }
});

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(saveState, 150);
});

/** Replaces the data and keeps the person's filters, open groups, focus and scroll position. */
function setData(next: ScorecardData): void {
  const scrollY = data ? window.scrollY : state.scrollY;
  data = next;
  render();
  document.body.dataset.generated = next.generatedAt; // which data is on screen (tests wait on it)
  window.scrollTo(0, scrollY);
  saveState();
}

function isScorecardData(value: unknown): value is ScorecardData {
  const candidate = value as ScorecardData | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.version === 2 &&
    Array.isArray(candidate.files) &&
    Array.isArray(candidate.findings) &&
    Array.isArray(candidate.rules) &&
    typeof candidate.score === 'object'
  );
}

window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  if (message.type === 'data' && isScorecardData(message.data)) setData(message.data);
  else if (message.type === 'focus' && typeof message.finding === 'object' && message.finding !== null)
    focusFinding(message.finding);
});

// The standalone report carries its data in the page; in VS Code the extension sends it.
const embedded = document.getElementById('touchpoint-data');
if (embedded?.textContent) {
  const parsed: unknown = JSON.parse(embedded.textContent);
  if (isScorecardData(parsed)) setData(parsed);
} else {
  render();
}
post({ type: 'ready' });
