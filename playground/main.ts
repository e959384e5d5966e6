// The playground: a household form in Vietnamese and English, assessed in the browser by the
// library itself, indicator by indicator with the law cited and what is still missing; the
// address always carries the case (#case=…), so that a link shares it.

import { fieldName } from '../src/i18n/field-names';
import { valueName } from '../src/i18n/value-names';
import {
  type Assessment,
  assessHousehold,
  CATEGORY_LABELS,
  ETHNIC_GROUPS,
  formatAssessment,
  formatCitation,
  type Language,
  NATIONAL_STANDARDS,
  POVERTY_LABELS,
  parseHousehold,
  type Standard,
  standardForReview,
  standardInForce,
  VnPovertyError,
} from '../src/index';
import {
  decodeCase,
  encodeCase,
  FIELD_VALUE_NAMES,
  type FieldSpec,
  type FormState,
  HOUSEHOLD_FIELDS,
  INCOME_FORMS,
  MEMBER_FIELDS,
  recordOf,
  stateOf,
} from './household-record';
import { WORDS, type Words } from './words';

let language: Language = 'vi';
const t = (key: Words): string => WORDS[key][language];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

function labelOf(path: string): string {
  const whole = fieldName(path, language);
  return capitalise(whole !== path ? whole : fieldName(path.split('.').pop() ?? path, language));
}

/** A path to a fact in words: `members[1].healthInsurance` → "Thẻ bảo hiểm y tế (thành viên b)". */
function describeFact(path: string, state: FormState): string {
  const member = /^members\[(\d+)\]\.(.+)$/.exec(path);
  if (member === null) return `${labelOf(path)} (${path})`;
  const id = state.members[Number(member[1])]?.id ?? member[1];
  return `${labelOf(member[2] ?? '')} (${t('member').toLowerCase()} ${id})`;
}

function optionName(spec: FieldSpec, value: string): string {
  const own = FIELD_VALUE_NAMES.get(spec.path)?.get(value);
  return own === undefined ? valueName(value, language) : own[language];
}

function control(spec: FieldSpec, value: string | readonly string[] | undefined): HTMLElement {
  const data = { 'data-path': spec.path, 'data-kind': spec.kind };
  if (spec.kind === 'devices') {
    const chosen = Array.isArray(value) ? value : [];
    return element(
      'span',
      { ...data, class: 'choices' },
      ...(spec.options ?? []).map((option) => {
        const box = element('input', { type: 'checkbox', value: option });
        box.checked = chosen.includes(option);
        return element('label', {}, box, ` ${optionName(spec, option)}`);
      }),
    );
  }
  if (spec.kind === 'select' || spec.kind === 'tri') {
    const options =
      spec.kind === 'tri'
        ? [
            ['', t('unknown')],
            ['true', t('yes')],
            ['false', t('no')],
          ]
        : [
            ...(spec.required === true ? [] : [['', t('unknown')]]),
            ...(spec.options ?? []).map((option) => [option, optionName(spec, option)]),
          ];
    const select = element(
      'select',
      data,
      ...options.map(([v, text]) => element('option', { value: v ?? '' }, text ?? '')),
    );
    select.value = typeof value === 'string' ? value : '';
    return select;
  }
  const input = element('input', {
    ...data,
    type: 'text',
    inputmode: spec.kind === 'number' ? 'decimal' : 'text',
    ...(spec.placeholder === undefined ? {} : { placeholder: spec.placeholder }),
    ...(spec.path === 'ethnicity' ? { list: 'ethnic-groups' } : {}),
  });
  input.value = typeof value === 'string' ? value : '';
  return input;
}

function row(label: string, field: HTMLElement): HTMLElement {
  return element('label', { class: 'field' }, element('span', {}, label), field);
}

function fieldRows(
  fields: readonly FieldSpec[],
  answers: FormState['household'],
  idLabel: Words,
): HTMLElement[] {
  return fields.map((spec) =>
    row(
      spec.path === 'id' ? t(idLabel) : labelOf(spec.path),
      control(spec, Object.hasOwn(answers, spec.path) ? answers[spec.path] : undefined),
    ),
  );
}

function memberFieldset(answers: Readonly<Record<string, string>>, index: number): HTMLElement {
  const remove = element(
    'button',
    { type: 'button', class: 'remove', 'data-remove': String(index) },
    t('removeMember'),
  );
  return element(
    'fieldset',
    { class: 'member', 'data-member': String(index) },
    element('legend', {}, `${t('member')} ${index + 1}`),
    ...fieldRows(MEMBER_FIELDS, answers, 'memberId'),
    remove,
  );
}

function standardOptions(): [string, string][] {
  return [
    ['by-date', t('standardByDate')],
    ['for-review', t('standardForReview')],
    ...NATIONAL_STANDARDS.map((standard): [string, string] => [
      standard.id,
      `${standard.id}: ${standard.title[language]}`,
    ]),
  ];
}

