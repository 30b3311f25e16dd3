import { citizenLoader } from '../citizens/loaders.js';
import type { BusinessIdea } from './service.js';

export const selfEmploymentLoaders = {
  BusinessIdea: {
    citizen: citizenLoader<BusinessIdea>((i) => i.citizenId),
  },
};
