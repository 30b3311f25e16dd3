import { comuneLoader } from '../network/loaders.js';

export const companyLoaders = {
  Company: { comune: comuneLoader<{ comuneCode: string }>((c) => c.comuneCode) },
};
