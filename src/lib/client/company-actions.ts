/**
 * What the planner does when a person saves, deletes or imports companies or saves the subsidy
 * rule: check, store, and say what happened in one message for the page to show (so the page
 * only wires). Browser-only: it uses the plan store (IndexedDB).
 */
import { companyProblem, newCompany, type Company } from '../plan/companies';
import { parseCompanyFile, type MunicipalityName } from '../plan/company-import';
import { subsidyRuleProblems, cleanSubsidyRule, type SubsidyRule } from '../plan/subsidy-rule';
import type { KnownCodes } from '../plan/event-checks';
import { deleteCompany, importCompanies, PlanConflictError, saveCompany, saveSubsidyRule } from './plan-store';
import { ja } from '../messages/ja';

export interface PlanMessage {
	kind: 'error' | 'info';
	text: string;
}

const failure = (error: unknown): PlanMessage => ({ kind: 'error', text: error instanceof PlanConflictError ? error.message : ja.planSaveFailed((error as Error).message) });

/** `company` must be a plain copy (IndexedDB cannot store reactive proxies). */
export async function saveCompanyChecked(company: Company, codes: KnownCodes): Promise<{ saved: boolean; message: PlanMessage }> {
	const problem = companyProblem({ ...company }, codes);
	if (problem) return { saved: false, message: { kind: 'error', text: problem } };
	try {
		await saveCompany(company);
		return { saved: true, message: { kind: 'info', text: ja.companySaved } };
	} catch (error) {
		return { saved: false, message: failure(error) };
	}
}

export async function deleteCompanyChecked(company: Company): Promise<PlanMessage | null> {
	try {
		await deleteCompany(company);
		return null;
	} catch (error) {
		return { kind: 'error', text: (error as Error).message };
	}
}

/** Reads and stores a company list, all or nothing; the message names file, row and column when refused. */
export async function importCompanyList(file: File, municipalities: readonly MunicipalityName[]): Promise<PlanMessage> {
	try {
		const rows = await parseCompanyFile(file.name, new Uint8Array(await file.arrayBuffer()), municipalities);
		const counts = await importCompanies(rows, ({ line: _line, ...fields }) => newCompany(fields.code6, fields));
		return { kind: 'info', text: ja.companyImported(file.name, counts.added, counts.updated) };
	} catch (error) {
		console.error(error, (error as { detail?: unknown }).detail);
		return { kind: 'error', text: (error as Error).message };
	}
}

export async function saveSubsidyRuleChecked(rule: SubsidyRule): Promise<PlanMessage> {
	const problems = subsidyRuleProblems(rule);
	if (problems.length) return { kind: 'error', text: ja.subsidyRuleInput(problems.join('、')) };
	try {
		await saveSubsidyRule(cleanSubsidyRule(rule));
		return { kind: 'info', text: ja.subsidyRuleSaved };
	} catch (error) {
		return failure(error);
	}
}
