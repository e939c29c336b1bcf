/** A country as `geography.countries` lists it; `entityId` is BigCommerce's country id. */
export interface SeedCountry {
  entityId: number;
  code: string;
  name: string;
  statesOrProvinces: Array<{ entityId: number; abbreviation: string; name: string }>;
}

// The countries the demo store ships to. US (226) and GB (225) carry BigCommerce's country ids; the
// other ids, and the state ids, are the sandbox's own. Only a few states per country: enough for
// address forms and for validating `stateOrProvince`.
/** The countries the sandbox knows (address forms, `geography`, address validation). */
export const seedCountries: SeedCountry[] = [
  { entityId: 13, code: 'AU', name: 'Australia', statesOrProvinces: [
    { entityId: 208, abbreviation: 'NSW', name: 'New South Wales' }, { entityId: 209, abbreviation: 'VIC', name: 'Victoria' }, { entityId: 210, abbreviation: 'QLD', name: 'Queensland' }] },
  { entityId: 38, code: 'CA', name: 'Canada', statesOrProvinces: [
    { entityId: 66, abbreviation: 'BC', name: 'British Columbia' }, { entityId: 67, abbreviation: 'ON', name: 'Ontario' }, { entityId: 68, abbreviation: 'QC', name: 'Quebec' }] },
  { entityId: 74, code: 'FR', name: 'France', statesOrProvinces: [] },
  { entityId: 81, code: 'DE', name: 'Germany', statesOrProvinces: [] },
  { entityId: 150, code: 'NL', name: 'Netherlands', statesOrProvinces: [] },
  { entityId: 225, code: 'GB', name: 'United Kingdom', statesOrProvinces: [] },
  { entityId: 226, code: 'US', name: 'United States', statesOrProvinces: [
    { entityId: 12, abbreviation: 'CA', name: 'California' }, { entityId: 43, abbreviation: 'NY', name: 'New York' },
    { entityId: 57, abbreviation: 'TX', name: 'Texas' }, { entityId: 62, abbreviation: 'WA', name: 'Washington' }] },
];
