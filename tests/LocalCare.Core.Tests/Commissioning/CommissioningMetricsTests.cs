using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation;
using static LocalCare.Core.Tests.Commissioning.Build;

namespace LocalCare.Core.Tests.Commissioning;

/// <summary>
/// Each metric against figures worked out by hand on one small fixture, for June 2024 (census 30 June) and July 2024 (census 31 July).
/// </summary>
public sealed class CommissioningMetricsTests
{
    private static readonly YearMonth Jan23 = M("2023-01");
    private static readonly YearMonth May = M("2024-05");
    private static readonly YearMonth June = M("2024-06");
    private static readonly YearMonth July = M("2024-07");

    /// <summary>
    /// CH1 nursing 40 beds N-A local, good; CH2 residential 30 N-A, requires improvement, contract ends 30 June; CH3 residential
    /// 20 N-B local, outstanding then requires improvement from 20 July, contract starts 15 June; CH4 nursing 25 no neighbourhood,
    /// not yet inspected; CH5 residential 50 N-A, good, contract ended 29 June; CH6 10 beds, outstanding, no contract; HC1 homecare
    /// N-B local, good; HC2 homecare N-B, no CQC location, contract starts 10 July; HC3 supported living no neighbourhood, inadequate.
    /// </summary>
    private static readonly CommissioningData Fixture = Data(
        providers:
        [
            Provider("CH1", "L1", ProviderServiceType.CareHomeNursing, 40, "N-A", local: true),
            Provider("CH2", "L2", ProviderServiceType.CareHomeResidential, 30, "N-A"),
            Provider("CH3", "L3", ProviderServiceType.CareHomeResidential, 20, "N-B", local: true),
            Provider("CH4", "L4", ProviderServiceType.CareHomeNursing, 25),
            Provider("CH5", "L5", ProviderServiceType.CareHomeResidential, 50, "N-A"),
            Provider("CH6", "L8", ProviderServiceType.CareHomeResidential, 10, "N-A", local: true),
            Provider("HC1", "L6", ProviderServiceType.Homecare, null, "N-B", local: true),
            Provider("HC2", null, ProviderServiceType.Homecare, null, "N-B"),
            Provider("HC3", "L7", ProviderServiceType.SupportedLiving),
        ],
        cqc:
        [
            Cqc("L1", "2023-01-10", "Good"),
            Cqc("L2", "2023-05-01", "Requires improvement"),
            Cqc("L3", "2022-11-01", "Outstanding"),
            Cqc("L3", "2024-07-20", "Requires improvement"),
            Cqc("L4", "2024-02-01", "Not Yet Inspected"),
            Cqc("L5", "2023-01-01", "Good"),
            Cqc("L6", "2023-09-01", "Good"),
            Cqc("L7", "2024-02-01", "Inadequate"),
            Cqc("L8", "2023-01-01", "Outstanding"),
        ],
        contracts:
        [
            Contract("C1", "CH1", "2024-01-01", "2025-03-31"),
            Contract("C2", "CH2", "2024-04-01", "2024-06-30"),
            Contract("C3", "CH3", "2024-06-15", "2026-03-31"),
            Contract("C4", "CH4", "2024-01-01", "2025-03-31"),
            Contract("C5", "CH5", "2023-04-01", "2024-06-29"),
            Contract("C6", "HC1", "2024-01-01", "2025-03-31"),
            Contract("C7", "HC2", "2024-07-10", "2025-03-31"),
            Contract("C8", "HC3", "2024-01-01", "2025-03-31"),
        ],
        spend:
        [
            Spend("2024-05", "C1", 777m),
            Spend("2024-06", "C1", 1000.25m),
            Spend("2024-06", "C2", 500m),
            Spend("2024-06", "C5", -200m),
            Spend("2024-06", "C3", 300m),
            Spend("2024-06", "C6", 200m),
            Spend("2024-06", "C4", 400m),
            Spend("2024-06", "C8", -400m),
            Spend("2024-06", "CX", 999m),
            Spend("2024-07", "C1", -50m),
            Spend("2024-07", "C2", 150m),
            Spend("2024-07", "C6", 100m),
            Spend("2024-07", "C7", 250m),
        ],
        audits:
        [
            Audit("A1", "CH1", "2024-01-10", AuditRating.Excellent),
            Audit("A3", "CH3", "2023-06-01", AuditRating.Good),
            Audit("A4", "CH4", "2024-03-20", AuditRating.RequiresImprovement),
            Audit("A6", "HC1", "2023-12-15", AuditRating.Good),
            Audit("A8", "HC3", "2024-04-30", AuditRating.Poor),
        ],
        actions: [Action("X4", "A4", "2024-05-01"), Action("X8", "A8", "2024-09-30")],
        budget:
        [
            Budget("2024-05", "S1", 1000m, 5000m),
            Budget("2024-06", "S1", 1000m, 1100.50m),
            Budget("2024-06", "S2", 500m, 450m),
            Budget("2024-07", "S1", 1000m, null),
            Budget("2024-07", "S2", 500m, 500m),
        ],
        schemes:
        [
            Scheme("V1", "S1", 2024, 12000m, QiaStatus.Approved),
            Scheme("V2", "S1", 2024, 6000m, QiaStatus.Approved),
            Scheme("V3", "S1", 2024, 24000m, QiaStatus.InReview),
            Scheme("V4", "S2", 2024, 3600m, QiaStatus.Rejected),
            Scheme("V5", "S1", 2023, 10000m, QiaStatus.Approved),
            Scheme("V6", "S3", 2024, 1200m, QiaStatus.NotStarted),
        ],
        delivery:
        [
            Delivery("2023-03", "V5", 40m),
            Delivery("2023-04", "V5", 250m),
            Delivery("2024-03", "V5", 500m),
            Delivery("2024-04", "V1", 1000m),
            Delivery("2024-05", "V1", 1000m),
            Delivery("2024-05", "V2", 500m),
            Delivery("2024-05", "V3", 999m),
            Delivery("2024-05", "V5", 100m),
            Delivery("2024-06", "V1", 1500m),
            Delivery("2024-06", "V4", 300m),
            Delivery("2024-07", "V1", 800m),
            Delivery("2025-01", "V1", 200m),
        ]);

