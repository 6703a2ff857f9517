// Generates tests/fixtures/limits.json: the stress scenario (tests/fixtures/stress.json) with
// every table at its limit (src/model/capacity.rs) and the longest horizon
// (transition::MAX_HORIZON). scripts/bench opens it and times a keystroke on each page: the
// limits must keep every page inside the frame budget. Deterministic:
//   node scripts/limits-fixture.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const s = JSON.parse(await readFile(`${root}tests/fixtures/stress.json`, 'utf8'));
/** `rows` repeated and cut to `n`, each made by `make(row, i)`. */
const fill = (rows, n, make) => Array.from({ length: n }, (_, i) => make(structuredClone(rows[i % rows.length]), i));

const GROUPS = 10;
s.name = 'Ved grænserne';
s.wage.groups = fill(s.wage.groups, GROUPS, (g, i) => ({ ...g, name: `${g.name} ${i + 1}`, share_pct: '10' }));
s.roster.shifts = fill(s.roster.shifts, 30, (sh, i) => ({ ...sh, name: `Vagt ${i + 1}`, group: i % GROUPS }));
s.tariff.fixed_costs = fill(s.tariff.fixed_costs, 20, (c, i) => ({ ...c, name: `Udgift ${i + 1}`, amount: '150.000' }));
s.tariff.packages = fill(s.tariff.packages, 15, (p, i) => ({ ...p, code: String(i + 1), name: `Pakke ${i + 1}`, residents: '12' }));
s.tariff.supplements = fill([{ pseudonym: '', extra_hours: '2', months: '4' }], 50, (x, i) => ({ ...x, pseudonym: `Borger ${i + 1}` }));
s.transition.horizon = '60';
s.transition.cases = fill(s.transition.cases, 40, (c, i) => ({ ...c, pseudonym: `Borger ${i + 1}`, move_out: String(i % 24) }));
await writeFile(`${root}tests/fixtures/limits.json`, `${JSON.stringify(s, null, 2)}\n`);
