using System.Globalization;
using LocalCare.Core.Commissioning;
using LocalCare.Core.Organisation;
using LocalCare.Data;
using LocalCare.Data.Commissioning;
using Microsoft.EntityFrameworkCore;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>Reads the commissioning data once per request (a few thousand rows), with the social value commitments, the organisation and today.</summary>
public sealed class CommissioningQuery(LocalCareDbContext db, TimeProvider clock)
{
    /// <summary>Today's date on the UK clock.</summary>
    public DateOnly Today() => Core.Time.UkTime.Today(clock);

    public async Task<CommissioningSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var data = await CommissioningDataReader.ReadAsync(db, cancellationToken);
        var socialValue = await db.SocialValue.AsNoTracking().ToListAsync(cancellationToken);
        var organisation = new OrganisationTree(await db.OrganisationUnits.AsNoTracking().ToListAsync(cancellationToken));
        return new CommissioningSnapshot(data, socialValue, organisation, Today());
    }
}

/// <summary>Everything a commissioning page shows, as read at <see cref="Today"/>.</summary>
public sealed record CommissioningSnapshot(CommissioningData Data, IReadOnlyList<SocialValueCommitment> SocialValue, OrganisationTree Organisation, DateOnly Today)
{
    /// <summary>The provider with that code (ordinal), or null.</summary>
    public Provider? Provider(string code) => Data.Providers.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.Ordinal));

    /// <summary>The risk rating at <paramref name="date"/>; null when the provider has no contract active on it (only those are rated).</summary>
    public ProviderRiskResult? RiskAt(Provider provider, DateOnly date) =>
        Data.Contracts.Any(c => string.Equals(c.ProviderCode, provider.Code, StringComparison.Ordinal) && c.IsActiveOn(date))
            ? ProviderRisk.Assess(ProviderRiskInput.For(provider, Data), date)
            : null;

    /// <summary>The provider's overall CQC rating at today.</summary>
    public CqcRatingResult CqcAt(Provider provider, DateOnly date) => CqcRatingAt.ForProvider(provider, Data.CqcRatings, date);

    /// <summary>A unit's name, else its code; "None" for no code.</summary>
    public string UnitName(string? code) => code is null ? "None" : Organisation.Find(code)?.Name ?? code;

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Money(decimal value) => (value < 0 ? "−£" : "£") + Math.Abs(value).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>"75.0%", or "–" when there is nothing to divide by.</summary>
    public static string Percent(decimal numerator, decimal denominator) =>
        denominator == 0 ? "–" : (numerator / denominator).ToString("0.0%", CultureInfo.InvariantCulture);

    public static string MonthLabel(Core.Generation.YearMonth month) => month.FirstDay.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
