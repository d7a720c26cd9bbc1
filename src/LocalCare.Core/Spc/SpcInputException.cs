namespace LocalCare.Core.Spc;

/// <summary>A series or options SPC cannot chart: a duplicate period, an unknown rebase period or a baseline under 12 points.</summary>
public sealed class SpcInputException : Exception
{
    public SpcInputException(string message)
        : base(message)
    {
    }

    public SpcInputException()
        : this("The series cannot be charted.")
    {
    }

    public SpcInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
