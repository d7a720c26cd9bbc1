using LocalCare.Cli;
using Spectre.Console;

// localcare: the command tree is built by LocalCareCli.Build (one file per command in Commands/);
// exceptions become exit codes in ExitCodes.Report. Tests run the same RunAsync with their own console.
return await LocalCareCli.RunAsync(args, AnsiConsole.Console, Console.Error, CliEnvironment.FromProcess());
