/** A QR code as inline SVG (crisp on paper), drawn in the browser by the `qrcode` package. */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function QrCode({ url, size = 112 }: { url: string; size?: number }) {
  const { t } = useTranslation();
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then(
      (markup) => {
        if (live) {
          setSvg(markup);
        }
      },
    );
    return () => {
      live = false;
    };
  }, [url]);
  return (
    <div
      className="card-sheet__qr-code"
      role="img"
      aria-label={t('cards.qr', { url })}
      data-testid="card-qr"
      data-url={url}
      style={{ width: size, height: size }}
      // The markup is the library's own SVG of our URL, not user input.
      dangerouslySetInnerHTML={svg ? { __html: svg } : undefined}
    />
  );
}
