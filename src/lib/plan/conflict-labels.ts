/** The words for the two sides of a conflict, by where the other side came from. */
import { ja } from '../messages/ja';

export interface ConflictLabels {
	/** A fixed heading; absent, the count of conflicts is the heading. */
	title?: string;
	intro: string;
	local: string;
	incoming: string;
	keepLocal: string;
	keepIncoming: string;
}

export const IMPORT_LABELS: ConflictLabels = { intro: ja.planConflictIntro, local: ja.planConflictLocal, incoming: ja.planConflictIncoming, keepLocal: ja.planConflictKeepLocal, keepIncoming: ja.planConflictKeepIncoming };

export const SHARED_LABELS: ConflictLabels = { ...IMPORT_LABELS, intro: ja.sharedConflictIntro, incoming: ja.sharedConflictIncoming, keepIncoming: ja.sharedConflictKeepIncoming };

/** Another tab saved the event being edited: "local" is that stored copy, "incoming" the typing not yet saved. */
export const TAB_LABELS: ConflictLabels = { title: ja.tabConflictTitle, intro: ja.tabConflictIntro, local: ja.tabConflictStored, incoming: ja.tabConflictDraft, keepLocal: ja.tabConflictKeepStored, keepIncoming: ja.tabConflictKeepDraft };
