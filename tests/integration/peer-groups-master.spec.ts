import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataEngine, type NodeEngine } from '../../src/lib/server/node-engine';
import { NODE_DATA_DIR } from '../../src/lib/server/paths';
import { municipalityKind } from '../../src/lib/domain/peer-groups';

// The kind is read from the name; the code says it too (3rd digit 1: designated city or special
// ward, 2: city, 3–7: town or village in a county). Both must agree on every municipality.
let engine: NodeEngine;
beforeAll(async () => (engine = await openDataEngine(NODE_DATA_DIR)));
afterAll(() => engine.close());

describe('kind of municipality on the real master', () => {
	it('agrees with the code for all 1,741, and gives MIC counts (815 市区, 926 町村)', async () => {
		const rows = await engine.query<{ code6: string; name: string }>(
			"SELECT DISTINCT m.code6, m.name FROM municipalities m JOIN municipal_issuance i USING (code6) WHERE i.release_date = (SELECT max(release_date) FROM releases)"
		);
		const disagreeing = rows.filter((r) => municipalityKind(r.name) !== ('12'.includes(r.code6[2]) ? 'city' : 'town'));
		expect(disagreeing).toEqual([]);
		expect(rows.filter((r) => municipalityKind(r.name) === 'city')).toHaveLength(815);
		expect(rows.filter((r) => municipalityKind(r.name) === 'town')).toHaveLength(926);
	});
});
