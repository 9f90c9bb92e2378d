/** The fields of each kind of assistance, shown by the one form as the kind is chosen. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Typography,
  type FormInstance,
} from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  JOB_CHANNELS,
  JOB_PLACES,
  LOAN_STATUSES,
  MEDICAL_KINDS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
} from '../../../../src/domain/assistance/enums';
import { HouseholdsSelect, useMembersOf } from '../activities/pickers';
import { useVillages } from '../registry/api';
import { HouseholdPicker } from '../registry/pickers';
import { useDonationItems, type AssistanceRecord } from './api';
import type { AssistanceValues } from './input';

type Props = { form: FormInstance<AssistanceValues>; record: AssistanceRecord | null };

const full = { width: '100%' };

/** One field of a line in LinesOfTwo: its name in the line, label, width (phone, desktop) and input. */
interface LineField {
  readonly name: string;
  readonly label: string;
  readonly span: readonly [number, number];
  readonly input: ReactNode;
}

/**
 * A growing list of lines of two fields each (a village and the people checked, a source and an
 * amount…): a remove button on each line and an add button below. `keepOne` keeps the last line.
 */
function LinesOfTwo(props: {
  readonly name: string | (string | number)[];
  readonly fields: readonly [LineField, LineField];
  readonly addLabel: string;
  readonly keepOne: boolean;
  readonly small?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={props.name}>
      {(lines, { add, remove }) => (
        <>
          {lines.map((line) => (
            <Row
              gutter={8}
              key={line.key}
              align="top"
              style={props.small ? undefined : { marginTop: 8 }}
            >
              {props.fields.map((f) => (
                <Col key={f.name} xs={f.span[0]} md={f.span[1]}>
                  <Form.Item name={[line.name, f.name]} label={f.label}>
                    {f.input}
                  </Form.Item>
                </Col>
              ))}
              <Col xs={2} style={{ paddingTop: 30 }}>
                {props.keepOne && lines.length === 1 ? null : (
                  <Button
                    type="text"
                    icon={<MinusCircleOutlined />}
                    aria-label={t('assistance.removeLine')}
                    onClick={() => remove(line.name)}
                  />
                )}
              </Col>
            </Row>
          ))}
          <Button
            size={props.small ? 'small' : undefined}
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({})}
          >
            {props.addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}

function enumOptions(t: (k: string) => string, prefix: string, values: readonly string[]) {
  return values.map((v) => ({ value: v, label: t(`${prefix}.${v}`) }));
}

function VillageSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const villages = useVillages();
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      loading={villages.isPending}
      placeholder={t('assistance.field.village')}
      options={(villages.data?.items ?? []).map((v) => ({ value: v.code, label: v.name }))}
      {...props}
    />
  );
}

/** The family, then one of its members (jobs, medical aid; optional for good deeds). */
function PersonOfHousehold({ form, record, optional = false }: Props & { optional?: boolean }) {
  const { t } = useTranslation();
  const householdId = Form.useWatch('householdId', form);
  const household = useMembersOf(householdId ? [householdId] : [])[0];
  const first = record?.beneficiaries[0];
  const knownHousehold =
    first?.householdId && record
      ? {
          value: first.householdId,
          label:
            record.beneficiaryKind === 'person'
              ? t('assistance.familyOf', { name: first.name })
              : first.name,
        }
      : null;
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item name="householdId" label={t('assistance.field.household')}>
          <HouseholdPicker known={knownHousehold} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="personId"
          label={optional ? t('assistance.field.personOptional') : t('assistance.field.person')}
        >
          <Select
            allowClear={optional}
            disabled={!householdId}
            loading={household?.isPending}
            placeholder={householdId ? undefined : t('assistance.pickHouseholdFirst')}
            options={(household?.data?.members ?? []).map((m) => ({
              value: m.id,
              label: `${m.name} · ${t(`relation.${m.relation}`)}`,
            }))}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

function JobFields(props: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PersonOfHousehold {...props} />
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="employer" label={t('assistance.job.employer')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="jobTitle" label={t('assistance.job.jobTitle')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="monthlyWageFen" label={t('assistance.job.monthlyWage')}>
            <InputNumber min={0} precision={2} style={full} suffix={t('measures.yuanUnit')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="place" label={t('assistance.job.place')}>
            <Select options={enumOptions(t, 'assistance.jobPlace', JOB_PLACES)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="channel" label={t('assistance.job.channel')}>
            <Select options={enumOptions(t, 'assistance.jobChannel', JOB_CHANNELS)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="startDate" label={t('assistance.job.startDate')}>
            <DatePicker format="YYYY-MM-DD" style={full} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="endDate" label={t('assistance.job.endDate')}>
            <DatePicker format="YYYY-MM-DD" style={full} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function MedicalFields(props: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PersonOfHousehold {...props} />
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item name="medicalKind" label={t('assistance.medical.kind')}>
            <Select options={enumOptions(t, 'assistance.medicalKind', MEDICAL_KINDS)} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="provider" label={t('assistance.medical.provider')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="costFen" label={t('assistance.medical.cost')}>
            <InputNumber min={0} precision={2} style={full} suffix={t('measures.yuanUnit')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="paidBy" label={t('assistance.medical.paidBy')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function HealthCheckFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="provider" label={t('assistance.healthCheck.provider')}>
        <Input maxLength={100} />
      </Form.Item>
      <Typography.Text strong>{t('assistance.healthCheck.villages')}</Typography.Text>
      <LinesOfTwo
        name="villages"
        keepOne
        addLabel={t('assistance.healthCheck.addVillage')}
        fields={[
          {
            name: 'villageCode',
            label: t('assistance.field.village'),
            span: [14, 10],
            input: <VillageSelect />,
          },
          {
            name: 'peopleChecked',
            label: t('assistance.healthCheck.peopleChecked'),
            span: [8, 6],
            input: <InputNumber min={0} precision={0} style={full} />,
          },
        ]}
      />
    </>
  );
}

/** The items one recipient received: item and quantity per line. */
function ItemLines({ recipient }: { recipient: number }) {
  const { t } = useTranslation();
  const items = useDonationItems();
  return (
    <LinesOfTwo
      name={[recipient, 'items']}
      keepOne
      small
      addLabel={t('assistance.donation.addItem')}
      fields={[
        {
          name: 'itemId',
          label: t('assistance.donation.item'),
          span: [12, 10],
          input: (
            <Select
              loading={items.isPending}
              options={(items.data?.items ?? []).map((i) => ({
                value: i.id,
                label: t('measures.withNote', { name: i.itemName, note: i.unit }),
                disabled: !i.active,
              }))}
            />
          ),
        },
        {
          name: 'quantity',
          label: t('assistance.donation.quantity'),
          span: [10, 6],
          input: <InputNumber min={1} precision={0} style={full} />,
        },
      ]}
    />
  );
}

function DonationFields({ form, record }: Props) {
  const { t } = useTranslation();
  const recipientKind = Form.useWatch('recipientKind', form) ?? 'village';
  const knownNames = new Map(
    (record?.kind === 'donation' ? record.recipients : []).flatMap((r) =>
      r.householdId ? [[r.householdId, r.name] as const] : [],
    ),
  );
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="donor" label={t('assistance.donation.donor')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="recipientKind" label={t('assistance.donation.recipientKind')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'village', label: t('assistance.donation.toVillages') },
                { value: 'household', label: t('assistance.donation.toHouseholds') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.List name="recipients">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, index) => {
              const householdId = form.getFieldValue(['recipients', field.name, 'householdId']) as
                string | undefined;
              return (
                <div
                  key={field.key}
                  data-testid="donation-recipient"
                  style={{
                    border: '1px solid #f0f0f0',
                    borderRadius: 6,
                    padding: '12px 12px 8px',
                    marginBottom: 12,
                  }}
                >
                  <Row gutter={8} align="top">
                    <Col xs={22} md={12}>
                      {recipientKind === 'household' ? (
                        <Form.Item
                          name={[field.name, 'householdId']}
                          label={t('assistance.donation.recipient', { n: index + 1 })}
                        >
                          <HouseholdPicker
                            known={
                              householdId && knownNames.has(householdId)
                                ? { value: householdId, label: knownNames.get(householdId) ?? '' }
                                : null
                            }
                          />
                        </Form.Item>
                      ) : (
                        <Form.Item
                          name={[field.name, 'villageCode']}
                          label={t('assistance.donation.recipient', { n: index + 1 })}
                        >
                          <VillageSelect />
                        </Form.Item>
                      )}
                    </Col>
                    <Col xs={2} style={{ paddingTop: 30 }}>
                      {fields.length > 1 ? (
                        <Button
                          type="text"
                          icon={<MinusCircleOutlined />}
                          aria-label={t('assistance.donation.removeRecipient')}
                          onClick={() => remove(field.name)}
                        />
                      ) : null}
                    </Col>
                  </Row>
                  <ItemLines recipient={field.name} />
                </div>
              );
            })}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ items: [{}] })}>
              {t('assistance.donation.addRecipient')}
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

function ProjectFields({ record }: Props) {
  const { t } = useTranslation();
  const known = (record?.beneficiaries ?? []).flatMap((b) =>
    b.householdId ? [{ value: b.householdId, label: b.name }] : [],
  );
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="villageCode" label={t('assistance.field.village')}>
            <VillageSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="projectName" label={t('assistance.project.name')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="category" label={t('assistance.project.category')}>
            <Select options={enumOptions(t, 'assistance.projectCategory', PROJECT_CATEGORIES)} />
          </Form.Item>
        </Col>
        <Col xs={12} md={4}>
          <Form.Item name="projectStatus" label={t('assistance.project.status')}>
            <Select options={enumOptions(t, 'assistance.projectStatus', PROJECT_STATUSES)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Form.Item name="startDate" label={t('assistance.project.startDate')}>
            <DatePicker format="YYYY-MM-DD" style={full} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="endDate" label={t('assistance.project.endDate')}>
            <DatePicker format="YYYY-MM-DD" style={full} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="householdCount" label={t('assistance.project.householdCount')}>
            <InputNumber min={0} precision={0} style={full} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="householdIds" label={t('assistance.project.households')}>
            <HouseholdsSelect known={known} />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong>{t('assistance.project.funds')}</Typography.Text>
      <LinesOfTwo
        name="funds"
        keepOne={false}
        addLabel={t('assistance.project.addSource')}
        fields={[
          {
            name: 'source',
            label: t('assistance.project.source'),
            span: [12, 10],
            input: <Input maxLength={100} />,
          },
          {
            name: 'amountFen',
            label: t('assistance.project.amount'),
            span: [10, 6],
            input: (
              <InputNumber min={0} precision={2} style={full} suffix={t('measures.yuanUnit')} />
            ),
          },
        ]}
      />
    </>
  );
}

function LoanFields({ record }: Props) {
  const { t } = useTranslation();
  const first = record?.beneficiaries[0];
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="householdId" label={t('assistance.field.household')}>
            <HouseholdPicker
              known={first?.householdId ? { value: first.householdId, label: first.name } : null}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="lender" label={t('assistance.loan.lender')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="amountFen" label={t('assistance.loan.amount')}>
            <InputNumber min={0} precision={2} style={full} suffix={t('measures.yuanUnit')} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="purpose" label={t('assistance.loan.purpose')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="termMonths" label={t('assistance.loan.termMonths')}>
            <InputNumber min={1} max={360} precision={0} style={full} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="loanStatus" label={t('assistance.loan.status')}>
            <Select options={enumOptions(t, 'assistance.loanStatus', LOAN_STATUSES)} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function GoodDeedFields(props: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PersonOfHousehold {...props} optional />
      <Form.Item name="description" label={t('assistance.goodDeed.description')}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </>
  );
}

export function KindFields(props: Props & { kind: AssistanceValues['kind'] }) {
  switch (props.kind) {
    case 'job':
      return <JobFields {...props} />;
    case 'medical':
      return <MedicalFields {...props} />;
    case 'health_check':
      return <HealthCheckFields />;
    case 'donation':
      return <DonationFields {...props} />;
    case 'project':
      return <ProjectFields {...props} />;
    case 'loan':
      return <LoanFields {...props} />;
    case 'good_deed':
      return <GoodDeedFields {...props} />;
  }
}
