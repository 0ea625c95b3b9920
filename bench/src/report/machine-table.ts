import type { Machine } from './machine';
import { table } from './markdown';

export function machineTable(machine: Machine): string {
  return table(
    ['CPU', 'cores', 'memory', 'OS', 'Node.js', 'commit'],
    [
      [
        machine.cpu,
        String(machine.cores),
        machine.memory,
        machine.os,
        machine.node,
        machine.commit,
      ],
    ],
  );
}
