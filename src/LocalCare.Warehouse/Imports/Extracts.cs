namespace LocalCare.Warehouse.Imports;

/// <summary>The import files of data-contract.md and metrics.md, column by column, in the order a directory is imported.</summary>
public static class Extracts
{
    public const string AttendanceCodes = "0,2,3,4,5,6,7";

    public static ExtractSpec Referrals { get; } = new(ExtractKind.Referrals, "referrals.csv", "referrals",
        [
            ColumnSpec.Key("referral_id"),
            ColumnSpec.Key("person_id"),
            ColumnSpec.Code("service_code", CodeKind.Service),
            ColumnSpec.Code("neighbourhood_code", CodeKind.Neighbourhood, required: false),
            ColumnSpec.Of("received_at", ColumnType.DateTime),
            ColumnSpec.OneOf("urgency", true, "routine", "urgent", "crisis"),
            ColumnSpec.Of("discharged_at", ColumnType.DateTime, required: false),
        ],
        ["referral_id"])
    {
        RowRules =
        [
            new("discharged_at", "discharged_before_received", "v_discharged_at < v_received_at",
                "format('''{}'' is before received_at ''{}''', r_discharged_at, r_received_at)"),
        ],
    };

    public static ExtractSpec Contacts { get; } = new(ExtractKind.Contacts, "contacts.csv", "contacts",
        [
            ColumnSpec.Key("contact_id"),
            ColumnSpec.Key("referral_id", required: false),
            ColumnSpec.Key("person_id"),
            ColumnSpec.Code("service_code", CodeKind.Service),
            ColumnSpec.Code("neighbourhood_code", CodeKind.Neighbourhood, required: false),
            ColumnSpec.Of("scheduled_at", ColumnType.DateTime),
            new ColumnSpec("attendance", ColumnType.Enum, false) { Values = ["0", "2", "3", "4", "5", "6", "7"], ValuesDescription = $"an NHS attendance code ({AttendanceCodes})" },
            ColumnSpec.OneOf("contact_mode", false, "face_to_face", "telephone", "video", "other"),
            ColumnSpec.Number("duration_minutes", ColumnType.Int, false, 0, 1440),
        ],
        ["contact_id"]);

    public static ExtractSpec ActivityPlan { get; } = new(ExtractKind.ActivityPlan, "activity_plan.csv", "activity_plan",
        [
            ColumnSpec.Of("month", ColumnType.Month),
            ColumnSpec.Code("service_code", CodeKind.Service),
            ColumnSpec.Number("planned_contacts", ColumnType.Int, true, 0),
        ],
        ["month", "service_code"]);

    public static ExtractSpec Workforce { get; } = new(ExtractKind.Workforce, "workforce.csv", "workforce",
        [
            ColumnSpec.Of("month", ColumnType.Month),
            ColumnSpec.Code("service_code", CodeKind.Service),
            ColumnSpec.Number("budgeted_wte", ColumnType.Decimal, true, 0),
            ColumnSpec.Number("contracted_wte", ColumnType.Decimal, true, 0),
            ColumnSpec.Number("headcount", ColumnType.Int, true, 0),
            ColumnSpec.Number("leavers", ColumnType.Int, true, 0),
            ColumnSpec.Number("fte_days_available", ColumnType.Decimal, true, 0),
            ColumnSpec.Number("fte_days_lost_sickness", ColumnType.Decimal, true, 0),
            ColumnSpec.Number("appraisals_due", ColumnType.Int, false, 0),
            ColumnSpec.Number("appraisals_completed", ColumnType.Int, false, 0),
        ],
        ["month", "service_code"])
    {
        RowRules =
        [
            new("fte_days_lost_sickness", "more_than_available", "v_fte_days_lost_sickness > v_fte_days_available",
                "format('''{}'' is more than fte_days_available ''{}''', r_fte_days_lost_sickness, r_fte_days_available)"),
            new("appraisals_completed", "more_than_due", "v_appraisals_completed > coalesce(v_appraisals_due, -1)",
                "CASE WHEN v_appraisals_due IS NULL THEN format('''{}'' needs appraisals_due', r_appraisals_completed) ELSE format('''{}'' is more than appraisals_due ''{}''', r_appraisals_completed, r_appraisals_due) END"),
        ],
    };

