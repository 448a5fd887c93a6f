// Every feature module the server registers (see types.ts). Add new ones here.
import { codeActionsFeature } from './codeActions';
import { loadedCueFeature } from './loadedCue';
import { semanticTokensFeature } from './semanticTokens';
import { sourcesFeature } from './sources';
import { summaryFeature } from './summary';
import type { Feature } from './types';

export const FEATURES: readonly Feature[] = [loadedCueFeature, codeActionsFeature, sourcesFeature, semanticTokensFeature, summaryFeature];
