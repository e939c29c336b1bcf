import { seedCountries } from '../../catalog/seedGeography.js';

/** `Query.geography`: the countries the store knows, each with its states or provinces. */
export function geographyView() {
  return { countries: seedCountries.map((c) => ({ ...c, statesOrProvinces: c.statesOrProvinces.map((s) => ({ ...s })) })) };
}