function renderForm(state: FormState): void {
  const form = byId<HTMLFormElement>('household-form');
  const standard = element(
    'select',
    { id: 'standard' },
    ...standardOptions().map(([v, text]) => element('option', { value: v }, text)),
  );
  standard.value = state.standard;
  const on = element('input', { id: 'on', type: 'date', required: '' });
  on.value = state.on;
  const incomeForm = element(
    'select',
    { id: 'income-form' },
    ...INCOME_FORMS.map((f) => element('option', { value: f }, labelOf(f))),
  );
  incomeForm.value = state.incomeForm;
  const amount = element('input', { id: 'income-amount', inputmode: 'numeric' });
  amount.value = state.incomeAmount;
  const noDwelling = element('input', { id: 'no-dwelling', type: 'checkbox' });
  noDwelling.checked = state.noDwelling;
  form.replaceChildren(
    element(
      'fieldset',
      {},
      element('legend', {}, t('assessment')),
      row(t('referenceDate'), on),
      row(t('standard'), standard),
    ),
    element(
      'fieldset',
      { id: 'household-fields' },
      element('legend', {}, t('household')),
      row(t('incomeForm'), incomeForm),
      row(t('incomeAmount'), amount),
      row(labelOf('none'), noDwelling),
      ...fieldRows(HOUSEHOLD_FIELDS, state.household, 'householdId'),
    ),
    ...state.members.map(memberFieldset),
    element('button', { type: 'button', id: 'add-member' }, t('addMember')),
  );
}

function readAnswers(
  scope: Element,
  fields: readonly FieldSpec[],
): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const spec of fields) {
    const node = scope.querySelector(`[data-path="${spec.path}"]`);
    if (node === null) continue;
    answers[spec.path] =
      spec.kind === 'devices'
        ? [...node.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => box.value)
        : (node as HTMLInputElement | HTMLSelectElement).value;
  }
  return answers;
}

function readForm(): FormState {
  return {
    on: byId<HTMLInputElement>('on').value,
    standard: byId<HTMLSelectElement>('standard').value,
    incomeForm: byId<HTMLSelectElement>('income-form').value as FormState['incomeForm'],
    incomeAmount: byId<HTMLInputElement>('income-amount').value,
    noDwelling: byId<HTMLInputElement>('no-dwelling').checked,
    household: readAnswers(byId('household-fields'), HOUSEHOLD_FIELDS),
    members: [...document.querySelectorAll('fieldset.member')].map(
      (fieldset) => readAnswers(fieldset, MEMBER_FIELDS) as Record<string, string>,
    ),
  };
}

function chosenStandard(state: FormState): Standard {
  if (state.standard === 'by-date') return standardInForce(state.on);
  if (state.standard === 'for-review') return standardForReview(Number(state.on.slice(0, 4)));
  const national = NATIONAL_STANDARDS.find((standard) => standard.id === state.standard);
  return national ?? standardInForce(state.on);
}

const STATUS_WORDS = {
  deprived: 'deprived',
  'not-deprived': 'notDeprived',
  unknown: 'unknownStatus',
} as const;

function indicatorTable(assessment: Assessment, state: FormState): HTMLElement {
  const head = element(
    'tr',
    {},
    ...[t('indicator'), t('status'), t('why'), t('stillMissing'), t('basis')].map((h) =>
      element('th', {}, h),
    ),
  );
  const rows = assessment.indicators.map((indicator) =>
    element(
      'tr',
      { 'data-indicator': indicator.id, 'data-status': indicator.status, class: indicator.status },
      element('th', {}, indicator.label[language]),
      element('td', { class: 'status' }, t(STATUS_WORDS[indicator.status])),
      element('td', {}, indicator.reason.message[language]),
      element(
        'td',
        { class: 'missing' },
        indicator.missing.map((path) => describeFact(path, state)).join('; '),
      ),
      element('td', { class: 'basis' }, formatCitation(indicator.basis, language)),
    ),
  );
  return element(
    'table',
    { id: 'indicators' },
    element('thead', {}, head),
    element('tbody', {}, ...rows),
  );
}

function showAssessment(assessment: Assessment, standard: Standard, state: FormState): void {
  const result = byId('result');
  result.dataset.category = assessment.category;
  result.dataset.poverty = assessment.poverty;
  const missing = assessment.decidingFacts.map((fact) =>
    element('li', {}, describeFact(fact.path, state)),
  );
  result.replaceChildren(
    element(
      'p',
      { class: `category ${assessment.category}`, id: 'category' },
      capitalise(CATEGORY_LABELS[assessment.category][language]),
    ),
    element(
      'p',
      {},
      `${t('forProgramme')}: ${POVERTY_LABELS[assessment.poverty][language]} · ${t('standard')}: ${standard.id} (${standard.title[language]}) · ${assessment.on}`,
    ),
    element('h3', {}, t('reasons')),
    element(
      'ul',
      { id: 'reasons' },
      ...assessment.reasons.map((reason) =>
        element(
          'li',
          {},
          reason.message[language],
          ...(reason.basis === undefined
            ? []
            : [
                element('span', { class: 'basis' }, ` — ${formatCitation(reason.basis, language)}`),
              ]),
        ),
      ),
    ),
    element('h3', {}, t('indicators')),
    indicatorTable(assessment, state),
    element('h3', {}, t('stillMissing')),
    missing.length === 0
      ? element('p', { id: 'missing' }, t('nothingMissing'))
      : element('ul', { id: 'missing' }, ...missing),
    element(
      'details',
      {},
      element('summary', {}, t('fullText')),
      element('pre', { id: 'explanation' }, formatAssessment(assessment, { language })),
    ),
    element(
      'details',
      {},
      element('summary', {}, t('asJson')),
      element('pre', { id: 'assessment-json' }, JSON.stringify(assessment, null, 2)),
    ),
  );
}

