import {
  CoverLetterForm,
  type CoverLetterValues,
  DownloadButton,
  failure,
  LoadError,
  Loading,
  mapUserErrors,
  Notice,
  noErrors,
  PageTitle,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'design-react-kit';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { client } from '../client';
import { formatDateTime } from '../format';
import { graphql } from '../gql';

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

/** A citizen's cover letter, edited by staff on the citizen's behalf (the change is audited). */
export function CoverLetterPage() {
  const { id: citizenId = '', letterId = '' } = useParams();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [saved, setSaved] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const { data, error, isPending, refetch } = useQuery({
    queryKey: ['coverLetter', letterId],
    queryFn: () => client.request(LetterQuery, { id: letterId }),
  });
  const letter = data?.coverLetter;
  const back = (
    <Link className="sl-back-link" to={`/cittadini/${citizenId}`}>
      Torna alla scheda del cittadino
    </Link>
  );

  async function save(values: CoverLetterValues) {
    if (!letter) return noErrors<'title' | 'body'>();
    try {
      const { updateCoverLetter } = await client.request(UpdateMutation, {
        id: letter.id,
        input: { ...values, revision: letter.revision },
      });
      setSaved(Boolean(updateCoverLetter.coverLetter));
      if (updateCoverLetter.coverLetter) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['coverLetter', letterId] }),
          queryClient.invalidateQueries({ queryKey: ['citizen', citizenId] }),
        ]);
      }
      return mapUserErrors(updateCoverLetter.userErrors, ['title', 'body'] as const);
    } catch (caught) {
      setSaved(false);
      return failure(caught);
    }
  }

  async function remove() {
    if (!letter) return;
    try {
      await client.request(DeleteMutation, { id: letter.id });
      await queryClient.invalidateQueries({ queryKey: ['citizen', citizenId] });
      navigate(`/cittadini/${citizenId}`, { replace: true });
    } catch (caught) {
      setDeleteError(failure(caught).form[0] ?? null);
    }
  }

  if (isPending) {
    return (
      <>
        {back}
        <PageTitle>Lettera di presentazione</PageTitle>
        <Loading />
      </>
    );
  }
  if (error || !letter) {
    return (
      <>
        {back}
        <PageTitle>Lettera di presentazione</PageTitle>
        {error ? <LoadError error={error} retry={refetch} /> : <p>Lettera non trovata.</p>}
      </>
    );
  }
  return (
    <>
      {back}
      <PageTitle title={letter.title}>Modifica la lettera di presentazione</PageTitle>
      <div aria-live="polite">
        {saved ? (
          <Notice kind="success" testId="letter-saved">
            <p className="mb-0">Lettera salvata per conto della persona.</p>
          </Notice>
        ) : null}
      </div>
      <dl className="sl-details sl-details--compact" data-testid="letter-details">
        <dt>Offerta</dt>
        <dd>
          {letter.vacancy ? (
            <Link to={`/offerte/${letter.vacancy.id}`}>
              {letter.vacancy.title} – {letter.vacancy.companyName}
            </Link>
          ) : (
            'Nessuna in particolare'
          )}
        </dd>
        <dt>Modello</dt>
        <dd>{letter.template?.name ?? 'Non più disponibile'}</dd>
        <dt>Ultima modifica</dt>
        <dd>
          {formatDateTime(letter.updatedAt)}, {letter.lastEditedBy.name}
          {letter.lastEditedBy.onBehalf ? ' (sportello)' : ' (la persona)'}
        </dd>
      </dl>
      <p>
        <DownloadButton
          client={client}
          path={`/api/cover-letters/${letter.id}.pdf`}
          label="Scarica la lettera in PDF"
          fallbackName="lettera.pdf"
        />
      </p>
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
            <Button type="button" color="danger" onClick={remove}>
              Sì, elimina la lettera
            </Button>
            <Button type="button" color="secondary" outline onClick={() => setConfirmDelete(false)}>
              Annulla
            </Button>
          </div>
        ) : (
          <Button type="button" color="danger" outline onClick={() => setConfirmDelete(true)}>
            Elimina
          </Button>
        )}
        <div aria-live="assertive">{deleteError ? <p className="sl-error">{deleteError}</p> : null}</div>
      </section>
    </>
  );
}
