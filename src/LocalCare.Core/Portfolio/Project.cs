using System.Globalization;

namespace LocalCare.Core.Portfolio;

/// <summary>A project or workstream of a programme, with its lead, status and commentary.</summary>
public sealed class Project
{
    /// <summary>Stable code: the programme's code and a number, e.g. <c>TP2425-CHTP-01</c>.</summary>
    public required string Code { get; init; }

    public required string ProgrammeCode { get; init; }

    public required string Name { get; set; }

    public required string Lead { get; set; }

    public required PortfolioStatus Status { get; set; }

    /// <summary>Why the status is what it is; required at risk and off track.</summary>
    public string Commentary { get; set; } = "";

    /// <summary>The code of a programme's project number <paramref name="number"/>: <c>TP2425-CHTP-01</c>.</summary>
    public static string CodeFor(string programmeCode, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{programmeCode}-{number:00}");

    /// <summary>The code a new project of the programme gets: one more than the highest number in use.</summary>
    public static string NextCode(string programmeCode, IEnumerable<string> existing) =>
        CodeFor(programmeCode, existing.Select(code => NumberOf(programmeCode, code)).DefaultIfEmpty(0).Max() + 1);

    /// <summary>Projects in number order (<c>-2</c> before <c>-10</c>).</summary>
    public static IEnumerable<Project> InOrder(IEnumerable<Project> projects) =>
        projects.OrderBy(p => NumberOf(p.ProgrammeCode, p.Code)).ThenBy(p => p.Code, StringComparer.Ordinal);

    private static int NumberOf(string programmeCode, string code) =>
        code.StartsWith(programmeCode + "-", StringComparison.Ordinal)
        && int.TryParse(code.AsSpan(programmeCode.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : 0;
}
