/** Register a household with its members: checked in the browser with the API's schema, then by the server. */
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { HouseholdCreate } from '../../../../src/domain/registry/household.schema';
import { RELATIONS, SEXES } from '../../../../src/domain/registry/enums';
import { api } from '../../api';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { useVillages } from '../registry/api';

interface FormValues {
  villageCode?: string;
  address?: string;
  phone?: string;
  members: {
    name?: string;
    sex?: string;
    birthDate?: string;
    idNumber?: string;
    relation?: string;
  }[];
}

function toInput(v: FormValues) {
  const blankToNull = (s?: string) => (s && s.trim() ? s : null);
  return {
    villageCode: v.villageCode ?? '',
    address: v.address ?? '',
    phone: blankToNull(v.phone),
    members: v.members.map((m) => ({
      ...m,
      idNumber: blankToNull(m.idNumber),
      name: m.name ?? '',
      birthDate: m.birthDate ?? '',
    })),
  };
}

export function HouseholdNewPage() {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const villages = useVillages();
  const [busy, setBusy] = useState(false);
  const submit = async (values: FormValues) => {
    const checked = validateWith(form, HouseholdCreate, toInput(values), i18n.language);
    if (!checked.ok) {
      if (checked.banner) {
        void message.error(checked.banner);
      }
      return;
    }
    setBusy(true);
    try {
      const created = await api<{ id: string }>('POST', '/households', toInput(values));
      void message.success(t('household.created'));
      void navigate(`/households/${created.id}`);
    } catch (error) {
      const banner = showFieldErrors(form, error);
      if (banner) {
        void message.error(banner);
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('household.new')}>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ members: [{ relation: 'head' }] }}
        onFinish={(v) => void submit(v)}
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="villageCode" label={t('household.village')}>
              <Select
                showSearch
                optionFilterProp="label"
                loading={villages.isPending}
                options={(villages.data?.items ?? []).map((v) => ({
                  value: v.code,
                  label: v.name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="address" label={t('household.address')}>
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="phone" label={t('household.phone')}>
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
        </Row>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} md={5}>
                    <Form.Item name={[field.name, 'name']} label={t('person.name')}>
                      <Input />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={3}>
                    <Form.Item name={[field.name, 'sex']} label={t('person.sex')}>
                      <Select options={SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item name={[field.name, 'birthDate']} label={t('person.birthDate')}>
                      <Input placeholder="1980-03-15" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={6}>
                    <Form.Item name={[field.name, 'idNumber']} label={t('person.idNumber')}>
                      <Input maxLength={18} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={5}>
                    <Form.Item name={[field.name, 'relation']} label={t('person.relation')}>
                      <Select
                        options={RELATIONS.map((r) => ({ value: r, label: t(`relation.${r}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1} style={{ paddingTop: 34 }}>
                    {fields.length > 1 ? (
                      <MinusCircleOutlined aria-label="remove" onClick={() => remove(field.name)} />
                    ) : null}
                  </Col>
                </Row>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ relation: 'child' })}
                style={{ marginBottom: 16 }}
              >
                {t('person.addMember')}
              </Button>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
