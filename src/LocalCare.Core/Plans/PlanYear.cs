using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalCare.Core.Plans;

/// <summary>An NHS financial and planning year, 1 April to 31 March, written "2024/25".</summary>
public readonly partial record struct PlanYear(int StartYear) : IComparable<PlanYear>
{
    public DateOnly Start => new(StartYear, 4, 1);

    public DateOnly End => new(StartYear + 1, 3, 31);

    public string Label => $"{StartYear}/{(StartYear + 1) % 100:00}";

    public PlanYear Next => new(StartYear + 1);

    public PlanYear Previous => new(StartYear - 1);

    /// <summary>The plan year a date falls in.</summary>
    public static PlanYear Of(DateOnly date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    /// <summary>Quarter 1..4 of this year (Q1 is April to June).</summary>
    public PlanQuarter Quarter(int number) => new(this, number);

    /// <summary>Accepts "2024/25", "2024-25" or "2024".</summary>
    public static bool TryParse(string? text, out PlanYear year)
    {
        year = default;
        if (text is null)
        {
            return false;
        }

        var match = YearPattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["end"].Success && int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture) != (start + 1) % 100)
        {
            return false;
        }

        year = new PlanYear(start);
        return true;
    }

    public int CompareTo(PlanYear other) => StartYear.CompareTo(other.StartYear);

    public static bool operator <(PlanYear left, PlanYear right) => left.CompareTo(right) < 0;

    public static bool operator <=(PlanYear left, PlanYear right) => left.CompareTo(right) <= 0;

    public static bool operator >(PlanYear left, PlanYear right) => left.CompareTo(right) > 0;

    public static bool operator >=(PlanYear left, PlanYear right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;

    [GeneratedRegex(@"^(?<start>\d{4})(?:[/-](?<end>\d{2}))?$")]
    private static partial Regex YearPattern();
}
