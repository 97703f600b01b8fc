// `node --import ./loaded-register.mjs …`: log every module the process loads (loaded-hooks.mjs).
import { register } from 'node:module';

register('./loaded-hooks.mjs', import.meta.url);