    private static IReadOnlyList<CommissioningMetricRow> Rows(string metric, params YearMonth[] months) => CommissioningMetrics.Rows(metric, Fixture, months);

    [Fact]
    public void Ids_AreTheSpecs()
    {
        Assert.Equal(
            ["care-home-beds-good-outstanding", "providers-good-outstanding", "provider-reviews-on-time", "local-spend", "budget-variance", "vfp-delivery"],
            CommissioningMetrics.Ids);
    }

    [Fact]
    public void AnUnknownMetric_IsAnError()
    {
        Assert.Throws<ArgumentException>(() => Rows("waiting-list-size", June));
    }

    [Fact]
    public void CareHomeBeds_CountBedsOfActiveRatedHomes_PerNeighbourhood()
    {
        Assert.Equal(
            [
                new CommissioningMetricRow(June, null, "N-A", 40, 70),
                new CommissioningMetricRow(June, null, "N-B", 20, 20),
                new CommissioningMetricRow(July, null, "N-A", 40, 40),
                new CommissioningMetricRow(July, null, "N-B", 0, 20),
            ],
            Rows(CommissioningMetrics.CareHomeBedsGoodOutstanding, July, June, June));
    }

    [Fact]
    public void CareHomeBeds_InAMonthBeforeAnyContract_HasNoRows_AndAContractEndingBeforeTheCensusIsOut()
    {
        Assert.Empty(Rows(CommissioningMetrics.CareHomeBedsGoodOutstanding, Jan23));
        Assert.Equal(
            [new CommissioningMetricRow(May, null, "N-A", 90, 120)],
            Rows(CommissioningMetrics.CareHomeBedsGoodOutstanding, May));
    }

    [Fact]
    public void ProvidersGoodOutstanding_CountsActiveRatedProviders_OfEveryType()
    {
        Assert.Equal(
            [
                new CommissioningMetricRow(June, null, null, 0, 1),
                new CommissioningMetricRow(June, null, "N-A", 1, 2),
                new CommissioningMetricRow(June, null, "N-B", 2, 2),
                new CommissioningMetricRow(July, null, null, 0, 1),
                new CommissioningMetricRow(July, null, "N-A", 1, 1),
                new CommissioningMetricRow(July, null, "N-B", 1, 2),
            ],
            Rows(CommissioningMetrics.ProvidersGoodOutstanding, June, July));
    }

    [Fact]
    public void ProviderReviewsOnTime_CountsActiveProvidersNotOverdueAtTheCensus()
    {
        Assert.Equal(
            [
                new CommissioningMetricRow(June, null, null, 1, 2),
                new CommissioningMetricRow(June, null, "N-A", 2, 2),
                new CommissioningMetricRow(June, null, "N-B", 1, 2),
                new CommissioningMetricRow(July, null, null, 0, 2),
                new CommissioningMetricRow(July, null, "N-A", 1, 1),
                new CommissioningMetricRow(July, null, "N-B", 2, 3),
            ],
            Rows(CommissioningMetrics.ProviderReviewsOnTime, June, July));
    }

