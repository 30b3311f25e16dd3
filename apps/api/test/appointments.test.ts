import { outbox } from '@sportello/db';
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenInput, DEMO, REGISTER_CITIZEN } from './fixtures.js';
import { startTestApp, type TestApp } from './harness.js';

let t: TestApp;
let legnano: string;
let varese: string;
let giulia: string;
let giuliaId: string;
let hour = 0;

beforeAll(async () => {
  t = await startTestApp();
  legnano = (await t.login(DEMO.operator)).accessToken;
  varese = (await t.login(DEMO.operatorVarese)).accessToken;
  giulia = (await t.login(DEMO.citizen)).accessToken;
  giuliaId = (await t.gql('{ me { id } }', {}, giulia)).data!.me.id;
});
afterAll(() => t?.close());

const PUBLISH = `mutation($input: PublishSlotInput!) { publishSlot(input: $input) { slot { id startsAt endsAt } userErrors { field code message } } }`;
const BOOK = `mutation($id: ID!, $c: ID) { bookSlot(slotId: $id, citizenId: $c) { booking { id status videoUrl startsAt } userErrors { code message } } }`;

/** A future time no other test uses, in whole hours from two days ahead. */
function nextStart(): Date {
  hour += 2;
  const start = new Date(Date.now() + 30 * 86_400_000); // past the demo slots
  start.setUTCMinutes(0, 0, 0);
  return new Date(start.getTime() + hour * 3_600_000);
}

/** Publishes a slot; Sundays and holidays are confirmed, since the times here ignore the calendar. */
async function publish(
  token: string,
  startsAt = nextStart(),
  mode = 'IN_PERSON',
  durationMinutes = 30,
  confirmNonWorkingDay = true,
) {
  const result = await t.gql(
    PUBLISH,
    {
      input: {
        kind: 'ORIENTATION',
        mode,
        startsAt: startsAt.toISOString(),
        durationMinutes,
        confirmNonWorkingDay,
      },
    },
    token,
  );
  return result.data!.publishSlot as {
    slot: { id: string; startsAt: string } | null;
    userErrors: { field: string; code: string; message: string }[];
  };
}

async function newCitizenToken() {
  const input = citizenInput();
  await t.gql(REGISTER_CITIZEN, { input });
  await t.gql('mutation($t: String!) { verifyEmail(token: $t) { ok } }', {
    t: t.tokenFromLink(await t.linkFromMail(input.email, 'Conferma')),
  });
  return (await t.login(input.email, input.password)).accessToken;
}

describe('slots', () => {
  it('an operator cannot offer overlapping slots; bad input is refused field by field', async () => {
    const start = nextStart();
    expect((await publish(legnano, start)).userErrors).toEqual([]);
    const overlap = await publish(legnano, new Date(start.getTime() + 15 * 60_000));
    expect(overlap.userErrors[0]!.code).toBe('OVERLAPPING_SLOT');
    // Another operator may hold a slot at the same time.
    expect((await publish(varese, start)).userErrors).toEqual([]);
    const bad = await publish(legnano, new Date(Date.now() - 3_600_000), 'IN_PERSON', 5);
    expect(bad.userErrors.map((e: { code: string }) => e.code).sort()).toEqual([
      'IN_THE_PAST',
      'OUT_OF_RANGE',
    ]);
  });
});

/** 10:00 in Italy on the first `weekday` (0 = Sunday) at least `days` days ahead. */
function romeMorning(days: number, weekday: number): Date {
  const day = new Date(Date.now() + days * 86_400_000);
  day.setUTCHours(9, 0, 0, 0); // 10:00 in winter, 11:00 in summer: the day is what matters
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day;
}

