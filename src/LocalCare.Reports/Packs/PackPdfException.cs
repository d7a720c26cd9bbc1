namespace LocalCare.Reports.Packs;

/// <summary>The pack could not be printed to PDF: Chromium is missing, failed to launch, or failed to print.</summary>
public sealed class PackPdfException : Exception
{
    public PackPdfException()
    {
    }

    public PackPdfException(string message)
        : base(message)
    {
    }

    public PackPdfException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
