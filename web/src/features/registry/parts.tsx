/** Small pieces shared by the registry pages. */
import { Card, Grid, Space } from 'antd';
import type { ReactNode } from 'react';

/** Text that never wraps (dates, names, amounts in table cells). */
export const nowrap = (text: ReactNode) => <span style={{ whiteSpace: 'nowrap' }}>{text}</span>;

/** A record's header card: its actions sit in the header on wide screens, under the body on phones. */
export function DetailCard({
  title,
  actions,
  testId,
  children,
}: {
  title: ReactNode;
  actions?: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  return (
    <Card title={title} data-testid={testId} extra={wide ? actions : null}>
      {children}
      {!wide && actions ? (
        <Space wrap style={{ marginTop: 16 }}>
          {actions}
        </Space>
      ) : null}
    </Card>
  );
}
