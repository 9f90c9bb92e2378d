/** Assign a cadre to a household, and end a pairing (dated, with a reason, after confirmation). */
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PAIRING_ROLES } from '../../../../src/domain/registry/enums';
import { PairingCreate, PairingEnd } from '../../../../src/domain/registry/pairing.schema';
import { clearErrorsOnChange, showFieldErrors } from '../../ui/forms';
import { validateWith } from '../../ui/zod-form';
import { useCreatePairing, useEndPairing, type Pairing } from './api';
import { afterToday, day, today } from './format';
import { CadrePicker, HouseholdPicker } from './pickers';

interface AssignValues {
  cadreId?: string;
  householdId?: string;
  role?: string;
  startDate?: Dayjs | null;
}

/** A new pairing; `household` or `cadre` fixes one side (opened from that record's page). */
export function AssignPairingModal({
  household,
  cadre,
  onClose,
}: {
  household?: { id: string; label: string };
  cadre?: { id: string; label: string };
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const create = useCreatePairing();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = async () => {
    const v = form.getFieldsValue(true) as AssignValues;
    const input = {
      cadreId: v.cadreId,
      householdId: v.householdId,
      role: v.role,
      startDate: day(v.startDate),
    };
    const checked = validateWith(form, PairingCreate, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    try {
      await create.mutateAsync(checked.value);
      void message.success(t('registry.pairing.assigned'));
      onClose();
    } catch (error) {
      setBanner(showFieldErrors(form, error));
    }
  };
  return (
    <Modal
      open
      title={t('registry.pairing.assign')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{
          cadreId: cadre?.id,
          householdId: household?.id,
          role: 'lead',
          startDate: today(),
        }}
        onFinish={() => void submit()}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="cadreId" label={t('registry.pairing.cadre')}>
          <CadrePicker
            known={cadre ? { value: cadre.id, label: cadre.label } : null}
            disabled={Boolean(cadre)}
            data-testid="assign-cadre"
          />
        </Form.Item>
        <Form.Item name="householdId" label={t('registry.pairing.household')}>
          <HouseholdPicker
            known={household ? { value: household.id, label: household.label } : null}
            disabled={Boolean(household)}
            data-testid="assign-household"
          />
        </Form.Item>
        <Form.Item name="role" label={t('registry.pairing.role')}>
          <Select
            options={PAIRING_ROLES.map((r) => ({
              value: r,
              label: t(`registry.pairingRole.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item name="startDate" label={t('registry.pairing.startDate')}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface EndValues {
  endDate?: Dayjs | null;
  reason?: string;
}

/** End a current pairing: a date (not in the future) and a reason, then a confirmation. */
export function EndPairingModal({ pairing, onClose }: { pairing: Pairing; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<EndValues>();
  const end = useEndPairing();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = () => {
    const v = form.getFieldsValue(true) as EndValues;
    const input = { endDate: day(v.endDate), reason: v.reason ?? '' };
    const checked = validateWith(form, PairingEnd, input, i18n.language);
    if (!checked.ok) {
      setBanner(checked.banner);
      return;
    }
    setBanner(null);
    modal.confirm({
      title: t('registry.pairing.end'),
      content: t('registry.pairing.endConfirm', {
        cadre: pairing.cadreName,
        household: pairing.headName,
        date: checked.value.endDate,
      }),
      okText: t('registry.pairing.end'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await end.mutateAsync({ id: pairing.id, body: checked.value });
          void message.success(t('registry.pairing.ended'));
          onClose();
        } catch (error) {
          setBanner(showFieldErrors(form, error));
        }
      },
    });
  };
  return (
    <Modal
      open
      title={t('registry.pairing.endTitle', {
        cadre: pairing.cadreName,
        household: pairing.headName,
      })}
      okText={t('registry.pairing.end')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={end.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Form
        form={form}
        onValuesChange={clearErrorsOnChange(form)}
        layout="vertical"
        initialValues={{ endDate: today(), reason: '' }}
        onFinish={submit}
      >
        {banner ? (
          <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />
        ) : null}
        <Form.Item name="endDate" label={t('registry.pairing.endDate')}>
          <DatePicker format="YYYY-MM-DD" disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="reason" label={t('registry.pairing.endReason')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
