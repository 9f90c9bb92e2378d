/** Add a household member, or correct one (only the fields changed are sent). */
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DISABILITIES,
  HEALTH,
  LABOUR_ABILITIES,
  RELATIONS,
  SCHOOLING,
  SEXES,
} from '../../../../src/domain/registry/enums';
import { PersonCreate, PersonPatch } from '../../../../src/domain/registry/person.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { useSavePerson, type PersonView } from '../registry/api';
import { afterToday, day } from '../registry/format';

interface MemberValues {
  name?: string;
  sex?: string;
  birthDate?: Dayjs | null;
  idNumber?: string;
  relation?: string;
  schooling?: string;
  labourAbility?: string;
  health?: string;
  disability?: string;
  phone?: string;
}

const blankToNull = (s?: string | null) => (s && s.trim() ? s.trim() : null);

/** The body for the API: everything for a new member, only what changed for a correction. */
function toBody(v: MemberValues, person: PersonView | null, sensitive: boolean) {
  const all: Record<string, unknown> = {
    name: v.name ?? '',
    sex: v.sex,
    birthDate: day(v.birthDate),
    relation: v.relation,
    schooling: v.schooling,
    labourAbility: v.labourAbility,
    ...(sensitive
      ? { health: v.health, disability: v.disability, phone: blankToNull(v.phone) }
      : {}),
  };
  const idNumber = blankToNull(v.idNumber);
  if (person === null) {
    return { ...all, ...(idNumber ? { idNumber } : {}) };
  }
  const before: Record<string, unknown> = { ...person };
  const changed = Object.fromEntries(Object.entries(all).filter(([k, x]) => x !== before[k]));
  return { ...changed, ...(idNumber ? { idNumber } : {}) };
}

export function MemberModal({
  householdId,
  person,
  sensitive,
  onClose,
}: {
  householdId: string;
  /** null: a new member. */
  person: PersonView | null;
  /** Whether the role sees (and so may correct) health, disability and phone. */
  sensitive: boolean;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberValues>();
  const save = useSavePerson(householdId);
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as MemberValues;
    const body = toBody(v, person, sensitive);
    const checked =
      person === null
        ? validateWith(form, PersonCreate, { householdId, ...body }, i18n.language)
        : validateWith(form, PersonPatch, body, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    if (person !== null && Object.keys(checked.value).length === 0) {
      onClose();
      return;
    }
    try {
      const saved =
        person === null
          ? await save.mutateAsync({ id: null, body: checked.value as PersonCreate })
          : await save.mutateAsync({ id: person.id, body: checked.value });
      void message.success(t('registry.member.saved', { name: saved.name }));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  const options = (values: readonly string[], prefix: string) =>
    values.map((x) => ({ value: x, label: t(`${prefix}.${x}`) }));
  return (
    <Modal
      open
      width={720}
      title={
        person
          ? t('registry.member.editTitle', { name: person.name })
          : t('registry.member.addTitle')
      }
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={
          person
            ? {
                ...person,
                birthDate: dayjs(person.birthDate),
                idNumber: '',
                health: person.health ?? undefined,
                disability: person.disability ?? undefined,
                phone: person.phone ?? '',
              }
            : {
                relation: 'child',
                schooling: 'none',
                labourAbility: 'full',
                health: 'healthy',
                disability: 'none',
              }
        }
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('person.name')}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="sex" label={t('person.sex')}>
              <Select options={options(SEXES, 'sex')} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="relation" label={t('person.relation')}>
              <Select options={options(RELATIONS, 'relation')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="birthDate" label={t('person.birthDate')}>
              <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="idNumber" label={t('person.idNumber')}>
              <Input
                maxLength={18}
                autoComplete="off"
                placeholder={
                  person?.idNumber
                    ? t('registry.member.idKeep', { masked: person.idNumber })
                    : undefined
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="schooling" label={t('registry.member.schooling')}>
              <Select options={options(SCHOOLING, 'registry.schooling')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="labourAbility" label={t('registry.member.labourAbility')}>
              <Select options={options(LABOUR_ABILITIES, 'registry.labour')} />
            </Form.Item>
          </Col>
          {sensitive ? (
            <>
              <Col xs={24} md={8}>
                <Form.Item name="health" label={t('registry.member.health')}>
                  <Select options={options(HEALTH, 'registry.health')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="disability" label={t('registry.member.disability')}>
                  <Select options={options(DISABILITIES, 'registry.disability')} />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <Form.Item name="phone" label={t('registry.member.phone')}>
                  <Input inputMode="tel" maxLength={20} />
                </Form.Item>
              </Col>
            </>
          ) : (
            <Col span={24}>
              <Alert type="info" title={t('registry.member.sensitiveHidden')} />
            </Col>
          )}
        </Row>
      </Form>
    </Modal>
  );
}
