namespace LocalCare.Data.Commissioning.Cqc;

/// <summary>A file that cannot be read as CSV or ODS at all; <see cref="CqcRatingsFile"/> turns it into an input error.</summary>
internal sealed class SheetFormatException : Exception
{
    public SheetFormatException(int line, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Line = line;
    }

    public SheetFormatException()
        : this(0, "The file cannot be read.")
    {
    }

    public SheetFormatException(string message)
        : this(0, message)
    {
    }

    public SheetFormatException(string message, Exception innerException)
        : this(0, message, innerException)
    {
    }

    /// <summary>The line the problem is on; 0 for the file as a whole.</summary>
    public int Line { get; }
}
