import { Button } from 'design-react-kit';
import { type FormEvent, type ReactNode, useState } from 'react';
import {
  CheckboxField,
  ErrorSummary,
  SelectField,
  type SelectOption,
  TextAreaField,
  TextField,
} from './fields';
import { failure } from './paged-list';
import { type OptionSearch, SearchSelect } from './search-select';
import { formatCents, formatDate, formatShortDateTime, it } from './strings';
import { type FormErrors, mapUserErrors, noErrors, type UserErrorLike } from './user-errors';

export type ReferralStatusName = 'SENT' | 'IN_ASSESSMENT' | 'GRANTED' | 'REFUSED';

export const referralStatusLabels: Record<ReferralStatusName, string> = {
  SENT: 'Inviata al partner',
  IN_ASSESSMENT: 'In valutazione',
  GRANTED: 'Finanziamento concesso',
  REFUSED: 'Finanziamento non concesso',
};

/** What the citizen and the operator portals both show of a business idea. */
export interface BusinessIdeaView {
  id: string;
  title: string;
  description: string;
  needs: string;
  atecoActivity: { code: string; title: string };
  comune: { name: string };
  checklist: readonly { step: string; label: string; done: boolean }[];
  businessStartedOn?: string | null;
  partitaIva?: string | null;
  referrals: readonly {
    id: string;
    status: ReferralStatusName;
    grantedAmountCents?: number | null;
    partner: { name: string };
    history: readonly {
      status: ReferralStatusName;
      grantedAmountCents?: number | null;
      note?: string | null;
      at: string;
    }[];
  }[];
}

const referralLine = (status: ReferralStatusName, cents?: number | null) =>
  status === 'GRANTED' && cents
    ? `${referralStatusLabels[status]}: ${formatCents(cents)}`
    : referralStatusLabels[status];

/**
 * Idea d'impresa: sector, comune, needs, the business-plan checklist (ticked with `onToggleStep`
 * when the viewer may), the microcredit referrals with their history, and the business started.
 */
export function BusinessIdeaDetails({
  idea,
  onToggleStep,
  children,
}: {
  idea: BusinessIdeaView;
  onToggleStep?: ((step: string, done: boolean) => Promise<void>) | undefined;
  /** The portal's own actions, after the referrals. */
  children?: ReactNode;
}) {
  const [busy, setBusy] = useState<string | null>(null);
  const done = idea.checklist.filter((c) => c.done).length;
  return (
    <article className="sl-section" data-testid="business-idea" aria-labelledby={`idea-${idea.id}`}>
      <h2 id={`idea-${idea.id}`}>{idea.title}</h2>
      {idea.businessStartedOn ? (
        <p className="sl-notice" data-testid="business-started">
          Impresa avviata il {formatDate(idea.businessStartedOn)}, partita IVA {idea.partitaIva}.
        </p>
      ) : null}
      <dl className="sl-details sl-details--compact">
        <dt>Settore (ATECO)</dt>
        <dd>
          {idea.atecoActivity.code} – {idea.atecoActivity.title}
        </dd>
        <dt>Comune</dt>
        <dd>{idea.comune.name}</dd>
        <dt>L’idea</dt>
        <dd>{idea.description}</dd>
        <dt>Di cosa c’è bisogno</dt>
        <dd>{idea.needs}</dd>
      </dl>
      <h3>
        Verso il piano d’impresa ({done} di {idea.checklist.length} passi fatti)
      </h3>
      {onToggleStep ? (
        <fieldset data-testid="business-plan-checklist">
          <legend className="visually-hidden">Passi del piano d’impresa</legend>
          {idea.checklist.map((c) => (
            <CheckboxField
              key={c.step}
              id={`step-${idea.id}-${c.step}`}
              label={c.label}
              checked={c.done}
              onChange={async (checked) => {
                if (busy) return;
                setBusy(c.step);
                try {
                  await onToggleStep(c.step, checked);
                } finally {
                  setBusy(null);
                }
              }}
            />
          ))}
        </fieldset>
      ) : (
        <ul data-testid="business-plan-checklist">
          {idea.checklist.map((c) => (
            <li key={c.step}>
              {c.done ? 'Fatto: ' : 'Da fare: '}
              {c.label}
            </li>
          ))}
        </ul>
      )}
      <h3>Microcredito</h3>
      {idea.referrals.length === 0 ? (
        <p>L’idea non è ancora stata segnalata a un ente di microcredito.</p>
      ) : (
        idea.referrals.map((r) => (
          <div key={r.id} data-testid="microcredit-referral">
            <p>
              <strong>{r.partner.name}</strong>:{' '}
              <span data-testid="referral-status">{referralLine(r.status, r.grantedAmountCents)}</span>
            </p>
            <ol className="sl-history">
              {r.history.map((h) => (
                <li key={`${h.status}-${h.at}`}>
                  {formatShortDateTime(h.at)} – {referralLine(h.status, h.grantedAmountCents)}
                  {h.note ? ` (${h.note})` : ''}
                </li>
              ))}
            </ol>
          </div>
        ))
      )}
      {children}
    </article>
  );
}

