using LocalCare.Core.Commissioning;

namespace LocalCare.Web.Features.Commissioning;

/// <summary>A provider on the register at today: its CQC overall rating and its risk rating (null without an active contract).</summary>
public sealed record RegisterRow(Provider Provider, CqcRatingResult Cqc, ProviderRiskResult? Risk);

/// <summary>The register's filters as asked for (GET query), each null when not used.</summary>
public sealed record RegisterFilter(ProviderServiceType? Type, RiskBand? Band, string? Cqc, bool OverdueOnly, string? Neighbourhood)
{
    /// <summary>The value of the CQC filter that keeps the unrated.</summary>
    public const string Unrated = "unrated";

    /// <summary>The value of the neighbourhood filter that keeps providers with none.</summary>
    public const string NoNeighbourhood = "none";

    public static RegisterFilter None { get; } = new(null, null, null, false, null);

    /// <summary>Reads the query; every value not understood is a problem, named by its parameter.</summary>
    public static RegisterFilter Read(string? type, string? band, string? cqc, string? overdue, string? neighbourhood, CommissioningSnapshot snapshot, Dictionary<string, string[]> problems)
    {
        ProviderServiceType? serviceType = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (ProviderServiceTypes.TryParse(type, out var parsed))
            {
                serviceType = parsed;
            }
            else
            {
                problems["type"] = [$"Type '{type.Trim()}' is not a service type: choose one from the list"];
            }
        }

        RiskBand? riskBand = null;
        if (!string.IsNullOrWhiteSpace(band))
        {
            if (RiskBands.TryParse(band, out var parsed))
            {
                riskBand = parsed;
            }
            else
            {
                problems["band"] = [$"Band '{band.Trim()}' is not a risk band: choose low, medium or high"];
            }
        }

        string? rating = null;
        if (!string.IsNullOrWhiteSpace(cqc))
        {
            if (CqcRatings.TryParseCode(cqc, out var parsed))
            {
                rating = parsed.ToCode();
            }
            else if (string.Equals(cqc.Trim(), Unrated, StringComparison.OrdinalIgnoreCase))
            {
                rating = Unrated;
            }
            else
            {
                problems["cqc"] = [$"CQC rating '{cqc.Trim()}' is not a rating: choose one from the list"];
            }
        }

        var overdueOnly = false;
        if (!string.IsNullOrWhiteSpace(overdue))
        {
            if (overdue.Trim() is "yes" or "true")
            {
                overdueOnly = true;
            }
            else
            {
                problems["overdue"] = [$"Overdue '{overdue.Trim()}' is not understood: leave it out or use yes"];
            }
        }

        string? unit = null;
        if (!string.IsNullOrWhiteSpace(neighbourhood))
        {
            var code = neighbourhood.Trim();
            if (code == NoNeighbourhood || snapshot.Data.Providers.Any(p => p.NeighbourhoodCode == code) || snapshot.Organisation.Find(code) is not null)
            {
                unit = code;
            }
            else
            {
                problems["neighbourhood"] = [$"Neighbourhood '{code}' is not in the organisation: choose one from the list"];
            }
        }

        return new RegisterFilter(serviceType, riskBand, rating, overdueOnly, unit);
    }

    public bool Any => Type is not null || Band is not null || Cqc is not null || OverdueOnly || Neighbourhood is not null;

    public bool Keeps(RegisterRow row) =>
        (Type is not { } type || row.Provider.ServiceType == type)
        && (Band is not { } band || row.Risk?.Band == band)
        && (Cqc is not { } cqc || (row.Cqc.Rating?.ToCode() ?? Unrated) == cqc)
        && (!OverdueOnly || row.Risk?.Overdue == true)
        && (Neighbourhood is not { } unit || (row.Provider.NeighbourhoodCode ?? NoNeighbourhood) == unit);
}

/// <summary>A provider whose band at today differs from its band at the comparison date (both with an active contract).</summary>
public sealed record BandChange(Provider Provider, ProviderRiskResult Then, ProviderRiskResult Now);

/// <summary>The provider register at today (commissioning.md): every provider in code order, rated where it has an active contract.</summary>
public static class ProviderRegister
{
    /// <summary>How far back the band changes look: 3 months (the high band's review interval).</summary>
    public const int BandChangeMonths = 3;

    public static IReadOnlyList<RegisterRow> Rows(CommissioningSnapshot snapshot) =>
        snapshot.Data.Providers
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new RegisterRow(p, snapshot.CqcAt(p, snapshot.Today), snapshot.RiskAt(p, snapshot.Today)))
            .ToList();

    /// <summary>The date the band changes compare with: today 3 months ago (day kept, clamped to the month's end).</summary>
    public static DateOnly ComparisonDate(DateOnly today) => today.AddMonths(-BandChangeMonths);

    /// <summary>Providers rated at both today and the comparison date whose band differs, in code order.</summary>
    public static IReadOnlyList<BandChange> BandChanges(CommissioningSnapshot snapshot)
    {
        var then = ComparisonDate(snapshot.Today);
        var changes = new List<BandChange>();
        foreach (var provider in snapshot.Data.Providers.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            if (snapshot.RiskAt(provider, snapshot.Today) is { } now && snapshot.RiskAt(provider, then) is { } before && now.Band != before.Band)
            {
                changes.Add(new BandChange(provider, before, now));
            }
        }

        return changes;
    }
}
