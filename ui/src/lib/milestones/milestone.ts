// Milestone values as the screen groups them and the form edits them.
import type { Milestone, MilestoneInput } from '../api';

export function inputOf(m: Milestone): MilestoneInput {
  return {
    title: m.title,
    dueDate: m.dueDate ?? '',
    status: m.status,
    completedDate: m.completedDate ?? '',
    skillId: m.skillId,
    stretchId: m.stretchId,
    cycleDateId: m.cycleDateId,
    evidence: m.evidence,
  };
}

export function blankMilestone(): MilestoneInput {
  return { title: '', dueDate: '', status: 'planned', completedDate: '', skillId: null, stretchId: null, cycleDateId: null, evidence: '' };
}

export const isOpen = (m: Milestone) => m.status === 'planned' || m.status === 'in_progress';

export interface MilestoneGroup {
  key: 'overdue' | 'coming' | 'undated' | 'done' | 'closed';
  title: string;
  items: Milestone[];
}

const byDue = (a: Milestone, b: Milestone) => (a.dueDate ?? '').localeCompare(b.dueDate ?? '') || a.id - b.id;

/**
 * The screen's sections, in the order a person acts on them: what is late, what comes next, what has
 * no date yet, then what is behind them (newest first). Empty sections are left out.
 */
export function groupMilestones(milestones: Milestone[]): MilestoneGroup[] {
  const open = milestones.filter(isOpen);
  const groups: MilestoneGroup[] = [
    { key: 'overdue', title: 'Overdue', items: open.filter((m) => m.overdue).sort(byDue) },
    { key: 'coming', title: 'Coming up', items: open.filter((m) => !m.overdue && m.dueDate).sort(byDue) },
    { key: 'undated', title: 'No date yet', items: open.filter((m) => !m.dueDate) },
    {
      key: 'done',
      title: 'Done',
      items: milestones.filter((m) => m.status === 'done').sort((a, b) => (b.completedDate ?? '').localeCompare(a.completedDate ?? '')),
    },
    {
      key: 'closed',
      title: 'Missed or dropped',
      items: milestones.filter((m) => m.status === 'missed' || m.status === 'dropped').sort(byDue),
    },
  ];
  return groups.filter((g) => g.items.length > 0);
}
