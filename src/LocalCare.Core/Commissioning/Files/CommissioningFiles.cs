namespace LocalCare.Core.Commissioning.Files;

/// <summary>
/// Every commissioning file, in the order a run imports them: a file is checked against the ones before it (contracts against
/// providers, spend against contracts, actions against audits, delivery against schemes) as well as against what is stored.
/// </summary>
public static class CommissioningFiles
{
    public static CommissioningFileSpec Providers { get; } = new(CommissioningFileKind.Providers, "providers.csv",
        [new("provider_code"), new("name"), new("cqc_location_id", false), new("service_type"), new("beds", false), new("neighbourhood_code", false), new("local")],
        ["provider_code"]);

    public static CommissioningFileSpec Contracts { get; } = new(CommissioningFileKind.Contracts, "contracts.csv",
        [new("contract_code"), new("provider_code"), new("title"), new("start_date"), new("end_date"), new("annual_value"), new("manager", false), new("flagship")],
        ["contract_code"]);

    public static CommissioningFileSpec Spend { get; } = new(CommissioningFileKind.Spend, "spend.csv",
        [new("month"), new("contract_code"), new("amount")],
        ["month", "contract_code"]);

    public static CommissioningFileSpec SocialValue { get; } = new(CommissioningFileKind.SocialValue, "social_value.csv",
        [new("contract_code"), new("theme"), new("measure"), new("unit"), new("committed"), new("delivered")],
        ["contract_code", "theme", "measure"]);

    public static CommissioningFileSpec Audits { get; } = new(CommissioningFileKind.Audits, "audits.csv",
        [new("audit_code"), new("provider_code"), new("audit_date"), new("auditor", false), new("overall"),
         new("safe", false), new("effective", false), new("caring", false), new("responsive", false), new("well_led", false)],
        ["audit_code"]);

    public static CommissioningFileSpec AuditActions { get; } = new(CommissioningFileKind.AuditActions, "audit_actions.csv",
        [new("action_code"), new("audit_code"), new("key_question"), new("description"), new("owner"), new("due_date"), new("completed_date", false)],
        ["action_code"]);

    public static CommissioningFileSpec Concerns { get; } = new(CommissioningFileKind.Concerns, "concerns.csv",
        [new("concern_code"), new("provider_code"), new("kind"), new("opened"), new("closed", false), new("summary", false)],
        ["concern_code"]);

    public static CommissioningFileSpec Budget { get; } = new(CommissioningFileKind.Budget, "budget.csv",
        [new("month"), new("service_code"), new("budget"), new("actual", false)],
        ["month", "service_code"]);

    public static CommissioningFileSpec VfpSchemes { get; } = new(CommissioningFileKind.VfpSchemes, "vfp_schemes.csv",
        [new("scheme_code"), new("title"), new("service_code"), new("plan_year"), new("annual_target"), new("recurrent"), new("qia_status")],
        ["scheme_code"]);

    public static CommissioningFileSpec VfpDelivery { get; } = new(CommissioningFileKind.VfpDelivery, "vfp_delivery.csv",
        [new("month"), new("scheme_code"), new("saving")],
        ["month", "scheme_code"]);

    /// <summary>Every file, in import order.</summary>
    public static IReadOnlyList<CommissioningFileSpec> All { get; } = [Providers, Contracts, Spend, SocialValue, Audits, AuditActions, Concerns, Budget, VfpSchemes, VfpDelivery];

    /// <summary>The file of that name (case-insensitive), or null.</summary>
    public static CommissioningFileSpec? ForFileName(string name) => All.FirstOrDefault(f => string.Equals(f.FileName, name, StringComparison.OrdinalIgnoreCase));

    public static CommissioningFileSpec Of(CommissioningFileKind kind) => All.Single(f => f.Kind == kind);
}
