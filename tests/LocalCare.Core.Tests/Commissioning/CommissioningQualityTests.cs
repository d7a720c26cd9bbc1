using LocalCare.Core.Boards.Packs;
using LocalCare.Core.Commissioning;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

/// <summary>The packs' Timely and Complete for the commissioning metrics, from the commissioning data and the imports' rejected rows.</summary>
public sealed class CommissioningQualityTests
{
    private static readonly Dictionary<string, long> NoRejects = [];

    /// <summary>
    /// Three care homes with contracts active at the end of June 2024 (H1 rated, H2 whose location CQC does not list, H3 with no
    /// location), a homecare provider rated; CQC's latest publication is in May 2024. Spend to June, budget actuals to May,
    /// delivery to June.
    /// </summary>
    private static readonly CommissioningData Fixture = Data(
        providers:
        [
            Provider("H1", "L1", ProviderServiceType.CareHomeNursing, 40),
            Provider("H2", "L9", ProviderServiceType.CareHomeResidential, 30),
            Provider("H3", null, ProviderServiceType.CareHomeResidential, 20),
            Provider("HC", "L2", ProviderServiceType.Homecare),
        ],
        cqc: [Cqc("L1", "2023-01-10", "Good"), Cqc("L2", "2024-05-20", "Good")],
        contracts:
        [
            Contract("C1", "H1", "2024-01-01", "2025-03-31"),
            Contract("C2", "H2", "2024-01-01", "2025-03-31"),
            Contract("C3", "H3", "2024-01-01", "2025-03-31"),
            Contract("C4", "HC", "2024-01-01", "2025-03-31"),
        ],
        spend: [Spend("2024-05", "C1", 10m), Spend("2024-06", "C1", 10m), Spend("2024-06", "C4", 10m)],
        budget: [Budget("2024-05", "S1", 100m, 90m), Budget("2024-06", "S1", 100m, null)],
        schemes: [Scheme("V1", "S1", 2024, 1200m, QiaStatus.Approved)],
        delivery: [Delivery("2024-04", "V1", 100m), Delivery("2024-06", "V1", 100m)]);

    [Fact]
    public void CareHomeBeds_AreTimelyByCqcsLatestPublication_AndCompleteByTheHomesLinkedToCqc()
    {
        var june = CommissioningQuality.Of(CommissioningMetrics.CareHomeBedsGoodOutstanding, Fixture, M("2024-06"), NoRejects);

        Assert.Equal(["providers.csv", "contracts.csv", CommissioningQuality.CqcRatings], june.Files);
        Assert.Equal([M("2024-05")], june.LatestMonths);
        Assert.Equal((3L, 2L), (june.Rows, june.ProblemRows)); // three homes, two not linked to a CQC location
        Assert.Equal((Rag.Amber, Rag.Red), CommissioningQuality.Mark(M("2024-06"), june));
        Assert.Equal(Rag.Green, CommissioningQuality.Mark(M("2024-05"), june).Timely);
        Assert.Equal(Rag.Red, CommissioningQuality.Mark(M("2024-07"), june).Timely);
    }

    [Fact]
    public void Providers_CountEveryServiceType_AndReviewsAlsoReadAuditsAndConcerns()
    {
        var providers = CommissioningQuality.Of(CommissioningMetrics.ProvidersGoodOutstanding, Fixture, M("2024-06"), NoRejects);
        var reviews = CommissioningQuality.Of(CommissioningMetrics.ProviderReviewsOnTime, Fixture, M("2024-06"), NoRejects);

        Assert.Equal((4L, 2L), (providers.Rows, providers.ProblemRows));
        Assert.Equal(["providers.csv", "contracts.csv", "audits.csv", "concerns.csv", CommissioningQuality.CqcRatings], reviews.Files);
    }

    [Fact]
    public void TheLatestImportsRejectedRows_CountAsRowsWithAProblem()
    {
        var rejects = new Dictionary<string, long> { ["spend.csv"] = 1, ["budget.csv"] = 0, ["other.csv"] = 50 };

        var spend = CommissioningQuality.Of(CommissioningMetrics.LocalSpend, Fixture, M("2024-06"), rejects);
        var clean = CommissioningQuality.Of(CommissioningMetrics.LocalSpend, Fixture, M("2024-06"), NoRejects);

        Assert.Equal((3L, 1L), (spend.Rows, spend.ProblemRows)); // June's 2 rows and the rejected one
        Assert.Equal((Rag.Green, Rag.Red), CommissioningQuality.Mark(M("2024-06"), spend));
        Assert.Equal((Rag.Green, Rag.Green), CommissioningQuality.Mark(M("2024-06"), clean));
    }

    [Fact]
    public void Budget_IsTimelyByItsLatestActual_AndVfpByItsLatestDelivery_OverTheYearToDate()
    {
        var budget = CommissioningQuality.Of(CommissioningMetrics.BudgetVariance, Fixture, M("2024-06"), NoRejects);
        var vfp = CommissioningQuality.Of(CommissioningMetrics.VfpDelivery, Fixture, M("2024-06"), NoRejects);
        var empty = CommissioningQuality.Of(CommissioningMetrics.VfpDelivery, Data(), M("2024-06"), NoRejects);

        Assert.Equal([M("2024-05")], budget.LatestMonths); // June's line has no actual yet
        Assert.Equal((1L, 0L), (budget.Rows, budget.ProblemRows));
        Assert.Equal([M("2024-06")], vfp.LatestMonths);
        Assert.Equal((2L, 0L), (vfp.Rows, vfp.ProblemRows)); // April and June of 2024/25
        Assert.Equal((Rag.Red, Rag.Red), CommissioningQuality.Mark(M("2024-06"), empty)); // nothing to rest on
    }

    [Fact]
    public void AMetricThatIsNotACommissioningMetric_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CommissioningQuality.Of("dna-rate", Fixture, M("2024-06"), NoRejects));
}
