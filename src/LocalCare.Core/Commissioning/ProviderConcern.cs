namespace LocalCare.Core.Commissioning;

/// <summary>A concern about a provider (concerns.csv): a safeguarding, whistleblowing or upheld-complaint record, open from a date until closed.</summary>
public sealed class ProviderConcern
{
    public required string Code { get; set; }

    public required string ProviderCode { get; set; }

    public required ConcernKind Kind { get; set; }

    public required DateOnly Opened { get; set; }

    /// <summary>Null while open.</summary>
    public DateOnly? Closed { get; set; }

    public required string Summary { get; set; }

    /// <summary>Open on a date: opened on or before it, and not closed or closed after it (closed on the date is closed).</summary>
    public bool IsOpenOn(DateOnly date) => Opened <= date && (Closed is not { } closed || closed > date);
}
