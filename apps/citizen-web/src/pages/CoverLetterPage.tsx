import {
  CoverLetterForm,
  type CoverLetterValues,
  DownloadButton,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { client } from '../client';
import { graphql } from '../gql';
import { dateTime, letterPdfPath, requestFailed } from '../letters/shared';

const LetterQuery = graphql(`
  query CoverLetterPage_LetterQuery($id: ID!) {
    coverLetter(id: $id) {
      id
      title
      body
      revision
      updatedAt
      template {
        name
      }
      vacancy {
        id
        title
        companyName
      }
      lastEditedBy {
        name
        onBehalf
      }
    }
  }
`);

const UpdateMutation = graphql(`
  mutation CoverLetterPage_UpdateMutation($id: ID!, $input: CoverLetterInput!) {
    updateCoverLetter(id: $id, input: $input) {
      coverLetter {
        id
        revision
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

const DeleteMutation = graphql(`
  mutation CoverLetterPage_DeleteMutation($id: ID!) {
    deleteCoverLetter(id: $id) {
      deletedId
      userErrors {
        message
      }
    }
  }
`);

export function CoverLetterPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState<string | null>(
    (location.state as { drafted?: boolean } | null)?.drafted
      ? 'Abbiamo scritto la lettera dal modello: rileggila e correggila dove serve.'
      : null,
  );
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['coverLetter', id],
    queryFn: () => client.request(LetterQuery, { id }),
  });
  const letter = data?.coverLetter;

  async function save(values: CoverLetterValues) {
    if (!letter) return noErrors<'title' | 'body'>();
    try {
      const { updateCoverLetter } = await client.request(UpdateMutation, {
        id: letter.id,
        input: { ...values, revision: letter.revision },
      });
      if (updateCoverLetter.coverLetter) {
        setSaved('Lettera salvata.');
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['coverLetter', id] }),
          queryClient.invalidateQueries({ queryKey: ['coverLetters'] }),
        ]);
      } else {
        setSaved(null);
      }
      return mapUserErrors(updateCoverLetter.userErrors, ['title', 'body'] as const);
    } catch (failure) {
      setSaved(null);
      return requestFailed(failure);
    }
  }

  async function remove() {
    if (!letter) return;
    try {
      await client.request(DeleteMutation, { id: letter.id });
      await queryClient.invalidateQueries({ queryKey: ['coverLetters'] });
      navigate('/lettere', { replace: true });
    } catch (failure) {
      setDeleteError(requestFailed(failure).form[0] ?? null);
    }
  }

  if (isPending) {
    return (
      <>
        <PageTitle>Lettera di presentazione</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !letter) {
    return (
      <>
        <PageTitle>Lettera di presentazione</PageTitle>
        <Notice kind="warning" live="assertive">
          <p>{error?.message ?? 'Lettera non trovata.'}</p>
          {error ? (
            <button type="button" className="btn btn-primary" onClick={() => refetch()}>
              Riprova
            </button>
          ) : null}
        </Notice>
        <Link to="/lettere">Torna alle tue lettere</Link>
      </>
    );
  }

  return (
    <>
      <Link className="sl-back-link" to="/lettere">
        Torna alle tue lettere
      </Link>
      <PageTitle title={letter.title}>Modifica la lettera</PageTitle>
      <div aria-live="polite">
        {saved ? (
          <Notice kind="success" testId="letter-saved">
            <p className="mb-0">{saved}</p>
          </Notice>
        ) : null}
      </div>
      <dl className="sl-details sl-details--compact" data-testid="letter-details">
        <dt>Offerta</dt>
        <dd>
          {letter.vacancy
            ? `${letter.vacancy.title} – ${letter.vacancy.companyName}`
            : 'Nessuna in particolare'}
        </dd>
        <dt>Modello</dt>
        <dd>{letter.template?.name ?? 'Non più disponibile'}</dd>
        <dt>Ultima modifica</dt>
        <dd>
          {dateTime(letter.updatedAt)}, {letter.lastEditedBy.name}
          {letter.lastEditedBy.onBehalf ? ' (sportello lavoro, per tuo conto)' : ''}
        </dd>
      </dl>
      <div className="sl-card-actions mb-4">
        <DownloadButton
          client={client}
          path={letterPdfPath(letter.id)}
          label="Scarica la lettera in PDF"
          fallbackName="lettera.pdf"
        />
        {letter.vacancy ? (
          <Link className="btn btn-outline-primary" to={`/candidatura/${letter.vacancy.id}`}>
            Candidati a questa offerta
          </Link>
        ) : null}
      </div>
      <CoverLetterForm
        key={letter.revision}
        initial={{ title: letter.title, body: letter.body }}
        onSave={save}
      />

      <section className="sl-section mt-5" aria-labelledby="delete-letter">
        <h2 id="delete-letter" className="h4">
          Elimina la lettera
        </h2>
        <p>Le candidature già inviate con questa lettera ne conservano una copia.</p>
        {confirmDelete ? (
          <div className="sl-card-actions">
            <button type="button" className="btn btn-danger" onClick={remove}>
              Sì, elimina la lettera
            </button>
            <button
              type="button"
              className="btn btn-outline-secondary"
              onClick={() => setConfirmDelete(false)}
            >
              Annulla
            </button>
          </div>
        ) : (
          <button type="button" className="btn btn-outline-danger" onClick={() => setConfirmDelete(true)}>
            Elimina
          </button>
        )}
        <div aria-live="assertive">{deleteError ? <p className="sl-error">{deleteError}</p> : null}</div>
      </section>
    </>
  );
}
