/** `jiu-register` from the sources, for tests that run the CLI in a child process with a memory limit. */
import { runFromProcess } from "../../src/cli/main";

runFromProcess();