export interface BusinessIdeaFormValues {
  title: string;
  description: string;
  atecoCode: string;
  comuneCode: string;
  needs: string;
}

type IdeaField = keyof BusinessIdeaFormValues;
const ideaLabels: Record<IdeaField, string> = {
  title: 'Nome dell’idea',
  description: 'Descrivi l’idea',
  atecoCode: 'Settore di attività (ATECO)',
  comuneCode: 'Comune dove avviarla',
  needs: 'Di cosa hai bisogno',
};

/**
 * The business idea intake. `submit` sends it with the portal's client and answers with the
 * server's userErrors (none when saved).
 */
export function BusinessIdeaForm({
  comuni,
  searchAteco,
  submit,
  submitLabel,
  addressee = 'tu',
}: {
  comuni: readonly SelectOption[];
  searchAteco: OptionSearch;
  submit: (values: BusinessIdeaFormValues) => Promise<readonly UserErrorLike[]>;
  submitLabel: string;
  /** "tu" for the citizen; "lei" for the operator writing it with the citizen. */
  addressee?: 'tu' | 'lei';
}) {
  const empty = { title: '', description: '', atecoCode: '', comuneCode: '', needs: '' };
  const [values, setValues] = useState<BusinessIdeaFormValues>(empty);
  const [errors, setErrors] = useState<FormErrors<IdeaField>>(noErrors());
  const [submits, setSubmits] = useState(0);
  const [pending, setPending] = useState(false);
  const ids: Record<IdeaField, string> = {
    title: 'idea-title',
    description: 'idea-description',
    atecoCode: 'idea-ateco',
    comuneCode: 'idea-comune',
    needs: 'idea-needs',
  };
  const set = (field: IdeaField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    let next = noErrors<IdeaField>();
    if (values.title.trim().length < 3) next.fields.title = 'Dai un nome all’idea: almeno 3 caratteri.';
    if (values.description.trim().length < 10)
      next.fields.description = 'Descrivi l’idea in almeno 10 caratteri.';
    if (!values.atecoCode) next.fields.atecoCode = 'Cerca e scegli il settore di attività.';
    if (!values.comuneCode) next.fields.comuneCode = 'Scegli il comune.';
    if (values.needs.trim().length < 3) next.fields.needs = 'Scrivi almeno 3 caratteri.';
    if (Object.keys(next.fields).length === 0) {
      setPending(true);
      try {
        const userErrors = await submit(values);
        if (userErrors.length === 0) {
          setValues(empty);
          setErrors(noErrors());
          return;
        }
        next = mapUserErrors(userErrors, Object.keys(ideaLabels) as IdeaField[]);
      } catch (error) {
        next = failure(error);
      } finally {
        setPending(false);
      }
    }
    setErrors(next);
    setSubmits((n) => n + 1);
  }

  const your = addressee === 'tu' ? 'la tua' : 'la sua';
  return (
    <form className="sl-form-box" noValidate onSubmit={onSubmit}>
      <ErrorSummary errors={errors} labels={ideaLabels} ids={ids} focusKey={submits} />
      <TextField
        id={ids.title}
        label={ideaLabels.title}
        hint="Per esempio «Laboratorio di pasta fresca»."
        value={values.title}
        onChange={set('title')}
        maxLength={200}
        error={errors.fields.title}
      />
      <TextAreaField
        id={ids.description}
        label={ideaLabels.description}
        hint={`Che cosa vuoi fare, per chi, e perché funzionerebbe: da 10 a 5000 caratteri.`}
        value={values.description}
        onChange={set('description')}
        maxLength={5000}
        error={errors.fields.description}
      />
      <SearchSelect
        id={ids.atecoCode}
        label={ideaLabels.atecoCode}
        placeholder="Scegli dopo aver cercato"
        searchLabel="Cerca il settore"
        searchHint="Scrivi almeno due lettere, per esempio «ristorazione», «parrucchieri» o un codice come 56."
        noneFound="Nessun settore trovato: prova con un’altra parola."
        suggested={[]}
        value={values.atecoCode}
        onChange={set('atecoCode')}
        search={searchAteco}
        cacheKey="atecoActivities"
        error={errors.fields.atecoCode}
      />
      <SelectField
        id={ids.comuneCode}
        label={ideaLabels.comuneCode}
        value={values.comuneCode}
        onChange={set('comuneCode')}
        options={comuni}
        placeholder="Scegli il comune"
        error={errors.fields.comuneCode}
      />
      <TextAreaField
        id={ids.needs}
        label={ideaLabels.needs}
        hint={`Soldi, un locale, attrezzature, formazione, consulenza: tutto ciò che serve per ${your} idea.`}
        value={values.needs}
        onChange={set('needs')}
        maxLength={2000}
        error={errors.fields.needs}
      />
      <div className="sl-actions mt-0 mb-3">
        <Button type="submit" color="primary" aria-disabled={pending || undefined}>
          {pending ? it.common.sending : submitLabel}
        </Button>
      </div>
    </form>
  );
}
