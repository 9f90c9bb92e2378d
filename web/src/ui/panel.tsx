/**
 * A titled panel drawn like antd's Card, for the field view's first screen: antd's Card brings
 * its Tabs along (for `tabList`), which the phone would download for nothing.
 */
import { theme } from 'antd';
import type { ReactNode } from 'react';

export function Panel(props: { title: string; extra?: ReactNode; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <section
      aria-label={props.title}
      style={{
        background: token.colorBgContainer,
        border: `1px solid ${token.colorBorderSecondary}`,
        borderRadius: token.borderRadiusLG,
      }}
    >
      <header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          gap: 8,
          minHeight: 56,
          padding: `0 ${token.paddingLG}px`,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
        }}
      >
        <h2
          style={{
            margin: 0,
            fontSize: token.fontSizeLG,
            fontWeight: token.fontWeightStrong,
            color: token.colorTextHeading,
          }}
        >
          {props.title}
        </h2>
        {props.extra}
      </header>
      {props.children}
    </section>
  );
}
