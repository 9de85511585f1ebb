/**
 * Headquarters' page state: the loaded bureau files (kept by the storage given, identified by
 * bureau and content), the choices waiting for the user, and the combined plan's figures.
 * One writer per value; every action returns what happened.
 */
import { SITE_PREFECTURE } from '../domain/site-prefecture';
import { combinePlans, duplicatesById, newestById } from './combine';
import { budgetsByBureau, fileLabels, hqFileOf, placeFile, settlePlacement, totalBudget, type HqFile } from './hq-files';
import { checkPlanFileSize, companyRecordsOf, parsePlanFile, recordsOf, toPlanFile } from './plan-file';
import { DEFAULT_SUBSIDY_RULE, type SubsidyRule } from './subsidy-rule';
import { isDeleted } from './revision';
import type { PlanEvent } from './events';
import type { Company } from './companies';
import type { KnownCodes } from './event-checks';
import { isBudget } from './event-checks';
import { ja } from '../messages/ja';

export interface HqStorage {
	load(): Promise<HqFile[]>;
	save(files: readonly HqFile[]): Promise<void>;
}

/** What a picked file offers: a name, a size and its text (a browser File, or a fake in tests). */
export interface PickedFile {
	name: string;
	size: number;
	text(): Promise<string>;
}

export interface HqChoice {
	incoming: HqFile;
	existing: HqFile[];
}

export class HqPage {
	/** Replaced whole on every change, never mutated: raw (no deep proxy over thousands of events). */
	loaded = $state.raw<HqFile[]>([]);
	refused = $state<{ fileName: string; reason: string }[]>([]);
	/** Files of a bureau already loaded, waiting for "replace or keep both". */
	choices = $state.raw<HqChoice[]>([]);
	notes = $state<string[]>([]);
	storeError = $state<string | null>(null);
	/** Headquarters' own total and rule, when set here. */
	ownBudget = $state<number | null>(null);
	ownRule = $state<SubsidyRule | null>(null);

	readonly labels = $derived(fileLabels(this.loaded));
	readonly combined = $derived(combinePlans(this.loaded.map((l) => ({ fileName: this.labels.get(l.id) ?? l.fileName, bureau: l.bureau, records: recordsOf(l.file), budget: l.file.budget }))));
	readonly sorted = $derived([...this.combined.events].sort((a, b) => a.event.date.localeCompare(b.event.date) || a.event.time.localeCompare(b.event.time) || a.event.id.localeCompare(b.event.id)));
	/** The bureau headquarters looks at ('' = all): the list, calendar, map and budget follow it. */
	filter = $state('');
	readonly shown = $derived(this.filter ? this.sorted.filter((c) => c.bureau === this.filter) : this.sorted);
	readonly shownEvents = $derived(this.shown.map((c) => c.event));
	readonly fileBureaus = $derived([...new Set(this.loaded.map((l) => l.bureau))].sort((a, b) => a.localeCompare(b, 'ja')));
	readonly events = $derived(this.sorted.map((c) => c.event));
	readonly flags = $derived(duplicatesById(this.combined.duplicates));
	/** Each bureau's own budget (予算比 divides by it) and their total (the labelled total row). */
	readonly budgets = $derived(budgetsByBureau(this.loaded));
	readonly budget = $derived(this.ownBudget ?? totalBudget(this.budgets));
	readonly rule = $derived(this.ownRule ?? this.loaded.find((l) => l.file.subsidyRule)?.file.subsidyRule ?? DEFAULT_SUBSIDY_RULE);

	private order = 0;

	constructor(
		private readonly codes: KnownCodes,
		private readonly bureauOf: (code6: string) => string,
		private readonly storage: HqStorage,
		/** Whose headquarters: the combined file's bureau is 「<prefecture>全体」. */
		readonly prefecture: string = SITE_PREFECTURE
	) {}

	/** The set kept from an earlier visit. */
	async restore(): Promise<void> {
		try {
			const files = await this.storage.load();
			this.order = Math.max(0, ...files.map((f) => f.order));
			this.loaded = files;
		} catch (error) {
			this.storeError = ja.hqStoreFailed((error as Error).message);
		}
	}

	/** Reads each file on its own: a bad one is listed with its reason and the others still load. */
	async add(files: readonly PickedFile[]): Promise<void> {
		let loaded = this.loaded;
		const choices: HqChoice[] = [];
		const notes: string[] = [];
		let refused = this.refused;
		for (const f of files) {
			try {
				checkPlanFileSize(f.name, f.size);
				const incoming = hqFileOf(f.name, parsePlanFile(f.name, await f.text(), this.codes), this.bureauOf, ++this.order);
				refused = refused.filter((r) => r.fileName !== f.name);
				const placement = placeFile(loaded, incoming);
				if (placement.kind === 'add') loaded = [...loaded, incoming];
				else if (placement.kind === 'same') notes.push(ja.hqSameFile(f.name, incoming.bureau));
				else choices.push({ incoming, existing: placement.existing });
			} catch (error) {
				console.error(error);
				refused = [...refused.filter((r) => r.fileName !== f.name), { fileName: f.name, reason: (error as Error).message }];
			}
		}
		this.refused = refused;
		this.notes = notes;
		this.choices = [...this.choices, ...choices];
		await this.keep(loaded);
	}

	async choose(choice: HqChoice, answer: 'replace' | 'keep-both'): Promise<void> {
		this.choices = this.choices.filter((c) => c !== choice);
		await this.keep(settlePlacement(this.loaded, choice.incoming, answer));
	}

	async remove(id: string): Promise<void> {
		await this.keep(this.loaded.filter((l) => l.id !== id));
	}

	async clear(): Promise<void> {
		this.refused = [];
		this.choices = [];
		this.notes = [];
		await this.keep([]);
	}

	setBudget(amount: number | null): void {
		if (isBudget(amount)) this.ownBudget = amount;
	}

	/** The combined plan as one file (companies: one record per id, the highest version). */
	combinedFile(now: Date): string {
		const live = this.combined.records.filter((r): r is PlanEvent => !isDeleted(r));
		const companies = newestById(this.loaded.flatMap((l) => companyRecordsOf(l.file)));
		const rule = this.ownRule ?? this.loaded.find((l) => l.file.subsidyRule)?.file.subsidyRule ?? null;
		return toPlanFile(live, this.budget, this.combined.records.filter(isDeleted), {
			bureau: `${this.prefecture}全体`,
			savedAt: now.toISOString(),
			companies: companies.filter((r): r is Company => !isDeleted(r)),
			deletedCompanies: companies.filter(isDeleted),
			subsidyRule: rule
		});
	}

	/** The one writer of `loaded`: shown at once, kept in storage (a failure to keep is said, the set stays shown). */
	private async keep(files: HqFile[]): Promise<void> {
		this.loaded = files;
		try {
			await this.storage.save(files);
			this.storeError = null;
		} catch (error) {
			console.error(error);
			this.storeError = ja.hqStoreFailed((error as Error).message);
		}
	}
}
