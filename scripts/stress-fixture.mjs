// Generates tests/fixtures/stress.json, the stress scenario of issue 7 (README "Ydelse"):
// a large botilbud with 12 packages and 200 residents, 30 shifts and 40 transition cases over
// a 60-month horizon. Deterministic (no randomness), so rerunning it gives the same file:
//   node scripts/stress-fixture.mjs
// The wage page keeps its defaults except budget and residents; the numbers are scaled up from
// the defaults of each page to a house of that size, so every page computes a plausible result
// (checked by the tests in src/model/stress_tests.rs).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const base = JSON.parse(await readFile(`${root}tests/fixtures/scenario-v1.json`, 'utf8'));

/** Danish thousands separators for a whole number (the inputs are text as typed). */
const dk = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const WEEK = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

// --- Takster: 12 packages, residents summing to 200 -----------------------------------------
const hours = [5, 9, 13, 17, 21, 25, 30, 36, 44, 56, 72, 96];
const residents = [8, 12, 16, 20, 24, 26, 24, 22, 18, 14, 10, 6];
if (residents.reduce((a, b) => a + b, 0) !== 200) throw new Error('residents must sum to 200');
const vum = ['B', 'B', 'C', 'C', 'C', 'D', 'D', 'D', 'D', 'E', 'E', 'E'];
const packages = hours.map((h, i) => ({
  code: String(i + 1),
  name: i === 11 ? `Pakke ${i + 1} (${hours[i - 1] + 8} t og opefter)` : `Pakke ${i + 1} (op til ${h + 4} t)`,
  vum: vum[i],
  hours: String(h),
  unit: 'PerWeek',
  price: '',
  open_ended: i === 11,
  residents: String(residents[i]),
}));

// --- Vagtplan: 30 shifts over 10 units (day, evening, night per unit) ------------------------
// Units differ in size; weekends have one fewer on day and evening; every fourth night sleeps.
const shifts = [];
for (let unit = 0; unit < 10; unit += 1) {
  const day = 4 + (unit % 4);
  const evening = 3 + (unit % 3);
  const nightStaff = 1 + (unit % 2);
  const name = `Afd. ${unit + 1}`;
  const week = (n) => WEEK.map((_, d) => String(d >= 5 ? Math.max(n - 1, 1) : n));
  shifts.push({ name: `${name} dag`, start: '07:00', end: '15:00', staff: week(day), group: unit % 3 === 1 ? 1 : 0, asleep: false });
  shifts.push({ name: `${name} aften`, start: unit % 2 ? '15:00' : '14:30', end: unit % 2 ? '23:00' : '22:30', staff: week(evening), group: 0, asleep: false });
  const asleep = unit % 4 === 3;
  shifts.push({
    name: `${name} ${asleep ? 'sovende nat' : 'vågen nat'}`,
    start: asleep ? '22:30' : '23:00',
    end: '07:00',
    staff: WEEK.map(() => String(nightStaff)),
    group: 2,
    asleep,
  });
}

// --- Overgang: 40 cases over 60 months --------------------------------------------------------
const cases = Array.from({ length: 40 }, (_, i) => ({
  pseudonym: `Borger ${i + 1}`,
  // Every other case takes its old takst from a package, the rest a typed one.
  old_rate: dk(1500 + ((i * 137) % 1800)),
  old_rate_package: i % 2 === 0 ? (i * 5) % 12 : null,
  move_out: String((i * 7) % 48),
  transition_months: String(3 + (i % 7)),
  hours_transition: String(4 + (i % 9)),
  cost_per_hour: i % 5 === 0 ? '520' : '',
  hours_after: String(2 + (i % 6)),
  bostotte_price: i % 3 === 0 ? '480' : '450',
  refill_after: i % 4 === 3 ? '' : String(1 + (i % 6)),
  new_rate: dk(1400 + ((i * 211) % 1600)),
  stay_months: i % 6 === 5 ? String(24 + i) : '',
}));

const scenario = {
  version: 1,
  name: 'Stressscenarie: Botilbudsby (12 pakker, 200 beboere)',
  wage: { ...base.wage, budget: '160.000.000', residents: '200', required_client_hours: '420.000' },
  roster: { ...base.roster, shifts },
  tariff: {
    ...base.tariff,
    fixed_costs: [
      { name: 'Bygning og drift', amount: '18.000.000' },
      { name: 'Ledelse', amount: '6.500.000' },
      { name: 'Nattevagter', amount: '9.000.000' },
      { name: 'Administration', amount: '4.200.000' },
    ],
    places: '204',
    occupancy_pct: '98',
    packages,
    drift_residents: '4',
    lookups: [
      { kind: 'Package', package: 5, hours: '6' },
      { kind: 'Bostoette', package: 0, hours: '6' },
    ],
  },
  transition: { start_year: '2026', start_month: '1', horizon: '60', cases },
};
await writeFile(`${root}tests/fixtures/stress.json`, `${JSON.stringify(scenario, null, 2)}\n`);
console.log('wrote tests/fixtures/stress.json');
