using LocalCare.Core.Inputs;

namespace LocalCare.Cli.Tests;

public sealed class ExitCodesTests
{
    [Fact]
    public void Report_InvalidInput_OneLinePerProblemThenNothingStored()
    {
        using var error = new StringWriter();
        var exception = new InvalidInputException(
        [
            new InputError("organisation.csv", 5, "kind", "'ward' is not a unit kind"),
            new InputError("organisation.csv", 0, null, "the file has no rows"),
        ]);

        var code = ExitCodes.Report(exception, error, debug: false);

        Assert.Equal(1, code);
        Assert.Equal(
            "organisation.csv:5: kind: 'ward' is not a unit kind\norganisation.csv: the file has no rows\nNothing was stored.\n",
            error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Report_UserError_IsTheMessageAlone()
    {
        using var error = new StringWriter();

        var code = ExitCodes.Report(new UserErrorException("No organisation loaded."), error, debug: true);

        Assert.Equal(1, code);
        Assert.Equal("No organisation loaded.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Report_UnexpectedException_IsOneLineWithoutStackTrace()
    {
        using var error = new StringWriter();

        var code = ExitCodes.Report(Thrown(new InvalidOperationException("Disk on fire.\nSecond line.")), error, debug: false);

        Assert.Equal(2, code);
        Assert.Equal("Internal error: Disk on fire. Second line.\n", error.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Report_UnexpectedExceptionWhenDebugging_AddsTheStackTrace()
    {
        using var error = new StringWriter();

        var code = ExitCodes.Report(Thrown(new InvalidOperationException("Disk on fire.")), error, debug: true);

        Assert.Equal(2, code);
        Assert.StartsWith("Internal error: Disk on fire.", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(nameof(Thrown), error.ToString(), StringComparison.Ordinal);
    }

    private static T Thrown<T>(T exception)
        where T : Exception
    {
        try
        {
            throw exception;
        }
        catch (T e)
        {
            return e;
        }
    }
}
