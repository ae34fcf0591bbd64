// The `qicao` command line (bin/qicao.js): core's commands, each a dispatch through the contract
// plus formatting (core/cli.ts), and `serve`, which starts this host. Loaded only when called.
import { runCli } from '../core/cli.ts';

runCli(process.argv.slice(2), { serve: () => import('./serve-command.ts').then((m) => m.serveCommand) });
