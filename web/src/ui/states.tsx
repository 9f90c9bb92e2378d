/**
 * Loading, empty, error and not-found states every screen uses. The error and not-found states
 * are drawn here rather than with antd's Result, whose illustrations would weigh on every first
 * load (the field view's budget is 300 KB of gzipped JS).
 */
import { ExclamationCircleFilled, FileSearchOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Empty, Skeleton, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../api';

export function Loading({ rows = 4 }: { rows?: number }) {
  return <Skeleton active paragraph={{ rows }} />;
}

export function EmptyState({ description }: { description?: string }) {
  const { t } = useTranslation();
  return <Empty description={description ?? t('common.empty')} />;
}

/** A centred notice: a mark, a title, a line of explanation and what the user can do. */
function Notice(props: { mark: ReactNode; title: string; detail: string; action?: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <div role="alert" style={{ textAlign: 'center', padding: '48px 16px' }}>
      <div style={{ fontSize: 56, lineHeight: 1, marginBottom: 16 }}>{props.mark}</div>
      <h3 style={{ margin: '0 0 8px', fontSize: token.fontSizeHeading3, fontWeight: 600 }}>
        {props.title}
      </h3>
      <p style={{ color: token.colorTextSecondary, marginBottom: 16 }}>{props.detail}</p>
      {props.action}
    </div>
  );
}

/** An error with a retry; a 404 becomes the not-found page. */
export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) {
    return <NotFound />;
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Notice
      mark={<ExclamationCircleFilled style={{ color: '#faad14' }} />}
      title={t('common.error')}
      detail={message}
      action={retry ? <Button onClick={retry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

/** A page that cannot be shown, with the way back home. */
function BackHome(props: { mark: ReactNode; title: string; detail: string }) {
  const { t } = useTranslation();
  return (
    <Notice
      {...props}
      action={
        <Link to="/">
          <Button type="primary">{t('common.home')}</Button>
        </Link>
      }
    />
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <BackHome
      mark={<FileSearchOutlined style={{ color: '#bfbfbf' }} />}
      title="404"
      detail={t('common.notFound')}
    />
  );
}

/** A page of the menu that the user's role does not have (typed or bookmarked by URL). */
export function NotOffered() {
  const { t } = useTranslation();
  return (
    <BackHome
      mark={<StopOutlined style={{ color: '#bfbfbf' }} />}
      title="403"
      detail={t('common.notOffered')}
    />
  );
}
