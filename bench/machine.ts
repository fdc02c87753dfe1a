import os from "node:os";

export interface MachineDescription {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryMb: number;
  readonly node: string;
  readonly os: string;
  /** 1, 5 and 15-minute load averages when the run ended: other work on the machine skews the times. */
  readonly loadAverage: readonly number[];
}

/** What the numbers were measured on: they mean little without it. */
export function describeMachine(): MachineDescription {
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.availableParallelism(),
    memoryMb: Math.round(os.totalmem() / 2 ** 20),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
  };
}

export function machineLine(machine: MachineDescription): string {
  return (
    `${machine.cores} cores, ${machine.cpu}, ${(machine.memoryMb / 1024).toFixed(1)} GB RAM, Node ${machine.node}, ` +
    `${machine.os}; load average ${machine.loadAverage.join(" / ")} (1/5/15 min) at the end of the run`
  );
}
