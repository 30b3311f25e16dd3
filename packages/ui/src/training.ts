/** `TrainingMode`. */
export const trainingModeLabels = {
  IN_PERSON: 'In presenza',
  ONLINE: 'Online',
} as const;

/** `TrainingEnrolmentStatus`. */
export const trainingEnrolmentStatusLabels = {
  ENROLLED: 'Iscritta/o',
  WITHDRAWN: 'Ritirata/o',
  COMPLETED: 'Completato',
} as const;

/** The badge colour of each enrolment status. */
export const trainingEnrolmentStatusClass: Record<keyof typeof trainingEnrolmentStatusLabels, string> = {
  ENROLLED: 'sl-status--info',
  WITHDRAWN: 'sl-status--neutral',
  COMPLETED: 'sl-status--verified',
};

/** Where a module is held: "In presenza, a Legnano" or "Online". */
export const formatTrainingPlace = (module: {
  mode: keyof typeof trainingModeLabels;
  comune?: { name: string } | null;
}) => (module.comune ? `In presenza, a ${module.comune.name}` : trainingModeLabels[module.mode]);
