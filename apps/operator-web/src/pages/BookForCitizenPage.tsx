import {
  attempt,
  ConfirmAction,
  formatDateTime,
  formatShortDateTime,
  PageTitle,
  SelectField,
  SlotFinder,
  slotSummary,
  useAnnouncement,
} from '@sportello/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCitizenOptions } from '../citizen-options';
import { client } from '../client';
import { fetchSlots, sportelliQuery } from '../colloqui-slots';
import { labels, options } from '../format';
import { graphql } from '../gql';
import type { OrientationPurpose } from '../gql/graphql';

const BookForCitizenMutation = graphql(`
  mutation BookForCitizenPage_BookMutation($slotId: ID!, $citizenId: ID!, $purpose: OrientationPurpose) {
    bookSlot(slotId: $slotId, citizenId: $citizenId, purpose: $purpose) {
      booking {
        id
        startsAt
        purpose
      }
      userErrors {
        field
        code
        message
      }
    }
  }
`);

/** An operator books a colloquio for a citizen: first the person, then a free slot. */
export function BookForCitizenPage() {
  const queryClient = useQueryClient();
  const [announcement, announce] = useAnnouncement();
  const citizens = useCitizenOptions();
  const sportelli = useQuery(sportelliQuery);
  // From a citizen's page: the person, and the purpose, already chosen.
  const [params] = useSearchParams();
  const fromCitizen = params.get('cittadino');
  const [citizenId, setCitizenId] = useState(fromCitizen ?? '');
  const [purpose, setPurpose] = useState<OrientationPurpose | ''>(
    (params.get('tipo') as OrientationPurpose | null) ?? '',
  );
  const [booked, setBooked] = useState<{ citizenId: string; name: string } | null>(null);
  const citizen = citizens.options.find((c) => c.value === citizenId);

  async function book(slot: { id: string; startsAt: string; sportello: { name: string } }, name: string) {
    announce(null);
    setBooked(null);
    const userErrors = await attempt(async () => {
      const { bookSlot } = await client.request(BookForCitizenMutation, {
        slotId: slot.id,
        citizenId,
        purpose: purpose || null,
      });
      if (bookSlot.booking) setBooked({ citizenId, name });
      return bookSlot.userErrors;
    });
    announce(
      userErrors.length
        ? {
            kind: 'danger',
            text: userErrors
              .map((e) =>
                e.code === 'PERSON_BUSY'
                  ? `${name} ha già un colloquio prenotato in quest’orario.`
                  : e.message,
              )
              .join(' '),
          }
        : {
            kind: 'success',
            text: `${purpose ? labels.orientationPurpose[purpose] : 'Colloquio'} prenotato per ${name}: ${formatDateTime(slot.startsAt)}, ${slot.sportello.name}. La persona riceve un’email di conferma.`,
          },
    );
    await Promise.all(
      [['bookings'], ['slots'], ['colloqui', 'slots'], ['citizen', citizenId]].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }

  return (
    <>
      <PageTitle>Prenota un colloquio per un cittadino</PageTitle>
      <p className="sl-lead">
        Scegli la persona, poi un orario libero. La persona riceve l’email di conferma con l’invito per il
        calendario, come se avesse prenotato da sola. <Link to="/colloqui">Torna ai colloqui</Link>
      </p>
      {announcement}
      {booked ? (
        <p data-testid="after-booking">
          <Link to={`/cittadini/${booked.citizenId}`}>Torna alla scheda di {booked.name}</Link>: dopo il
          colloquio, lì trovi il link per scriverne la scheda di orientamento.
        </p>
      ) : null}
      <SelectField
        id="citizen"
        label="Cittadino"
        hint={
          citizens.total > citizens.options.length
            ? `Sono elencate le prime ${citizens.options.length} persone della rete.`
            : undefined
        }
        value={citizenId}
        onChange={(value) => {
          announce(null);
          setBooked(null);
          setCitizenId(value);
        }}
        options={citizens.options}
        placeholder="Scegli la persona"
      />
      <SelectField
        id="purpose"
        label="A cosa serve il colloquio"
        hint="Per un colloquio di orientamento o un bilancio di competenze scegli un orario di orientamento: dopo il colloquio ne scrivi la scheda."
        value={purpose}
        onChange={(value) => setPurpose(value as OrientationPurpose | '')}
        options={options(labels.orientationPurpose)}
        placeholder="Colloquio come da orario (orientamento o consulenza)"
        optional
      />
      {citizen ? (
        <section className="sl-section" aria-labelledby="free-slots">
          <h2 id="free-slots">Orari liberi per {citizen.name}</h2>
          <SlotFinder
            id="slots"
            sportelli={sportelli.data ?? []}
            queryKey={['colloqui', 'slots', 'for-citizen', purpose]}
            fetchSlots={(filter, after) =>
              fetchSlots({ ...filter, kind: purpose ? 'ORIENTATION' : null }, after)
            }
            action={(slot) => (
              <ConfirmAction
                label={`Prenota: ${formatShortDateTime(slot.startsAt)}`}
                question={`Prenoti per ${citizen.name} il colloquio di ${formatDateTime(slot.startsAt)} (${slotSummary(slot).toLowerCase()}) con ${slot.sportello.name}?`}
                confirmLabel="Sì, prenota"
                onConfirm={() => book(slot, citizen.name)}
                testId="book-slot"
              />
            )}
          />
        </section>
      ) : null}
    </>
  );
}
