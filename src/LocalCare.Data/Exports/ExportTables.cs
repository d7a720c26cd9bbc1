namespace LocalCare.Data.Exports;

/// <summary>Every table of the BI export, dimensions first, in the order they are written.</summary>
public static class ExportTables
{
    public static IReadOnlyList<ExportTableSource> All { get; } =
    [
        new MonthDimension(),
        new UnitDimension(),
        new BoardDimension(),
        new MetricDimension(),
        new DeliverableDimension(),
        new ProviderDimension(),
        new RiskDimension(),
        new MetricValueFacts(),
        new MetricStatusFacts(),
        new MetricTargetFacts(),
        new WaitingCensusFacts(),
        new DeliverableStatusFacts(),
        new DeliverableMetricBridge(),
        new CqcRatingFacts(),
        new RiskScoreFacts(),
        new RiskLinkBridge(),
    ];
}
