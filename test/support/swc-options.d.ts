import type { Options } from '@swc/core';

export declare const SWC_OPTIONS: Options;
