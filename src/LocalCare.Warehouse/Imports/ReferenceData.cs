using LocalCare.Core.Metrics;
using LocalCare.Core.Organisation;

namespace LocalCare.Warehouse.Imports;

/// <summary>What imported codes are checked against: the organisation's units and the known metrics (from the app database).</summary>
public sealed record ReferenceData(IReadOnlyList<OrganisationUnit> Units, IReadOnlyList<MetricDefinition> Metrics);
