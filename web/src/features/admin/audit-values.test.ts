import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import * as assistance from '../../../../src/domain/assistance/enums';
import * as fund from '../../../../src/domain/fund/enums';
import * as industry from '../../../../src/domain/industry/enums';
import { MEASURES } from '../../../../src/domain/measures';
import * as registry from '../../../../src/domain/registry/enums';
import { ROLES } from '../../../../src/domain/roles';
import * as training from '../../../../src/domain/training/enums';
import { EN } from '../../i18n/catalogue-en';
import { ZH } from '../../i18n/catalogue-zh';
import { auditValueLabel } from './audit-values';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { translation: ZH }, en: { translation: EN } },
    lng: 'zh-CN',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

/** Every coded field an audit snapshot holds, with the record it is on and the API's own values. */
const CODED: [entity: string, field: string, values: readonly string[]][] = [
  ['household', 'status', registry.POVERTY_STATUSES],
  ['person', 'relation', registry.RELATIONS],
  ['person', 'sex', registry.SEXES],
  ['person', 'schooling', registry.SCHOOLING],
  ['person', 'health', registry.HEALTH],
  ['person', 'labourAbility', registry.LABOUR_ABILITIES],
  ['pairing', 'role', registry.PAIRING_ROLES],
  ['user', 'role', ROLES],
  ['assistance', 'kind', assistance.ASSISTANCE_KINDS],
  ['assistance', 'status', assistance.ASSISTANCE_STATUSES],
  ['assistance', 'channel', assistance.JOB_CHANNELS],
  ['assistance', 'place', assistance.JOB_PLACES],
  ['assistance', 'medicalKind', assistance.MEDICAL_KINDS],
  ['assistance', 'loanStatus', assistance.LOAN_STATUSES],
  ['assistance', 'projectStatus', assistance.PROJECT_STATUSES],
  ['assistance', 'category', assistance.PROJECT_CATEGORIES],
  ['campaign_item', 'item', assistance.FIVE_ONES_ITEMS],
  ['activity', 'measure', MEASURES],
  ['fund_ledger', 'kind', fund.LEDGER_KINDS],
  ['fund_ledger', 'donorKind', fund.DONOR_KINDS],
  ['student_enrollment', 'stage', fund.STUDY_STAGES],
  ['grant_run', 'status', fund.RUN_STATUSES],
  ['course', 'skill', training.SKILLS],
  ['course', 'placeKind', training.PLACE_KINDS],
  ['certification', 'kind', industry.CERTIFICATION_KINDS],
  ['tourism_project', 'kind', industry.TOURISM_KINDS],
  ['sale', 'channel', industry.SALE_CHANNELS],
  ['product', 'category', industry.PRODUCT_CATEGORIES],
];

describe.each(['zh-CN', 'en'])('coded values in the audit diff (%s)', (lng) => {
  it.each(CODED)('%s.%s: every value has its words', async (entity, field, values) => {
    await i18n.changeLanguage(lng);
    const missing = values.filter((v) => auditValueLabel(i18n, entity, field, v) === null);
    expect(missing).toEqual([]);
  });
});

it('reads a field by its record where one name means two lists', async () => {
  await i18n.changeLanguage('zh-CN');
  expect(auditValueLabel(i18n, 'pairing', 'role', 'lead')).toBe('牵头帮扶');
  expect(auditValueLabel(i18n, 'user', 'role', 'cadre')).toBe('结亲干部');
  expect(auditValueLabel(i18n, 'household', 'status', 'registered_poor')).toBe('建档立卡贫困户');
  expect(auditValueLabel(i18n, 'fund_ledger', 'kind', 'reversal')).toBe('冲正');
});

it('leaves free text and unknown fields alone', async () => {
  await i18n.changeLanguage('zh-CN');
  expect(auditValueLabel(i18n, 'household', 'address', 'exited')).toBeNull();
  expect(auditValueLabel(i18n, 'household', 'status', 'no_such_status')).toBeNull();
});
