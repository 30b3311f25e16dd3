import { canEditCv, canReadCv } from '../cvs/policy.js';

/** Cover letters go with the CV: the same people read and edit them. */
export const canReadCoverLetter = canReadCv;
export const canEditCoverLetter = canEditCv;