function showProblems(title: string, lines: readonly string[]): void {
  const result = byId('result');
  result.dataset.category = '';
  result.dataset.poverty = '';
  result.replaceChildren(
    element('p', { class: 'category problems', id: 'category' }, title),
    element('ul', { id: 'problems' }, ...lines.map((line) => element('li', {}, line))),
  );
}

function assess(state: FormState): void {
  try {
    const parsed = parseHousehold(recordOf(state), { on: state.on });
    if (!parsed.success) {
      showProblems(
        t('needsFacts'),
        parsed.issues.map((issue) => `${issue.path}: ${issue.message[language]}`),
      );
      return;
    }
    const standard = chosenStandard(state);
    showAssessment(assessHousehold(parsed.data, { on: state.on, standard }), standard, state);
  } catch (error) {
    // A date outside every standard, or no date at all: said, never a broken page.
    if (!(error instanceof VnPovertyError)) throw error;
    showProblems(t('cannotAssess'), [error.messages[language]]);
  }
}

function share(state: FormState): void {
  const fragment = encodeCase({
    on: state.on,
    standard: state.standard,
    language,
    household: recordOf(state),
  });
  history.replaceState(null, '', fragment);
  byId<HTMLInputElement>('share-link').value = location.href;
}

function update(): void {
  const state = readForm();
  share(state);
  assess(state);
}

function renderPage(state: FormState): void {
  document.documentElement.lang = language;
  document.title = t('title');
  byId('title').textContent = t('title');
  byId('intro').textContent = t('intro');
  byId('share-label').textContent = t('shareLink');
  byId('copy-link').textContent = t('copy');
  byId('language').textContent = t('otherLanguage');
  renderForm(state);
  update();
}

const EXAMPLE: FormState = stateOf(
  {
    id: 'HH-0042',
    area: 'rural',
    income: { annualTotal: 72_000_000 },
    members: [
      {
        id: 'a',
        sex: 'male',
        birthDate: '1980-03-15',
        ethnicity: 'Tày',
        relation: 'head',
        work: 'self-employed',
        healthInsurance: true,
        usesInternet: false,
      },
      {
        id: 'b',
        sex: 'female',
        birthDate: '1983',
        ethnicity: 'Tày',
        relation: 'spouse',
        work: 'self-employed',
        healthInsurance: false,
        usesInternet: false,
      },
      {
        id: 'c',
        sex: 'male',
        birthDate: '2012-09',
        ethnicity: 'Tày',
        relation: 'child',
        healthInsurance: true,
        usesInternet: false,
        nutrition: 'normal',
        schooling: { attending: true, level: 'lower-secondary' },
      },
      {
        id: 'd',
        sex: 'female',
        birthDate: '2016-02-10',
        ethnicity: 'Tày',
        relation: 'child',
        healthInsurance: true,
        usesInternet: false,
        nutrition: 'normal',
        schooling: { attending: true, level: 'primary' },
      },
    ],
    dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 31 },
    water: 'piped',
    latrine: 'septic',
    devices: ['television'],
  },
  '2025-10-01',
  'for-review',
);

function start(): void {
  const datalist = element(
    'datalist',
    { id: 'ethnic-groups' },
    ...ETHNIC_GROUPS.map((group) => element('option', { value: group.name })),
  );
  document.body.append(datalist);
  const shared = decodeCase(location.hash);
  if (shared !== undefined) language = shared.language;
  renderPage(
    shared === undefined ? EXAMPLE : stateOf(shared.household, shared.on, shared.standard),
  );
  const form = byId<HTMLFormElement>('household-form');
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.id === 'add-member') {
      const state = readForm();
      renderForm({ ...state, members: [...state.members, {}] });
      update();
    } else if (target.dataset.remove !== undefined) {
      const state = readForm();
      renderForm({
        ...state,
        members: state.members.filter((_, i) => String(i) !== target.dataset.remove),
      });
      update();
    }
  });
  byId('language').addEventListener('click', () => {
    const state = readForm();
    language = language === 'vi' ? 'en' : 'vi';
    renderPage(state);
  });
  byId('copy-link').addEventListener('click', () => {
    const link = byId<HTMLInputElement>('share-link');
    link.select();
    void navigator.clipboard?.writeText(link.value).catch(() => {});
  });
  window.addEventListener('hashchange', () => {
    const next = decodeCase(location.hash);
    if (next === undefined) return;
    language = next.language;
    renderPage(stateOf(next.household, next.on, next.standard));
  });
}

start();