describe('non-working days', () => {
  it('a slot on a Sunday or a public holiday asks for confirmation; a working day does not', async () => {
    const sunday = romeMorning(40, 0);
    const refused = await publish(legnano, sunday, 'IN_PERSON', 30, false);
    expect(refused.slot).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        field: 'startsAt',
        code: 'NON_WORKING_DAY',
        message:
          'Quest’orario cade di domenica: di solito lo sportello è chiuso. Se vuoi offrirlo comunque, confermalo.',
      },
    ]);
    expect((await publish(legnano, sunday, 'IN_PERSON', 30, true)).userErrors).toEqual([]);

    // Next year's: Easter Monday (Lunedì dell'Angelo) moves with Easter; 2 June is the Festa della
    // Repubblica. The Tuesday after Easter is a working day (unless it is 25 April: then Wednesday).
    const year = new Date().getUTCFullYear() + 1;
    const easterMonday = easterSunday(year) + DAY_MS;
    for (const [day, name] of [
      [easterMonday, 'Lunedì dell’Angelo'],
      [Date.UTC(year, 5, 2), 'Festa della Repubblica'],
    ] as const) {
      const holiday = await publish(varese, new Date(day + 8 * HOUR_MS), 'IN_PERSON', 30, false);
      expect(holiday.userErrors[0]!.code).toBe('NON_WORKING_DAY');
      expect(holiday.userErrors[0]!.message).toContain(`in un giorno di festa (${name})`);
    }
    const afterEaster = easterMonday + DAY_MS;
    const workingDay = new Date(afterEaster).toISOString().endsWith('04-25T00:00:00.000Z')
      ? afterEaster + DAY_MS
      : afterEaster;
    const working = await publish(varese, new Date(workingDay + 8 * HOUR_MS), 'IN_PERSON', 30, false);
    expect(working.userErrors).toEqual([]);
  });
});

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** Midnight UTC of Easter Sunday (the anonymous Gregorian algorithm), checked apart from date-holidays. */
function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(year, Math.floor(n / 31) - 1, (n % 31) + 1);
}

