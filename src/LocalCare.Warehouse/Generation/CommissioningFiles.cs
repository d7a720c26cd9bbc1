using LocalCare.Core.Commissioning;
using LocalCare.Core.Generation.Commissioning;

namespace LocalCare.Warehouse.Generation;

/// <summary>
/// Writes generated commissioning records as the files of commissioning.md, with its exact headers and column order, and CQC's
/// ratings as the Locations sheet of CQC's latest-ratings workbook saved as CSV (CQC's headers, dates DD/MM/YYYY). Written as
/// <see cref="ExtractFiles"/> writes: UTF-8 without BOM, RFC 4180 quoting only where needed, <c>\n</c> line ends.
/// </summary>
public static class CommissioningFiles
{
    public const string Providers = "providers.csv";
    public const string Contracts = "contracts.csv";
    public const string Spend = "spend.csv";
    public const string Audits = "audits.csv";
    public const string AuditActions = "audit_actions.csv";
    public const string Concerns = "concerns.csv";
    public const string SocialValue = "social_value.csv";
    public const string Budget = "budget.csv";
    public const string VfpSchemes = "vfp_schemes.csv";
    public const string VfpDelivery = "vfp_delivery.csv";
    public const string CqcRatings = "cqc_latest_ratings.csv";

    /// <summary>Each file's header, in the order the files are written.</summary>
    public static IReadOnlyList<(string File, string[] Columns)> Headers { get; } =
    [
        (Providers, ["provider_code", "name", "cqc_location_id", "service_type", "beds", "neighbourhood_code", "local"]),
        (Contracts, ["contract_code", "provider_code", "title", "start_date", "end_date", "annual_value", "manager", "flagship"]),
        (Spend, ["month", "contract_code", "amount"]),
        (Audits, ["audit_code", "provider_code", "audit_date", "auditor", "overall", "safe", "effective", "caring", "responsive", "well_led"]),
        (AuditActions, ["action_code", "audit_code", "key_question", "description", "owner", "due_date", "completed_date"]),
        (Concerns, ["concern_code", "provider_code", "kind", "opened", "closed", "summary"]),
        (SocialValue, ["contract_code", "theme", "measure", "unit", "committed", "delivered"]),
        (Budget, ["month", "service_code", "budget", "actual"]),
        (VfpSchemes, ["scheme_code", "title", "service_code", "plan_year", "annual_target", "recurrent", "qia_status"]),
        (VfpDelivery, ["month", "scheme_code", "saving"]),
        (CqcRatings, [.. CqcLocationsLayout.Header]),
    ];

    /// <summary>Writes every file into <paramref name="directory"/> (created if missing; files of these names are replaced) and returns what was written, in order.</summary>
    public static IReadOnlyList<WrittenFile> Write(
        string directory, CommissioningRecords records, IProgress<ExtractProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        return
        [
            ExtractFiles.WriteRows(directory, Providers, Header(Providers), records.Providers, FormatProvider, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, Contracts, Header(Contracts), records.Contracts, FormatContract, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, Spend, Header(Spend), records.Spend, FormatSpend, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, Audits, Header(Audits), records.Audits, FormatAudit, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, AuditActions, Header(AuditActions), records.AuditActions, FormatAction, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, Concerns, Header(Concerns), records.Concerns, FormatConcern, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, SocialValue, Header(SocialValue), records.SocialValue, FormatSocialValue, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, Budget, Header(Budget), records.Budget, FormatBudget, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, VfpSchemes, Header(VfpSchemes), records.VfpSchemes, FormatScheme, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, VfpDelivery, Header(VfpDelivery), records.VfpDelivery, FormatDelivery, progress, cancellationToken),
            ExtractFiles.WriteRows(directory, CqcRatings, Header(CqcRatings), records.CqcRatings, FormatRating, progress, cancellationToken),
        ];
    }

    private static string[] Header(string file) => Headers.First(h => h.File == file).Columns;

    private static void FormatProvider(CsvBuffer csv, ProviderRow row)
    {
        csv.Text(row.ProviderCode);
        csv.Text(row.Name);
        csv.Text(row.CqcLocationId);
        csv.Text(row.ServiceType);
        csv.Value(row.Beds);
        csv.Text(row.NeighbourhoodCode);
        csv.YesNo(row.Local);
        csv.EndRow();
    }

