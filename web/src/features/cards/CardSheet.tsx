/** One household card as an A4 sheet: the same words as the PDF (the domain's cardView), QR as SVG. */
import { useTranslation } from 'react-i18next';
import type { CardSection } from '../../../../src/domain/cards/card-view';
import { cardView } from '../../../../src/domain/cards/card-view';
import type { HouseholdCard } from './api';
import { QrCode } from './QrCode';

function SectionTable({ section, name }: { section: CardSection; name: string }) {
  return (
    <section className={`card-sheet__section card-sheet__section--${name}`}>
      <h2>{section.heading}</h2>
      {section.rows.length === 0 ? (
        <p className="card-sheet__empty">{section.empty}</p>
      ) : (
        <table>
          <thead>
            <tr>
              {section.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {section.more ? <p className="card-sheet__more">{section.more}</p> : null}
    </section>
  );
}

export function CardSheet({ card }: { card: HouseholdCard }) {
  const { i18n } = useTranslation();
  const view = cardView(card, i18n.language === 'en' ? 'en' : 'zh-CN');
  return (
    <article className="card-sheet" data-testid="card-sheet">
      <header className="card-sheet__head">
        <div>
          <h1>{view.title}</h1>
          <p className="card-sheet__address">{view.address}</p>
          <p>
            {view.head}　{view.status}
          </p>
          <p>{view.printed}</p>
        </div>
        <figure className="card-sheet__qr">
          <QrCode url={view.qrUrl} />
          <figcaption>{view.scan}</figcaption>
        </figure>
      </header>
      <SectionTable name="members" section={view.sections.members} />
      <SectionTable name="incomes" section={view.sections.incomes} />
      <SectionTable name="cadres" section={view.sections.cadres} />
      <SectionTable name="help" section={view.sections.help} />
      <footer className="card-sheet__footer">{view.footer}</footer>
    </article>
  );
}
