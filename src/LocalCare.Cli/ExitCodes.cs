using LocalCare.Core.Inputs;

namespace LocalCare.Cli;

/// <summary>
/// The one place an exception becomes an exit code and what the user reads on stderr:
/// user mistakes are 1 with one line per problem, anything unexpected is 2 with one line (and the stack trace only when debugging).
/// </summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalError = 2;

    /// <summary>128 + SIGINT, as shells report a run stopped with Ctrl+C.</summary>
    public const int Cancelled = 130;

    public const string NothingStored = "Nothing was stored.";

    public static int Report(Exception exception, TextWriter error, bool debug)
    {
        switch (exception)
        {
            case InvalidInputException invalid:
                foreach (var problem in invalid.Errors)
                {
                    error.WriteLine(problem.ToString());
                }

                if (invalid.Errors.Count == 0)
                {
                    error.WriteLine(OneLine(invalid.Message));
                }

                error.WriteLine(NothingStored);
                return UserError;

            case UserErrorException or Data.Backup.BackupException or Data.Backup.DataDirectoryBusyException:
                error.WriteLine(OneLine(exception.Message));
                return UserError;

            case OperationCanceledException:
                error.WriteLine("Cancelled.");
                return Cancelled;

            default:
                error.WriteLine($"Internal error: {OneLine(exception.Message)}");
                if (debug)
                {
                    error.WriteLine(exception.ToString());
                }

                return InternalError;
        }
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
