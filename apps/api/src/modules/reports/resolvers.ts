import type { UserActor } from '../../context.js';
import type { Resolvers } from '../../graphql/resolvers.generated.js';
import { networkOf, refuse } from '../../lib/actors.js';
import { badInput } from '../../lib/errors.js';
import { payload } from '../../lib/payload.js';
import { reportCharts } from './charts.js';
import { canReadReports, canSetReportMinCount } from './policy.js';
import { parseSemester } from './semester.js';

export const reportPdfUrl = (semester: string, comuneCode: string | null) =>
  `/api/reports/labour-market/${semester}.pdf${comuneCode ? `?comune=${comuneCode}` : ''}`;

export const reportResolvers: Resolvers = {
  Query: {
    labourMarketReport: async (_, { semester: code, comuneCode }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canReadReports(actor, networkId)) refuse(actor);
      const semester = parseSemester(code);
      if (!semester)
        throw badInput('Indica il semestre come 2026-H1 (gennaio-giugno) o 2026-H2 (luglio-dicembre).');
      if (comuneCode && !(await services.reports.isMember(networkId, comuneCode))) {
        throw badInput('Il comune indicato non fa parte della rete.');
      }
      return services.reports.labourMarket({
        networkId,
        semester,
        comuneCode: comuneCode ?? null,
        actorUserId: (actor as UserActor).userId,
      });
    },
  },
  Mutation: {
    setReportMinCount: (_, { minCount }, { actor, services }) => {
      const networkId = networkOf(actor);
      if (!canSetReportMinCount(actor, networkId)) refuse(actor);
      const { userId } = actor as UserActor;
      return payload(async () => ({
        reportMinCount: await services.reports.setMinCount(networkId, minCount, userId),
      }));
    },
  },
  LabourMarketReport: {
    semester: (report) => report.semester.code,
    startsOn: (report) => report.semester.startsOn,
    endsOn: (report) => report.semester.endsOn,
    topDemandedSkills: (report) => report.topDemandedSkills.map((s) => ({ ...s, skill: s.skillUri })),
    topOfferedSkills: (report) => report.topOfferedSkills.map((s) => ({ ...s, skill: s.skillUri })),
    largestSkillGaps: (report) => report.largestSkillGaps.map((s) => ({ ...s, skill: s.skillUri })),
    charts: (report) => reportCharts(report).map((chart) => ({ ...chart, spec: JSON.stringify(chart.spec) })),
    pdfUrl: (report) => reportPdfUrl(report.semester.code, report.comune?.istatCode ?? null),
  },
};
