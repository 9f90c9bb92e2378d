/** Pieces of the stories screens: the consent mark, consent fields, the records a story links to. */
import { useQuery } from '@tanstack/react-query';
import { Col, DatePicker, Form, Input, Row, Select, Switch, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CONSENT_METHODS } from '../../../../src/domain/stories/enums';
import type { Course } from '../../../../src/domain/training/course.schema';
import type { Enrollment } from '../../../../src/domain/training/enrollment.schema';
import { api, qs, type Page } from '../../api';
import { MemberSelect } from '../training/MemberSelect';
import { afterToday, money } from '../training/shared';
import type { Sale, Story, TourismProject } from './api';
import { useAllCooperatives } from './api';

/** "已同意公开" in green, or "未同意公开" in red: a story never leaves bangfu without consent. */
export function ConsentTag({ story }: { story: Story }) {
  const { t } = useTranslation();
  return story.publishable ? (
    <Tag color="green" data-testid="consent-tag">
      {t('industry.story.consented')}
    </Tag>
  ) : (
    <Tag color="red" data-testid="consent-tag">
      {t('industry.story.notConsented')}
    </Tag>
  );
}

/** Consent given: date, how and by whom (a member of the household). Names are under `consent`. */
export function ConsentFields({
  householdId,
  withSwitch,
}: {
  householdId: string | undefined;
  withSwitch: boolean;
}) {
  const { t } = useTranslation();
  const given = Form.useWatch(['consent', 'given']) as boolean | undefined;
  const show = !withSwitch || given === true;
  return (
    <>
      {withSwitch ? (
        <Form.Item
          name={['consent', 'given']}
          label={t('industry.story.consentGiven')}
          valuePropName="checked"
          extra={t('industry.story.consentHint')}
        >
          <Switch />
        </Form.Item>
      ) : null}
      {show ? (
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name={['consent', 'date']} label={t('industry.story.consentDate')}>
              <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['consent', 'method']} label={t('industry.story.consentMethod')}>
              <Select
                options={CONSENT_METHODS.map((m) => ({
                  value: m,
                  label: t(`industry.consentMethod.${m}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name={['consent', 'byPersonId']} label={t('industry.story.consentBy')}>
              <MemberSelect householdId={householdId} />
            </Form.Item>
          </Col>
        </Row>
      ) : null}
    </>
  );
}

/** Where a linked record is shown in bangfu, for the kinds whose screens exist. */
export function linkPath(kind: string, id: string): string | null {
  switch (kind) {
    case 'course':
      return `/training/courses/${id}`;
    case 'enrollment':
      return `/training/trainees/${id}`;
    case 'cooperative':
      return `/industry/cooperatives/${id}`;
    default:
      return null;
  }
}

/** A linked record: its kind, and a link where bangfu has a screen for it. */
export function LinkedRecord({ kind, recordId }: { kind: string; recordId: string }) {
  const { t } = useTranslation();
  const path = linkPath(kind, recordId);
  const label = `${t(`industry.linkKind.${kind}`)} · ${recordId.slice(0, 8)}`;
  return path ? <Link to={path}>{label}</Link> : <span>{label}</span>;
}

interface Option {
  value: string;
  label: string;
}

/** Records of a kind a story may link to, as options (null: no list, type the id). */
function useRecordOptions(kind: string | undefined, householdId: string | undefined) {
  const { t } = useTranslation();
  const coops = useAllCooperatives();
  const listed = ['course', 'enrollment', 'sale', 'tourism_project'];
  const query = useQuery({
    queryKey: ['industry', 'story-link-options', kind, householdId],
    enabled: kind !== undefined && listed.includes(kind),
    queryFn: async (): Promise<Option[]> => {
      if (kind === 'course') {
        const page = await api<Page<Course>>('GET', `/courses${qs({ limit: 200 })}`);
        return page.items.map((c) => ({ value: c.id, label: `${c.title} · ${c.startDate}` }));
      }
      if (kind === 'enrollment') {
        const page = await api<Page<Enrollment>>(
          'GET',
          `/enrollments${qs({ household: householdId, limit: 200 })}`,
        );
        return page.items.map((e) => ({
          value: e.id,
          label: `${e.personName} · ${e.courseTitle}`,
        }));
      }
      if (kind === 'sale') {
        const page = await api<Page<Sale>>('GET', `/sales${qs({ limit: 200 })}`);
        return page.items.map((s) => ({
          value: s.id,
          label: `${s.saleDate} · ${s.productName} · ${money(t, s.revenueFen)}`,
        }));
      }
      const page = await api<Page<TourismProject>>('GET', `/tourism-projects${qs({ limit: 200 })}`);
      return page.items.map((p) => ({ value: p.id, label: `${p.name} · ${p.villageName}` }));
    },
  });
  if (kind === 'cooperative') {
    return {
      options: (coops.data?.items ?? []).map((c) => ({ value: c.id, label: c.name })),
      loading: coops.isPending,
    };
  }
  if (kind !== undefined && listed.includes(kind)) {
    return { options: query.data ?? [], loading: query.isPending };
  }
  return null;
}

/** Pick the record a story link points at: from a list where bangfu has one, else by its id. */
export function RecordPicker({
  kind,
  householdId,
  ...props
}: {
  kind: string | undefined;
  householdId: string | undefined;
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const listed = useRecordOptions(kind, householdId);
  if (listed) {
    return (
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        loading={listed.loading}
        options={listed.options}
        {...props}
      />
    );
  }
  return (
    <Input
      id={props.id}
      value={props.value}
      placeholder={t('industry.story.recordIdHint')}
      maxLength={36}
      onChange={(e) => props.onChange?.(e.target.value.trim() || undefined)}
    />
  );
}
