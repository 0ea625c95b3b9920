import { Tag } from 'antd';
import { DUE_COLOUR_LABELS } from './labels';
import { dueColour } from './due-colour';

const ANTD_COLOURS = { red: 'error', yellow: 'warning', green: 'success' } as const;

/** 三色 tag: red overdue, yellow due within the warning window, green on time. */
export function DueTag(props: { readonly overdue: boolean; readonly nextDueAt?: string | null }) {
  const colour = dueColour(props);
  if (!colour) return null;
  return (
    <Tag color={ANTD_COLOURS[colour]} className={`due-tag due-${colour}`}>
      {DUE_COLOUR_LABELS[colour]}
    </Tag>
  );
}
