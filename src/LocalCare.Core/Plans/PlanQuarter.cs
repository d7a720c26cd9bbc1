namespace LocalCare.Core.Plans;

/// <summary>A quarter of a plan year: Q1 April–June, Q2 July–September, Q3 October–December, Q4 January–March.</summary>
public readonly record struct PlanQuarter : IComparable<PlanQuarter>
{
    public PlanQuarter(PlanYear year, int number)
    {
        if (number is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A quarter is 1 to 4.");
        }

        Year = year;
        Number = number;
    }

    public PlanYear Year { get; }

    public int Number { get; }

    public DateOnly Start => Year.Start.AddMonths(3 * (Number - 1));

    public DateOnly End => Start.AddMonths(3).AddDays(-1);

    public string Label => $"{Year.Label} Q{Number}";

    public static PlanQuarter Of(DateOnly date)
    {
        var year = PlanYear.Of(date);
        var monthsIn = ((date.Year - year.StartYear) * 12) + date.Month - 4;
        return new PlanQuarter(year, (monthsIn / 3) + 1);
    }

    public int CompareTo(PlanQuarter other) =>
        Year != other.Year ? Year.CompareTo(other.Year) : Number.CompareTo(other.Number);

    public static bool operator <(PlanQuarter left, PlanQuarter right) => left.CompareTo(right) < 0;

    public static bool operator <=(PlanQuarter left, PlanQuarter right) => left.CompareTo(right) <= 0;

    public static bool operator >(PlanQuarter left, PlanQuarter right) => left.CompareTo(right) > 0;

    public static bool operator >=(PlanQuarter left, PlanQuarter right) => left.CompareTo(right) >= 0;

    public override string ToString() => Label;
}
