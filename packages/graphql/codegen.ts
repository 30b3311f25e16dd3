import type { CodegenConfig } from '@graphql-codegen/cli';

const portals = ['citizen-web', 'company-web', 'operator-web'] as const;

const clientScalars = { DateTime: 'string', Date: 'string' };
// The server parses DateTime inputs into Date objects and serializes Dates or ISO strings.
const serverScalars = { DateTime: { input: 'Date', output: 'Date | string' }, Date: 'string' };

const config: CodegenConfig = {
  schema: 'schema.graphql',
  emitLegacyCommonJSImports: false,
  ignoreNoDocuments: true,
  generates: {
    '../../apps/api/src/graphql/resolvers.generated.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        contextType: '../context.js#RequestContext',
        scalars: serverScalars,
        enumsAsTypes: true,
        useTypeImports: true,
        // Resolvers return the services' records; field resolvers derive the GraphQL shape.
        mapperTypeSuffix: 'Model',
        mappers: {
          ApiClient: '../modules/identity/service.js#ApiClientRecord',
          AtecoActivity: '../modules/companies/profile.js#Ateco',
          Application: '../modules/applications/service.js#Application',
          ApplicationEvent: '../modules/applications/service.js#ApplicationEvent',
          CandidateMatch: '../modules/matching/service.js#CandidateMatch',
          CaseAssignment: '../modules/casework/service.js#CaseAssignment',
          Case: '../modules/casework/service.js#Case',
          CaseworkToday: '../modules/casework/service.js#CaseworkTodayScope',
          DiaryEntry: '../modules/casework/service.js#DiaryEntry',
          PattoAction: '../modules/casework/service.js#PattoAction',
          PattoVersion: '../modules/casework/service.js#PattoVersion',
          SportelloCaseCounts: '../modules/casework/service.js#SportelloCaseCounts',
          AppointmentSlot: '../modules/appointments/service.js#Slot',
          Booking: '../modules/appointments/service.js#Booking',
          Citizen: '../modules/citizens/service.js#CitizenRecord',
          Company: '../modules/companies/service.js#Company',
          CompanyMember: '../modules/companies/profile.js#CompanyMember',
          CompanySite: '../modules/companies/profile.js#CompanySite',
          CoverLetter: '../modules/cover-letters/service.js#CoverLetter',
          CoverLetterTemplate: '../modules/cover-letters/templates.js#CoverLetterTemplate',
          Cv: '../modules/cvs/service.js#CvView',
          CvEducation: '../modules/cvs/service.js#CvEducationRecord',
          EducationTitle: '../modules/cvs/service.js#EducationTitle',
          CvSkill: '../modules/cvs/service.js#CvSkillRecord',
          EscoOccupation: '../modules/cvs/service.js#EscoOccupation',
          EscoSkill: '../modules/cvs/service.js#EscoSkill',
          FrontDeskContact: '../modules/front-desk/service.js#FrontDeskContact',
          FrontDeskCounts: '../modules/front-desk/service.js#FrontDeskCounts',
          ContactComuneCount: '../modules/front-desk/service.js#ComuneCount',
          ContactSportelloCount: '../modules/front-desk/service.js#SportelloCount',
          OrientationRecord: '../modules/orientation/records.js#OrientationRecordView',
          GroupActivity: '../modules/group-activities/service.js#GroupActivity',
          GroupAttendance: '../modules/group-activities/service.js#AttendanceRecord',
          GroupEnrolment: '../modules/group-activities/service.js#GroupEnrolment',
          GroupSession: '../modules/group-activities/service.js#GroupSession',
          Interview: '../modules/applications/interviews.js#Interview',
          Internship: '../modules/internships/service.js#Internship',
          InternshipStatusEvent: '../modules/internships/service.js#InternshipEvent',
          InternshipMonitoringEntry: '../modules/internships/service.js#MonitoringEntry',
          Comune: '../modules/network/service.js#Comune',
          Consent: '../modules/citizens/consents.js#Consent',
          JobAlert: '../modules/notifications/job-alerts.js#JobAlert',
          Membership: '../modules/network/service.js#MembershipRecord',
          MembershipFee: '../modules/network/service.js#MembershipFeeRecord',
          Network: '../modules/network/service.js#Network',
          Notification: '../modules/notifications/service.js#Notification',
          Operator: '../modules/network/service.js#OperatorRecord',
          Session: '../modules/identity/service.js#Session',
          SpecialCategories: '../modules/citizens/special-categories.js#SpecialCategories',
          Placement: '../modules/placements/service.js#Placement',
          Program: '../modules/programs/service.js#Program',
          ProgramApplication: '../modules/programs/service.js#ProgramApplication',
          ProgramCall: '../modules/programs/service.js#ProgramCall',
          ProgramParticipation: '../modules/programs/service.js#ProgramParticipation',
          EligibilityRules: '../modules/programs/rules.js#EligibilityRules',
          RankingRow: '../modules/programs/service.js#RankingRow',
          Sportello: '../modules/network/service.js#SportelloRecord',
          SkillsGap: '../modules/orientation/service.js#SkillsGap',
          SkillsGapVacancy: '../modules/orientation/service.js#GapVacancy',
          SkillsGapTrainingModule: '../modules/orientation/service.js#GapTrainingModule',
          TrainingEnrolment: '../modules/training/service.js#TrainingEnrolment',
          TrainingModule: '../modules/training/service.js#TrainingModule',
          Vacancy: '../modules/vacancies/service.js#Vacancy',
          VacancyLanguage: '../modules/vacancies/service.js#VacancyLanguage',
          VacancyMatch: '../modules/matching/service.js#VacancyMatch',
          VacancySkill: '../modules/vacancies/service.js#VacancySkillRecord',
          Viewer: '../modules/identity/service.js#User',
        },
      },
    },
    ...Object.fromEntries(
      portals.map((portal) => [
        `../../apps/${portal}/src/gql/`,
        {
          preset: 'client' as const,
          // Operations that are one concept in every portal live once, beside their views in packages/ui.
          documents: [
            `../../apps/${portal}/src/**/*.tsx`,
            `!../../apps/${portal}/src/gql/**`,
            '../../packages/ui/src/**/*.graphql',
          ],
          config: { scalars: clientScalars, enumsAsTypes: true, useTypeImports: true },
          presetConfig: { fragmentMasking: false, persistedDocuments: { hashAlgorithm: 'sha256' } },
        },
      ]),
    ),
  },
};

export default config;
