/** Record a donation, and reverse a ledger entry (with a reason): each a modal with its own form. */
import {
  Alert,
  App,
  DatePicker,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DONOR_KINDS } from '../../../../src/domain/fund/enums';
import { DonationCreate, ReversalCreate } from '../../../../src/domain/fund/ledger.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { useRecordDonation, useReverseEntry, type LedgerEntry } from './api';
import { money, toFen } from './format';
import { validateFund } from './validate';

interface DonationValues {
  donor?: string;
  donorKind?: string;
  amountFen?: number | null;
  receivedOn?: Dayjs | null;
  note?: string;
}

export function DonationModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DonationValues>();
  const record = useRecordDonation();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as DonationValues;
    const input = {
      donor: v.donor ?? '',
      donorKind: v.donorKind,
      amountFen: toFen(v.amountFen),
      receivedOn: v.receivedOn ? v.receivedOn.format('YYYY-MM-DD') : '',
      note: v.note ?? '',
    };
    const checked = validateFund(form, DonationCreate, input, {
      locale: i18n.language,
      labels: {
        donor: t('fund.donation.donor'),
        donorKind: t('fund.donation.donorKind'),
        amountFen: t('fund.donation.amount'),
        receivedOn: t('fund.donation.receivedOn'),
        note: t('fund.note'),
      },
    });
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await record.mutateAsync(checked.value);
      void message.success(t('fund.donation.recorded'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('fund.donation.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={record.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ donorKind: 'unit', receivedOn: dayjs() }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="donor" label={t('fund.donation.donor')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="donorKind" label={t('fund.donation.donorKind')}>
          <Select
            options={DONOR_KINDS.map((k) => ({ value: k, label: t(`fund.donorKind.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="amountFen" label={t('fund.donation.amount')}>
          <InputNumber
            min={0.01}
            precision={2}
            step={100}
            suffix={t('fund.yuanUnit')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('fund.donation.receivedOn')}>
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="note" label={t('fund.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ReversalValues {
  reason?: string;
  reversedOn?: Dayjs | null;
}

export function ReverseModal({ entry, onClose }: { entry: LedgerEntry; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReversalValues>();
  const reverse = useReverseEntry();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as ReversalValues;
    const input = {
      reason: v.reason ?? '',
      ...(v.reversedOn ? { reversedOn: v.reversedOn.format('YYYY-MM-DD') } : {}),
    };
    const checked = validateFund(form, ReversalCreate, input, {
      locale: i18n.language,
      labels: { reason: t('fund.reverse.reason'), reversedOn: t('fund.reverse.date') },
    });
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await reverse.mutateAsync({ id: entry.id, body: checked.value });
      void message.success(t('fund.reverse.done'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('fund.reverse.title')}
      okText={t('fund.reverse.ok')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={reverse.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        title={t('fund.reverse.warning')}
        style={{ marginBottom: 12 }}
      />
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('fund.ledger.date')}>{entry.entryDate}</Descriptions.Item>
        <Descriptions.Item label={t('fund.ledger.kind')}>
          {t(`fund.kind.${entry.kind}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('fund.ledger.amount')}>
          {money(t, entry.amountFen)}
        </Descriptions.Item>
        {entry.donor ? (
          <Descriptions.Item label={t('fund.donation.donor')}>{entry.donor}</Descriptions.Item>
        ) : null}
      </Descriptions>
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="reason" label={t('fund.reverse.reason')} required>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item
          name="reversedOn"
          label={t('fund.reverse.date')}
          extra={t('fund.reverse.dateHint')}
        >
          <DatePicker
            format="YYYY-MM-DD"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            style={{ width: '100%' }}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
