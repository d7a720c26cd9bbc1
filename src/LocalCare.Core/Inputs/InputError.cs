namespace LocalCare.Core.Inputs;

/// <summary>One problem a user caused in an input file: where it is and why it is wrong.</summary>
/// <param name="File">File name as the user gave it (no directory).</param>
/// <param name="Line">1-based line; the header is line 1. 0 when the problem is with the file as a whole.</param>
/// <param name="Column">Column (field) name, or null when the problem is with the row or file.</param>
/// <param name="Reason">What is wrong, in plain words.</param>
public sealed record InputError(string File, int Line, string? Column, string Reason)
{
    /// <summary>The one-line form users see: <c>organisation.csv:12: kind: 'ward' is not a unit kind</c>.</summary>
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}" : File;
        return Column is null ? $"{place}: {Reason}" : $"{place}: {Column}: {Reason}";
    }
}
