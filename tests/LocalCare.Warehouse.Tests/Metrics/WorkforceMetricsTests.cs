namespace LocalCare.Warehouse.Tests.Metrics;

/// <summary>Workforce metrics: point-in-month ratios and the rolling 12 months that need all 12 months of a service.</summary>
public sealed class WorkforceMetricsTests : IDisposable
{
    private readonly MetricData _data = new();

    public WorkforceMetricsTests()
    {
        // month, service_code, budgeted_wte, contracted_wte, headcount, leavers, fte_days_available, fte_days_lost_sickness, appraisals_due, appraisals_completed
        // POD: February 2024 to January 2025 (12 months); CRISIS-N: March 2024 to January 2025 (11 months).
        for (var i = 0; i < 12; i++)
        {
            var month = new DateOnly(2024, 2, 1).AddMonths(i).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            _data.Insert("workforce", $"DATE '{month}', 'POD', 10, 8, {100 + i}, {(i == 11 ? 6 : 1)}, 200, {(i == 0 ? 20 : 5)}, 10, {(i == 11 ? 9 : 10)}");
            if (i > 0)
            {
                _data.Insert("workforce", $"DATE '{month}', 'CRISIS-N', 20, 19, 50, 2, 400, 4, NULL, NULL");
            }
        }
    }

    [Fact]
    public void VacancyRate_IsTheGapOverBudgetedWte()
    {
        var values = _data.Values("vacancy-rate", "2025-01", "2025-01");

        MetricAssert.Ratio(values, "service:POD", "2025-01", 2, 10);
        MetricAssert.Ratio(values, "lco", "2025-01", 3, 30);
        MetricAssert.Missing(values, "neighbourhood:INT-A", "2025-01");
    }

    [Fact]
    public void Turnover_IsLeaversOverMeanHeadcount_OnlyWithAll12Months()
    {
        var values = _data.Values("turnover-r12m", "2024-12", "2025-01");

        // POD at January 2025: leavers 11 × 1 + 6 = 17; headcounts 100..111 sum 1266, mean 105.5.
        MetricAssert.Ratio(values, "service:POD", "2025-01", 17, 1266 / 12.0);
        MetricAssert.Ratio(values, "lco", "2025-01", 17, 1266 / 12.0); // CRISIS-N has only 11 months
        MetricAssert.Missing(values, "service:CRISIS-N", "2025-01");
        MetricAssert.Missing(values, "service:POD", "2024-12"); // January 2024 is missing
    }

    [Fact]
    public void Retention_IsMeanHeadcountLessLeaversOverMeanHeadcount()
    {
        var values = _data.Values("retention-r12m", "2025-01", "2025-01");

        MetricAssert.Ratio(values, "service:POD", "2025-01", (1266 / 12.0) - 17, 1266 / 12.0);
    }

    [Fact]
    public void SicknessAbsence_SumsDaysLostOverDaysAvailable()
    {
        var values = _data.Values("sickness-absence-r12m", "2025-01", "2025-01");

        MetricAssert.Ratio(values, "service:POD", "2025-01", 20 + (11 * 5), 12 * 200);
    }

    [Fact]
    public void AppraisalCompliance_LeavesOutServicesWithNoAppraisalsDue()
    {
        var values = _data.Values("appraisal-compliance", "2025-01", "2025-01");

        MetricAssert.Ratio(values, "service:POD", "2025-01", 9, 10);
        MetricAssert.Ratio(values, "lco", "2025-01", 9, 10);
        MetricAssert.Missing(values, "service:CRISIS-N", "2025-01");
    }

    public void Dispose() => _data.Dispose();
}