describe('finding a free slot', () => {
  it('filters by sportello, mode, kind and the day from which (Italian time)', async () => {
    const base = romeMorning(120, 3);
    const inPerson = (await publish(legnano, base)).slot!;
    const online = (await publish(legnano, new Date(base.getTime() + 86_400_000), 'ONLINE')).slot!;
    const query = `query($s: ID, $m: AppointmentMode, $k: AppointmentKind, $f: Date) {
      availableSlots(sportelloId: $s, mode: $m, kind: $k, from: $f, first: 100) { totalCount edges { node { id mode startsAt sportello { name } } } }
    }`;
    const ids = async (variables: Record<string, unknown>) => {
      const result = await t.gql(query, variables, giulia);
      expect(result.errors).toBeUndefined();
      return result.data!.availableSlots.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    };
    const fromDay = base.toISOString().slice(0, 10);
    const nextDay = new Date(base.getTime() + 86_400_000).toISOString().slice(0, 10);
    expect(await ids({ f: fromDay })).toEqual(expect.arrayContaining([inPerson.id, online.id]));
    expect(await ids({ f: nextDay })).toContain(online.id);
    expect(await ids({ f: nextDay })).not.toContain(inPerson.id);
    expect(await ids({ f: fromDay, m: 'ONLINE' })).toContain(online.id);
    expect(await ids({ f: fromDay, m: 'ONLINE' })).not.toContain(inPerson.id);
    // Both are orientation slots, the kind an orientation interview is booked on.
    expect(await ids({ f: fromDay, k: 'ORIENTATION' })).toEqual(
      expect.arrayContaining([inPerson.id, online.id]),
    );
    expect(await ids({ f: fromDay, k: 'COUNSELLING' })).not.toContain(inPerson.id);
    expect(await ids({ f: fromDay, k: 'COUNSELLING' })).not.toContain(online.id);
    const sportelli = await t.gql('{ sportelli { id name } }', {}, giulia);
    const vareseId = sportelli.data!.sportelli.find((s: { name: string }) => s.name.includes('Varese')).id;
    expect(await ids({ f: fromDay, s: vareseId })).not.toContain(inPerson.id);
    // A slot starting at 00:30 in Italy belongs to that Italian day, though it is the day before in UTC.
    const lateNight = new Date(`${nextDay}T00:30:00+01:00`);
    const night = (await publish(legnano, new Date(lateNight.getTime() + 7 * 86_400_000))).slot!;
    const nightDay = new Date(lateNight.getTime() + 7 * 86_400_000 + 3_600_000 * 2)
      .toISOString()
      .slice(0, 10);
    expect(await ids({ f: nightDay })).toContain(night.id);
    const bad = await t.gql(query, { f: '2026-13-40' }, giulia);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('booking', () => {
  it('many concurrent bookings of one slot: exactly one wins, the others get SLOT_TAKEN', async () => {
    const { slot } = await publish(legnano);
    const citizens = await Promise.all(Array.from({ length: 8 }, newCitizenToken));
    const results = await Promise.all(citizens.map((token) => t.gql(BOOK, { id: slot!.id }, token)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const winners = results.filter((r) => r.data!.bookSlot.booking);
    expect(winners).toHaveLength(1);
    const codes = results
      .filter((r) => !r.data!.bookSlot.booking)
      .map((r) => r.data!.bookSlot.userErrors[0].code);
    expect(codes).toEqual(Array(7).fill('SLOT_TAKEN'));
    const available = await t.gql('{ availableSlots(first: 100) { edges { node { id } } } }', {}, giulia);
    expect(
      available.data!.availableSlots.edges.map((e: { node: { id: string } }) => e.node.id),
    ).not.toContain(slot!.id);
  });

  it('a person is never in two colloqui at once, even booked concurrently at two sportelli', async () => {
    const start = nextStart();
    const a = (await publish(legnano, start)).slot!.id;
    const b = (await publish(varese, new Date(start.getTime() + 10 * 60_000))).slot!.id;
    const token = await newCitizenToken();
    const results = await Promise.all([t.gql(BOOK, { id: a }, token), t.gql(BOOK, { id: b }, token)]);
    expect(results.filter((r) => r.data!.bookSlot.booking)).toHaveLength(1);
    expect(results.map((r) => r.data!.bookSlot.userErrors[0]?.code).filter(Boolean)).toEqual(['PERSON_BUSY']);
  });

  it('an online colloquio gets a room of its own', async () => {
    const one = (await publish(legnano, nextStart(), 'ONLINE')).slot!.id;
    const two = (await publish(legnano, nextStart(), 'ONLINE')).slot!.id;
    const first = (await t.gql(BOOK, { id: one }, await newCitizenToken())).data!.bookSlot.booking;
    const second = (await t.gql(BOOK, { id: two }, await newCitizenToken())).data!.bookSlot.booking;
    expect(first.videoUrl).toMatch(/^https:\/\/meet\.jit\.si\/sportello-[0-9a-f]{24}$/);
    expect(second.videoUrl).not.toBe(first.videoUrl);
  });

  it('an operator books for a citizen at the desk; a company books for itself', async () => {
    const forGiulia = await t.gql(BOOK, { id: (await publish(legnano)).slot!.id, c: giuliaId }, legnano);
    expect(forGiulia.data!.bookSlot.booking.status).toBe('BOOKED');
    const company = (await t.login(DEMO.companyMember)).accessToken;
    const booked = await t.gql(BOOK, { id: (await publish(legnano)).slot!.id }, company);
    expect(booked.data!.bookSlot.booking.status).toBe('BOOKED');
    const mine = await t.gql(
      '{ bookings { totalCount edges { node { company { legalName } citizen { id } } } } }',
      {},
      company,
    );
    expect(mine.data!.bookings.edges[0].node.company.legalName).toContain('Officine Meccaniche Legnano');
    // The company's members are told in the portal, with a link to the company's colloqui.
    const notices = await t.gql(
      '{ myNotifications(first: 100) { edges { node { kind portal path url } } } }',
      {},
      company,
    );
    expect(notices.data!.myNotifications.edges.map((e: { node: object }) => e.node)).toContainEqual({
      kind: 'COLLOQUIO',
      portal: 'COMPANY',
      path: '/colloqui',
      url: 'http://localhost:3000/aziende/colloqui',
    });
  });
});

describe('one citizen’s bookings', () => {
  const OF = `query($c: ID!) { bookings(citizenId: $c, first: 100) { totalCount edges { node { id citizen { id } slot { sportello { name } } } } } }`;

  it('the staff list one citizen’s bookings among those they see; citizens and companies are refused', async () => {
    const other = await newCitizenToken();
    const otherId = (await t.gql('{ me { id } }', {}, other)).data!.me.id;
    const atLegnano = await t.gql(BOOK, { id: (await publish(legnano)).slot!.id, c: giuliaId }, legnano);
    const atVarese = await t.gql(BOOK, { id: (await publish(varese)).slot!.id, c: giuliaId }, varese);
    expect(await t.gql(BOOK, { id: (await publish(legnano)).slot!.id, c: otherId }, legnano)).toMatchObject({
      data: { bookSlot: { userErrors: [] } },
    });

    type Listed = { id: string; citizen: { id: string }; slot: { sportello: { name: string } } };
    const listed = async (token: string, c = giuliaId) =>
      ((await t.gql(OF, { c }, token)).data!.bookings.edges as { node: Listed }[]).map((e) => e.node);
    // An operator: Giulia's at their own sportello only.
    const legnanoSees = await listed(legnano);
    expect(legnanoSees.map((b) => b.id)).toContain(atLegnano.data!.bookSlot.booking.id);
    expect(legnanoSees.map((b) => b.id)).not.toContain(atVarese.data!.bookSlot.booking.id);
    for (const b of legnanoSees) {
      expect(b.citizen.id).toBe(giuliaId);
      expect(b.slot.sportello.name).toBe('Sportello Lavoro Legnano');
    }
    // A network admin: hers at every sportello, nobody else's.
    const admin = (await t.login(DEMO.admin)).accessToken;
    const adminSees = await listed(admin);
    expect(adminSees.map((b) => b.id)).toEqual(
      expect.arrayContaining([atLegnano.data!.bookSlot.booking.id, atVarese.data!.bookSlot.booking.id]),
    );
    expect(adminSees.every((b) => b.citizen.id === giuliaId)).toBe(true);
    expect(await listed(legnano, 'not-an-id')).toEqual([]);

    // Citizens (even about themselves) and companies do not filter by person.
    const company = (await t.login(DEMO.companyMember)).accessToken;
    for (const [token, c] of [
      [giulia, giuliaId],
      [other, giuliaId],
      [company, giuliaId],
    ] as const) {
      const refused = await t.gql(OF, { c }, token);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await t.gql(OF, { c: giuliaId })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('emails with calendar invitations, through the transactional outbox', () => {
  it('confirms, reschedules and cancels, each with an .ics; the reminder waits and is dropped on cancel', async () => {
    const token = await newCitizenToken();
    const email = (await t.gql('{ me { email } }', {}, token)).data!.me.email;
    const first = (await publish(legnano)).slot!;
    const booking = (await t.gql(BOOK, { id: first.id }, token)).data!.bookSlot.booking;

    // Nothing is sent inside the request: the worker delivers what the transaction queued.
    expect(t.mails.filter((m) => m.to.includes(email) && m.subject.startsWith('Colloquio'))).toHaveLength(0);
    expect(await t.app.outbox.drain()).toBeGreaterThanOrEqual(1);
    const confirmation = t.mails.find(
      (m) => m.to.includes(email) && m.subject.startsWith('Colloquio prenotato'),
    )!;
    expect(confirmation.calendar).toContain('METHOD:REQUEST');
    expect(confirmation.calendar).toContain(`UID:${booking.id}@localhost`);
    expect(confirmation.calendar).toContain('SEQUENCE:0');
    expect(confirmation.text).toContain('Sportello Lavoro Legnano, Piazza San Magno 9, Legnano');
    const pendingReminders = () =>
      t.db
        .select()
        .from(outbox)
        .where(
          and(
            eq(outbox.subjectId, booking.id),
            eq(outbox.kind, 'booking.reminder'),
            isNull(outbox.sentAt),
            isNull(outbox.discardedAt),
          ),
        );
    expect(await pendingReminders()).toHaveLength(1);

    const second = (await publish(legnano)).slot!;
    const moved = await t.gql(
      'mutation($id: ID!, $s: ID!) { rescheduleBooking(id: $id, slotId: $s) { booking { startsAt } userErrors { code } } }',
      { id: booking.id, s: second.id },
      token,
    );
    expect(moved.data!.rescheduleBooking.booking.startsAt).toBe(second.startsAt);
    await t.app.outbox.drain();
    const update = t.mails.find((m) => m.to.includes(email) && m.subject.startsWith('Colloquio spostato'))!;
    expect(update.calendar).toContain('SEQUENCE:1');
    expect(await pendingReminders()).toHaveLength(1);
    // The first slot is free again.
    const free = await t.gql('{ availableSlots(first: 100) { edges { node { id } } } }', {}, token);
    expect(free.data!.availableSlots.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(
      first.id,
    );

    await t.gql(
      'mutation($id: ID!) { cancelBooking(id: $id) { booking { status } } }',
      { id: booking.id },
      token,
    );
    await t.app.outbox.drain();
    const cancellation = t.mails.find(
      (m) => m.to.includes(email) && m.subject.startsWith('Colloquio annullato'),
    )!;
    expect(cancellation.calendar).toContain('METHOD:CANCEL');
    expect(await pendingReminders()).toHaveLength(0);
    const again = await t.gql(
      'mutation($id: ID!) { cancelBooking(id: $id) { userErrors { code } } }',
      { id: booking.id },
      token,
    );
    expect(again.data!.cancelBooking.userErrors[0].code).toBe('NOT_BOOKED');
  });

  it('the reminder is due 24 hours before the colloquio, and is sent then', async () => {
    const token = await newCitizenToken();
    const email = (await t.gql('{ me { email } }', {}, token)).data!.me.email;
    const slot = (await publish(legnano)).slot!;
    const booking = (await t.gql(BOOK, { id: slot.id }, token)).data!.bookSlot.booking;
    const [reminder] = await t.db
      .select()
      .from(outbox)
      .where(and(eq(outbox.subjectId, booking.id), eq(outbox.kind, 'booking.reminder')));
    expect(reminder!.notBefore.getTime()).toBe(new Date(slot.startsAt).getTime() - 24 * 3_600_000);
    await t.app.outbox.drain();
    expect(t.mails.filter((m) => m.to.includes(email) && m.subject.startsWith('Promemoria'))).toEqual([]);

    // The day comes: the worker sends it, with the invitation.
    await t.db
      .update(outbox)
      .set({ notBefore: new Date(Date.now() - 1000) })
      .where(eq(outbox.id, reminder!.id));
    await t.app.outbox.drain();
    const sent = t.mails.filter((m) => m.to.includes(email) && m.subject.startsWith('Promemoria'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('Ti ricordiamo il tuo colloquio');
    expect(sent[0]!.text).toContain('Sportello Lavoro Legnano, Piazza San Magno 9, Legnano');
    expect(sent[0]!.calendar).toContain(`UID:${booking.id}@localhost`);
  });

  it('with a longer lead (BOOKING_REMINDER_HOURS), a colloquio booked inside it is reminded at once', async () => {
    const early = await startTestApp({ env: { BOOKING_REMINDER_HOURS: '720' } });
    try {
      const operator = (await early.login(DEMO.operator)).accessToken;
      const citizen = (await early.login(DEMO.citizen)).accessToken;
      // Late afternoon, clear of the demo's morning slots on the next working days.
      const startsAt = new Date(Date.now() + 3 * 86_400_000);
      startsAt.setUTCHours(16, 0, 0, 0);
      const slot = (
        await early.gql(
          PUBLISH,
          {
            input: {
              kind: 'COUNSELLING',
              mode: 'ONLINE',
              startsAt: startsAt.toISOString(),
              durationMinutes: 30,
              confirmNonWorkingDay: true,
            },
          },
          operator,
        )
      ).data!.publishSlot.slot;
      const booking = (await early.gql(BOOK, { id: slot.id }, citizen)).data!.bookSlot.booking;
      await early.app.outbox.drain();
      const reminder = early.mails.find((m) => m.subject.startsWith('Promemoria'))!;
      expect(reminder.to).toContain(DEMO.citizen);
      expect(reminder.text).toContain(`online, su ${booking.videoUrl}`);
    } finally {
      await early.close();
    }
  });

  it('the calendar file downloads for who may see the booking, and for nobody else', async () => {
    const token = await newCitizenToken();
    const slot = (await publish(legnano, nextStart(), 'ONLINE')).slot!;
    const booking = (await t.gql(BOOK, { id: slot.id }, token)).data!.bookSlot.booking;
    const get = (auth?: string) =>
      t.app.inject({
        method: 'GET',
        url: `/api/bookings/${booking.id}.ics`,
        headers: auth ? { authorization: `Bearer ${auth}` } : {},
      });
    for (const allowed of [token, legnano]) {
      const response = await get(allowed);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="colloquio.ics"');
      expect(response.body).toContain(`UID:${booking.id}@localhost`);
      expect(response.body).toContain(booking.videoUrl);
      expect(response.body).toContain('STATUS:CONFIRMED');
    }
    expect((await get(giulia)).statusCode).toBe(404);
    expect((await get(varese)).statusCode).toBe(404);
    expect((await get()).statusCode).toBe(401);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/bookings/not-a-uuid.ics',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(404);
    await t.gql(
      'mutation($id: ID!) { cancelBooking(id: $id) { booking { status } } }',
      { id: booking.id },
      token,
    );
    expect((await get(token)).body).toContain('STATUS:CANCELLED');
  });

  it('a committed booking is mailed exactly once even if its server stops before sending', async () => {
    await t.app.outbox.drain(); // what earlier tests queued
    const instance = await t.newInstance();
    const token = await newCitizenToken();
    const email = (await t.gql('{ me { email } }', {}, token)).data!.me.email;
    const slot = (await publish(legnano)).slot!;
    const response = await instance.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: JSON.stringify({ query: BOOK, variables: { id: slot.id } }),
    });
    expect(response.json().data.bookSlot.booking.status).toBe('BOOKED');
    await instance.close(); // the server goes away with the email still queued

    // Two other instances deliver concurrently: the row goes out once.
    const [a, b] = [await t.newInstance(), await t.newInstance()];
    const delivered = await Promise.all([a.outbox.drain(), b.outbox.drain()]);
    expect(delivered[0] + delivered[1]).toBe(1);
    const copies = t.mails.filter((m) => m.to.includes(email) && m.subject.startsWith('Colloquio prenotato'));
    expect(copies).toHaveLength(1);
    expect(copies[0]!.messageId).toMatch(/^<[0-9a-f-]{36}@localhost>$/);
    await a.close();
    await b.close();
  });
});

describe('outcomes', () => {
  it('only after the start, by the sportello, and notes stay at the desk', async () => {
    const slot = (await publish(legnano)).slot!;
    const booking = (await t.gql(BOOK, { id: slot.id }, giulia)).data!.bookSlot.booking;
    const early = await t.gql(
      'mutation($id: ID!) { recordBookingOutcome(id: $id, outcome: ATTENDED) { userErrors { code } } }',
      { id: booking.id },
      legnano,
    );
    expect(early.data!.recordBookingOutcome.userErrors[0].code).toBe('NOT_STARTED');
  });
});
