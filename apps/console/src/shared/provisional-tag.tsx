import { Tag, Tooltip } from 'antd';
import { PROVISIONAL_DEADLINE_LABEL, provisionalYearsLabel } from './labels';

/**
 * 暂定: a deadline counted Monday–Friday because its year's statutory calendar (法定节假日安排) is
 * not loaded yet; loading the year recounts it. `reason` is the API's own sentence (Chinese).
 */
export function ProvisionalTag(props: {
  readonly years?: readonly number[];
  readonly reason?: string | null;
}) {
  const { years = [], reason } = props;
  if (years.length === 0 && !reason) return null;
  const why = reason ?? provisionalYearsLabel(years);
  return (
    <Tooltip title={why}>
      <Tag
        color="orange"
        className="provisional-tag"
        aria-label={`${PROVISIONAL_DEADLINE_LABEL}：${why}`}
      >
        {PROVISIONAL_DEADLINE_LABEL}
      </Tag>
    </Tooltip>
  );
}
