import { StorefrontError } from './StorefrontError.js';

/** A config value, call option or header is invalid; `field` names it (e.g. `config.channelId`). */
export class StorefrontConfigError extends StorefrontError {
  declare readonly field: string;
  override name = 'StorefrontConfigError';
}
