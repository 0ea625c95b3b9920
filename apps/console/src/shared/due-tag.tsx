import { Tag } from 'antd';
import { DUE_COLOUR_LABELS } from './labels';
import { dueColour } from './due-colour';

/** 三色 tag: red overdue, yellow due within the warning window, green on time. */
export function DueTag(props: { readonly overdue: boolean; readonly nextDueAt?: string | null }) {
  const colour = dueColour(props);
  if (!colour) return null;
  return (
    <Tag className={`due-tag due-${colour}`} bordered>
      {DUE_COLOUR_LABELS[colour]}
    </Tag>
  );
}