    [Fact]
    public void LocalSpend_IsLocalProvidersSpendOverAllSpend_CreditsIncluded_ZeroTotalGivesDenominatorZero()
    {
        Assert.Equal(
            [
                new CommissioningMetricRow(June, null, null, 0, 0),
                new CommissioningMetricRow(June, null, "N-A", 1000.25, 1300.25),
                new CommissioningMetricRow(June, null, "N-B", 500, 500),
                new CommissioningMetricRow(July, null, "N-A", -50, 100),
                new CommissioningMetricRow(July, null, "N-B", 100, 350),
            ],
            Rows(CommissioningMetrics.LocalSpend, June, July));
    }

    [Fact]
    public void LocalSpend_OnAContractWhoseProviderIsNotInTheRegister_CountsAsNotLocal_WithNoNeighbourhood()
    {
        var data = Data(
            providers: [Provider("P1", local: true)],
            contracts: [Contract("C1", "P1", "2024-01-01", "2025-01-01"), Contract("C2", "GONE", "2024-01-01", "2025-01-01")],
            spend: [Spend("2024-06", "C1", 90m), Spend("2024-06", "C2", 10m)]);

        Assert.Equal([new CommissioningMetricRow(June, null, null, 90, 100)], CommissioningMetrics.Rows(CommissioningMetrics.LocalSpend, data, [June]));
        Assert.Empty(CommissioningMetrics.Rows(CommissioningMetrics.LocalSpend, data, [July]));
    }

    [Fact]
    public void BudgetVariance_SumsActualMinusBudget_PerService_ForLinesWithAnActual()
    {
        Assert.Equal(
            [
                new CommissioningMetricRow(June, "S1", null, 100.5, null),
                new CommissioningMetricRow(June, "S2", null, -50, null),
                new CommissioningMetricRow(July, "S2", null, 0, null),
            ],
            Rows(CommissioningMetrics.BudgetVariance, June, July));
    }

    [Fact]
    public void VfpDelivery_IsSavingsYearToDate_OverApprovedTargetsTimesMonthsElapsedOver12()
    {
        Assert.Equal(
            [
                new CommissioningMetricRow(M("2024-03"), "S1", null, 750, 10000),
                new CommissioningMetricRow(M("2024-04"), "S1", null, 1000, 1500),
                new CommissioningMetricRow(June, "S1", null, 4000, 4500),
                new CommissioningMetricRow(July, "S1", null, 4800, 6000),
                new CommissioningMetricRow(M("2025-01"), "S1", null, 5000, 15000),
            ],
            Rows(CommissioningMetrics.VfpDelivery, M("2024-03"), M("2024-04"), June, July, M("2025-01")));
    }

    [Theory]
    [InlineData(QiaStatus.Approved, 1500, 2000)]
    [InlineData(QiaStatus.InReview, 500, 1000)]
    [InlineData(QiaStatus.Rejected, 500, 1000)]
    [InlineData(QiaStatus.NotStarted, 500, 1000)]
    public void VfpDelivery_WhenASchemeLosesItsApproval_ItsSavingsStopCounting_AndItsTargetLeavesThePlan(QiaStatus v2, double delivered, double plan)
    {
        // V2's savings were recorded while it was approved; its QIA is then changed. May 2024: 2 months elapsed.
        var data = Data(
            schemes: [Scheme("V1", "S1", 2024, 6000m, QiaStatus.Approved), Scheme("V2", "S1", 2024, 6000m, v2)],
            delivery: [Delivery("2024-04", "V1", 500m), Delivery("2024-04", "V2", 600m), Delivery("2024-05", "V2", 400m)]);

        Assert.Equal(
            [new CommissioningMetricRow(M("2024-05"), "S1", null, delivered, plan)],
            CommissioningMetrics.Rows(CommissioningMetrics.VfpDelivery, data, [M("2024-05")]));
    }

    [Fact]
    public void VfpDelivery_WithApprovedSchemesButNothingDelivered_HasNumeratorZero_AndAServiceWithNoApprovedSchemeHasNoRow()
    {
        var data = Data(
            schemes: [Scheme("V1", "S1", 2024, 2400m, QiaStatus.Approved), Scheme("V2", "S2", 2024, 2400m, QiaStatus.InReview)],
            delivery: [Delivery("2024-05", "V2", 100m)]);

        Assert.Equal(
            [new CommissioningMetricRow(M("2024-05"), "S1", null, 0, 400)],
            CommissioningMetrics.Rows(CommissioningMetrics.VfpDelivery, data, [M("2024-05")]));
        Assert.Empty(CommissioningMetrics.Rows(CommissioningMetrics.VfpDelivery, data, [M("2024-03")]));
    }
}
