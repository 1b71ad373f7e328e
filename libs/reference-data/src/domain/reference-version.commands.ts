import type { Command } from '#shared-kernel';
import type { ReferenceVersion } from './reference-version.js';

export type PublishReferenceVersion = Command<'PublishReferenceVersion', ReferenceVersion>;

export type ReferenceVersionCommand = PublishReferenceVersion;
