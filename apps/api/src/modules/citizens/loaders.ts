import { comuneLoader } from '../network/loaders.js';

export const citizenLoaders = {
  Citizen: { residenceComune: comuneLoader<{ residenceComuneCode: string }>((c) => c.residenceComuneCode) },
};
