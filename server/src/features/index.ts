// Every feature module the server registers (see types.ts). Add new ones here.
import { codeActionsFeature } from './codeActions';
import { semanticTokensFeature } from './semanticTokens';
import { sourcesFeature } from './sources';
import type { Feature } from './types';

export const FEATURES: readonly Feature[] = [codeActionsFeature, sourcesFeature, semanticTokensFeature];
