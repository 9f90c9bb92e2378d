/** Found or correct a cooperative: village, founding date, business, member households and products. */
import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { CooperativeCreate } from '../../../../src/domain/industry/cooperative.schema';
import { api, ApiError } from '../../api';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { ErrorState, Loading } from '../../ui/states';
import { validateWith } from '../../ui/zod-form';
import type { HouseholdDetail } from '../registry/api';
import { useVillages } from '../registry/api';
import { HouseholdPicker } from '../registry/pickers';
import { afterToday, dayOf, errorText, isoDay } from '../training/shared';
import { useAllProducts, useCooperative, useSaveCooperative, type CooperativeDetail } from './api';

interface CoopValues {
  villageCode?: string;
  name?: string;
  foundedOn?: Dayjs | null;
  business?: string;
  productIds?: string[];
  note?: string;
}

interface Member {
  householdId: string;
  headName: string;
  villageCode: string;
}

function CooperativeForm({ coop }: { coop?: CooperativeDetail }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<CoopValues>();
  const villages = useVillages();
  const products = useAllProducts();
  const save = useSaveCooperative();
  const [banner, setBanner] = useState<string | null>(null);
  const villageName = (code: string) =>
    villages.data?.items.find((v) => v.code === code)?.name ?? code;
  const [members, setMembers] = useState<Member[]>(
    (coop?.members ?? []).map((m) => ({
      householdId: m.householdId,
      headName: m.headName,
      villageCode: m.villageCode,
    })),
  );
  const [picked, setPicked] = useState<string | undefined>();
  const [adding, setAdding] = useState(false);
  const addMember = async () => {
    if (!picked || members.some((m) => m.householdId === picked)) {
      setPicked(undefined);
      return;
    }
    setAdding(true);
    try {
      const h = await client.fetchQuery({
        queryKey: ['household', picked],
        queryFn: () => api<HouseholdDetail>('GET', `/households/${picked}`),
      });
      setMembers((ms) => [
        ...ms,
        { householdId: h.id, headName: h.headName, villageCode: h.villageCode },
      ]);
      setPicked(undefined);
    } catch (error) {
      void message.error(errorText(error));
    } finally {
      setAdding(false);
    }
  };
  const submit = async () => {
    const v = form.getFieldsValue(true) as CoopValues;
    const input = {
      villageCode: v.villageCode,
      name: v.name ?? '',
      foundedOn: isoDay(v.foundedOn),
      business: v.business ?? '',
      memberHouseholdIds: members.map((m) => m.householdId),
      productIds: v.productIds ?? [],
      note: v.note ?? '',
    };
    const checked = validateWith(form, CooperativeCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      const saved = coop
        ? await save.mutateAsync({ id: coop.id, body: checked.value })
        : await save.mutateAsync({ body: checked.value });
      void message.success(t(coop ? 'industry.saved' : 'industry.coop.created'));
      void navigate(`/industry/cooperatives/${saved.id}`);
    } catch (error) {
      const placed = showFieldErrors(form, error);
      // A member household that is gone has no field of its own: name it in the banner.
      const members =
        error instanceof ApiError
          ? error.fields.filter((f) => f.path.startsWith('memberHouseholdIds.'))
          : [];
      setBanner([placed, ...members.map((f) => f.message)].filter(Boolean).join('；') || null);
    }
  };
  const initial: CoopValues = coop
    ? {
        villageCode: coop.villageCode,
        name: coop.name,
        foundedOn: dayOf(coop.foundedOn),
        business: coop.business,
        productIds: coop.products.map((p) => p.id),
        note: coop.note,
      }
    : {};
  return (
    <Card title={t(coop ? 'industry.coop.edit' : 'industry.coop.new')}>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={initial}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="name" label={t('industry.coop.name')}>
              <Input maxLength={200} placeholder={t('industry.coop.nameHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="villageCode" label={t('industry.village')}>
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={villages.isPending}
                options={(villages.data?.items ?? []).map((v) => ({
                  value: v.code,
                  label: v.name,
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item name="foundedOn" label={t('industry.coop.foundedOn')}>
              <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="business" label={t('industry.coop.business')}>
              <Input maxLength={200} placeholder={t('industry.coop.businessHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="productIds" label={t('industry.coop.products')}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                loading={products.isPending}
                options={(products.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: p.name,
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('industry.coop.members')} htmlFor="coop-member-picker">
          <Space.Compact style={{ width: '100%', maxWidth: 520 }}>
            <HouseholdPicker
              id="coop-member-picker"
              value={picked}
              onChange={setPicked}
              allowClear
              style={{ flex: 1 }}
              data-testid="coop-member-picker"
            />
            <Button
              icon={<PlusOutlined />}
              disabled={!picked}
              loading={adding}
              onClick={() => void addMember()}
            >
              {t('industry.coop.addMember')}
            </Button>
          </Space.Compact>
        </Form.Item>
        <Table<Member>
          rowKey="householdId"
          size="small"
          pagination={false}
          dataSource={members}
          style={{ marginBottom: 16 }}
          data-testid="coop-members"
          locale={{ emptyText: t('industry.coop.noMembers') }}
          columns={[
            {
              title: t('industry.coop.head'),
              dataIndex: 'headName',
              render: (name: string, m: Member) => (
                <Link to={`/households/${m.householdId}`}>{name}</Link>
              ),
            },
            {
              title: t('industry.village'),
              dataIndex: 'villageCode',
              render: (code: string) => villageName(code),
            },
            {
              title: t('common.actions'),
              key: 'remove',
              width: 100,
              render: (_: unknown, m: Member) => (
                <Button
                  type="link"
                  size="small"
                  danger
                  onClick={() =>
                    setMembers((ms) => ms.filter((x) => x.householdId !== m.householdId))
                  }
                >
                  {t('industry.coop.removeMember')}
                </Button>
              ),
            },
          ]}
        />
        <Form.Item name="note" label={t('industry.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
          <Button
            onClick={() => void navigate(coop ? `/industry/cooperatives/${coop.id}` : '/industry')}
          >
            {t('common.cancel')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}

export function CooperativeFormPage() {
  const { id } = useParams();
  const coop = useCooperative(id);
  if (!id) {
    return <CooperativeForm />;
  }
  if (coop.isPending) {
    return <Loading rows={8} />;
  }
  if (coop.isError) {
    return <ErrorState error={coop.error} retry={() => void coop.refetch()} />;
  }
  return <CooperativeForm coop={coop.data} />;
}
