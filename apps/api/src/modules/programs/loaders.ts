import { citizenLoader } from '../citizens/loaders.js';
import type { ProgramApplication } from './service.js';

export const programLoaders = {
  ProgramApplication: {
    citizen: citizenLoader<ProgramApplication>((a) => a.citizenId),
  },
};
