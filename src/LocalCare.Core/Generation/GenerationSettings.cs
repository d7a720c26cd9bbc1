namespace LocalCare.Core.Generation;

/// <summary>What to generate: the months (inclusive), the volume and the seed. The same settings and units always give the same records.</summary>
/// <param name="FirstMonth">The first month of data.</param>
/// <param name="LastMonth">The last month of data; appointments after it are future appointments.</param>
/// <param name="ContactsPerYear">Care contacts (diary appointments of every outcome) a year, LCO-wide.</param>
/// <param name="Seed">Seeds every random stream.</param>
public sealed record GenerationSettings(YearMonth FirstMonth, YearMonth LastMonth, long ContactsPerYear, int Seed)
{
    /// <summary>About the volume of the demo LCO (seeds: 1.06M contacts against a plan of 1.10M in 2023/24).</summary>
    public const long DefaultContactsPerYear = 1_100_000;

    public const int MaxYears = 30;

    public const long MaxContactsPerYear = 100_000_000;

    /// <summary>The <paramref name="years"/> whole years that end with <paramref name="lastMonth"/>.</summary>
    public static GenerationSettings ForYears(YearMonth lastMonth, int years, long contactsPerYear, int seed) =>
        new(lastMonth.AddMonths(1 - (12 * years)), lastMonth, contactsPerYear, seed);

    public int MonthCount => LastMonth.Index - FirstMonth.Index + 1;

    /// <summary>Throws when the settings cannot be generated: an empty or over-long range, or a volume out of range.</summary>
    public void Validate()
    {
        if (LastMonth < FirstMonth)
        {
            throw new ArgumentException($"The last month {LastMonth} is before the first month {FirstMonth}.", nameof(LastMonth));
        }

        if (MonthCount > 12 * MaxYears)
        {
            throw new ArgumentException($"At most {MaxYears} years can be generated.", nameof(FirstMonth));
        }

        if (ContactsPerYear is < 1 or > MaxContactsPerYear)
        {
            throw new ArgumentOutOfRangeException(nameof(ContactsPerYear), ContactsPerYear, $"Contacts a year must be 1 to {MaxContactsPerYear}.");
        }
    }
}
