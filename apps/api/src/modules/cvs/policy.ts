import { canEditCitizen, canReadCitizen } from '../citizens/policy.js';

/** A CV is part of the citizen's profile: the same people read and edit it. */
export const canReadCv = canReadCitizen;
export const canEditCv = canEditCitizen;