    public static ExtractSpec Incidents { get; } = new(ExtractKind.Incidents, "incidents.csv", "incidents",
        [
            ColumnSpec.Key("incident_id"),
            ColumnSpec.Of("occurred_at", ColumnType.DateTime),
            ColumnSpec.Code("service_code", CodeKind.Service),
            ColumnSpec.Code("neighbourhood_code", CodeKind.Neighbourhood, required: false),
            ColumnSpec.OneOf("category", true, "pressure_ulcer", "fall", "medication", "other"),
            ColumnSpec.OneOf("grade", false, "cat1", "cat2", "cat3", "cat4", "unstageable", "dti", "none", "low", "moderate", "severe", "death"),
            ColumnSpec.Of("acquired_in_care", ColumnType.Bool, required: false),
        ],
        ["incident_id"])
    {
        RowRules =
        [
            new("grade", "grade_for_category",
                "v_category = 'pressure_ulcer' AND v_grade NOT IN ('cat1', 'cat2', 'cat3', 'cat4', 'unstageable', 'dti') OR v_category <> 'pressure_ulcer' AND v_grade NOT IN ('none', 'low', 'moderate', 'severe', 'death')",
                "CASE WHEN v_category = 'pressure_ulcer' THEN format('''{}'' is not a pressure ulcer grade (cat1, cat2, cat3, cat4, unstageable, dti)', r_grade) ELSE format('''{}'' is not a harm grade for a {} (none, low, moderate, severe, death)', r_grade, v_category) END"),
        ],
    };

    public static ExtractSpec Experience { get; } = new(ExtractKind.Experience, "experience.csv", "experience",
        [
            ColumnSpec.Key("response_id"),
            ColumnSpec.Of("responded_at", ColumnType.Date),
            ColumnSpec.Code("service_code", CodeKind.Service),
            ColumnSpec.Code("neighbourhood_code", CodeKind.Neighbourhood, required: false),
            ColumnSpec.OneOf("instrument", true, "wmtm", "qcr", "fft"),
            ColumnSpec.Of("score", ColumnType.Decimal),
        ],
        ["response_id"])
    {
        RowRules =
        [
            new("score", "score_for_instrument",
                "v_instrument IN ('wmtm', 'qcr') AND (v_score < 0 OR v_score > 100) OR v_instrument = 'fft' AND v_score NOT IN (1, 2, 3, 4, 5, 6)",
                "CASE WHEN v_instrument = 'fft' THEN format('''{}'' is not a Friends and Family Test answer (1 to 6)', r_score) ELSE format('''{}'' is not a {} score between 0 and 100', r_score, v_instrument) END"),
        ],
    };

    public static ExtractSpec VirtualWard { get; } = new(ExtractKind.VirtualWard, "virtual_ward.csv", "virtual_ward",
        [
            ColumnSpec.Of("date", ColumnType.Date),
            ColumnSpec.Code("ward_code", CodeKind.VirtualWard),
            ColumnSpec.Number("capacity_beds", ColumnType.Int, true, 0),
            ColumnSpec.Number("occupied_beds", ColumnType.Int, true, 0),
        ],
        ["date", "ward_code"])
    {
        ServiceColumn = "ward_code",
    };

    public static ExtractSpec MetricValues { get; } = new(ExtractKind.MetricValues, "metric_values.csv", "metric_values",
        [
            ColumnSpec.Of("month", ColumnType.Month),
            ColumnSpec.Of("metric_id", ColumnType.MetricId),
            ColumnSpec.Of("unit", ColumnType.UnitRef),
            ColumnSpec.Number("numerator", ColumnType.Decimal, true),
            ColumnSpec.Number("denominator", ColumnType.Decimal, false, 0),
        ],
        ["month", "metric_id", "unit"])
    {
        ServiceColumn = null,
        RowRules =
        [
            new("denominator", "denominator_for_kind",
                "v_metric_kind = 'count' AND v_denominator IS NOT NULL OR v_metric_kind <> 'count' AND v_denominator IS NULL",
                "CASE WHEN v_metric_kind = 'count' THEN format('''{}'' must be empty: {} is a count', r_denominator, v_metric_id) ELSE format('is required: {} is a {}', v_metric_id, v_metric_kind) END"),
        ],
    };

    /// <summary>Every import file, in import order: referrals before contacts, so a run's contacts can link to its referrals.</summary>
    public static IReadOnlyList<ExtractSpec> All { get; } = [Referrals, Contacts, ActivityPlan, Workforce, Incidents, Experience, VirtualWard, MetricValues];

    public static ExtractSpec Of(ExtractKind kind) => All.Single(s => s.Kind == kind);

    public static ExtractSpec? ForFileName(string fileName) =>
        All.FirstOrDefault(s => string.Equals(s.FileName, fileName, StringComparison.OrdinalIgnoreCase));
}
