using LocalCare.Core.Commissioning;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

/// <summary>Every provider's risk input grouped at once holds exactly the rows the one-by-one input does.</summary>
public sealed class ProviderRiskInputTests
{
    [Fact]
    public void ForAll_GivesEachProviderTheSameRowsAsFor()
    {
        var data = Data(
            providers: [Provider("P1", " l1 "), Provider("P2", "L2"), Provider("P3")],
            cqc: [Cqc("L1", "2024-05-01", "Good"), Cqc("l1", "2023-05-01", "Inadequate"), Cqc("L2", "2024-01-01", "Outstanding"), Cqc("L9", "2024-01-01", "Good")],
            audits: [Audit("A1", "P1", "2024-03-01", AuditRating.Poor), Audit("A2", "P2", "2024-04-01", AuditRating.Good), Audit("A3", "P1", "2024-06-01", AuditRating.Good)],
            actions: [Action("X1", "A1", "2024-04-01"), Action("X2", "A2", "2024-05-01"), Action("X3", "A3", "2024-07-01"), Action("X9", "A9", "2024-07-01")],
            concerns: [Concern("K1", "P1", ConcernKind.Safeguarding, "2024-02-01"), Concern("K2", "P3", ConcernKind.Whistleblowing, "2024-02-01")]);

        var all = ProviderRiskInput.ForAll(data);

        Assert.Equal(["P1", "P2", "P3"], all.Keys.Order(StringComparer.Ordinal));
        foreach (var provider in data.Providers)
        {
            var one = ProviderRiskInput.For(provider, data);
            var grouped = all[provider.Code];
            Assert.Equal(one.CqcRows.Select(r => (r.LocationId, r.PublicationDate)), grouped.CqcRows.Select(r => (r.LocationId, r.PublicationDate)));
            Assert.Equal(one.Audits.Select(a => a.Code), grouped.Audits.Select(a => a.Code));
            Assert.Equal(one.Actions.Select(a => a.Code).Order(StringComparer.Ordinal), grouped.Actions.Select(a => a.Code).Order(StringComparer.Ordinal));
            Assert.Equal(one.Concerns.Select(c => c.Code), grouped.Concerns.Select(c => c.Code));
            Assert.Equal(ProviderRisk.Assess(one, D("2024-08-15")), ProviderRisk.Assess(grouped, D("2024-08-15")), ResultComparer.Instance);
        }

        Assert.Equal(2, all["P1"].CqcRows.Count); // " l1 " matches L1 and l1, trimmed and in any case
        Assert.Equal(["X1", "X3"], all["P1"].Actions.Select(a => a.Code));
    }

    /// <summary>Risk results compared by value, their reasons included.</summary>
    private sealed class ResultComparer : IEqualityComparer<ProviderRiskResult>
    {
        public static readonly ResultComparer Instance = new();

        public bool Equals(ProviderRiskResult? x, ProviderRiskResult? y) =>
            x is not null && y is not null && x with { Reasons = [] } == y with { Reasons = [] } && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(ProviderRiskResult obj) => obj.Score;
    }
}