    private static void FormatContract(CsvBuffer csv, ContractRow row)
    {
        csv.Text(row.ContractCode);
        csv.Text(row.ProviderCode);
        csv.Text(row.Title);
        csv.Date(row.StartDate);
        csv.Date(row.EndDate);
        csv.Value(row.AnnualValue, "0.##");
        csv.Text(row.Manager);
        csv.YesNo(row.Flagship);
        csv.EndRow();
    }

    private static void FormatSpend(CsvBuffer csv, SpendRow row)
    {
        csv.Value(row.Month);
        csv.Text(row.ContractCode);
        csv.Value(row.Amount, "0.##");
        csv.EndRow();
    }

    private static void FormatAudit(CsvBuffer csv, AuditRow row)
    {
        csv.Text(row.AuditCode);
        csv.Text(row.ProviderCode);
        csv.Date(row.AuditDate);
        csv.Text(row.Auditor);
        csv.Text(row.Overall);
        csv.Text(row.Safe);
        csv.Text(row.Effective);
        csv.Text(row.Caring);
        csv.Text(row.Responsive);
        csv.Text(row.WellLed);
        csv.EndRow();
    }

    private static void FormatAction(CsvBuffer csv, AuditActionRow row)
    {
        csv.Text(row.ActionCode);
        csv.Text(row.AuditCode);
        csv.Text(row.KeyQuestion);
        csv.Text(row.Description);
        csv.Text(row.Owner);
        csv.Date(row.DueDate);
        csv.Date(row.CompletedDate);
        csv.EndRow();
    }

    private static void FormatConcern(CsvBuffer csv, ConcernRow row)
    {
        csv.Text(row.ConcernCode);
        csv.Text(row.ProviderCode);
        csv.Text(row.Kind);
        csv.Date(row.Opened);
        csv.Date(row.Closed);
        csv.Text(row.Summary);
        csv.EndRow();
    }

    private static void FormatSocialValue(CsvBuffer csv, SocialValueRow row)
    {
        csv.Text(row.ContractCode);
        csv.Text(row.Theme);
        csv.Text(row.Measure);
        csv.Text(row.Unit);
        csv.Value(row.Committed, "0.##");
        csv.Value(row.Delivered, "0.##");
        csv.EndRow();
    }

    private static void FormatBudget(CsvBuffer csv, BudgetRow row)
    {
        csv.Value(row.Month);
        csv.Text(row.ServiceCode);
        csv.Value(row.Budget, "0.##");
        csv.Value(row.Actual, "0.##");
        csv.EndRow();
    }

    private static void FormatScheme(CsvBuffer csv, VfpSchemeRow row)
    {
        csv.Text(row.SchemeCode);
        csv.Text(row.Title);
        csv.Text(row.ServiceCode);
        csv.Text(row.PlanYear);
        csv.Value(row.AnnualTarget, "0.##");
        csv.YesNo(row.Recurrent);
        csv.Text(row.QiaStatus);
        csv.EndRow();
    }

    private static void FormatDelivery(CsvBuffer csv, VfpDeliveryRow row)
    {
        csv.Value(row.Month);
        csv.Text(row.SchemeCode);
        csv.Value(row.Saving, "0.##");
        csv.EndRow();
    }

    private static void FormatRating(CsvBuffer csv, CqcRatingRow row)
    {
        var location = row.Location;
        csv.Text(location.LocationId);
        csv.Text(location.OdsCode);
        csv.Text(location.Name);
        csv.YesNo(location.CareHome);
        csv.Text(location.LocationType);
        csv.Text(location.PrimaryInspectionCategory);
        csv.Text(location.StreetAddress);
        csv.Text(location.AddressLine2);
        csv.Text(location.City);
        csv.Text(location.PostCode);
        csv.Text(location.LocalAuthority);
        csv.Text(location.Region);
        csv.Text(location.NhsRegion);
        csv.Text(location.OnspdCcgCode);
        csv.Text(location.OnspdCcg);
        csv.Text(location.CommissioningCcgCode);
        csv.Text(location.CommissioningCcgName);
        csv.Text(row.ServicePopulationGroup);
        csv.Text(row.Domain);
        csv.Text(row.LatestRating);
        csv.DayMonthYear(row.PublicationDate);
        csv.Text("Location");
        csv.YesNo(row.InheritedRating);
        csv.Text(location.Url);
        csv.Text(location.ProviderId);
        csv.Text(location.ProviderName);
        csv.Text(null); // Brand ID and Brand Name: the generated providers are in no brand
        csv.Text(null);
        csv.EndRow();
    }
}
