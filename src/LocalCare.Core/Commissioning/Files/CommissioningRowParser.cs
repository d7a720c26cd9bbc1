namespace LocalCare.Core.Commissioning.Files;

/// <summary>
/// Each commissioning file's row read into its entity, field by field (<see cref="FieldReader"/>), with the rules a row carries
/// on its own (beds only for care homes, end on or after start, closed on or after opened). Rules against other rows and other
/// files are <see cref="CommissioningBatchCheck"/>'s.
/// </summary>
public static class CommissioningRowParser
{
    public static readonly CodeList<ProviderServiceType> ServiceTypes = new(t => t.ToCode());
    public static readonly CodeList<AuditRating> AuditRatingCodes = new(r => r.ToCode());
    public static readonly CodeList<KeyQuestion> KeyQuestionCodes = new(k => k.ToCode());
    public static readonly CodeList<ConcernKind> ConcernKindCodes = new(k => k.ToCode());
    public static readonly CodeList<SocialValueTheme> ThemeCodes = new(t => t.ToCode());
    public static readonly CodeList<QiaStatus> QiaCodes = new(s => s.ToCode());

    /// <summary>The row as its file's entity (a <see cref="Provider"/>, <see cref="ProviderContract"/>, …); check <see cref="FieldReader.Valid"/>.</summary>
    public static object Parse(CommissioningFileKind kind, FieldReader row) => kind switch
    {
        CommissioningFileKind.Providers => Provider(row),
        CommissioningFileKind.Contracts => Contract(row),
        CommissioningFileKind.Spend => new ContractSpend { Month = row.Month("month"), ContractCode = row.Key("contract_code"), Amount = row.Money("amount") },
        CommissioningFileKind.SocialValue => new SocialValueCommitment
        {
            ContractCode = row.Key("contract_code"),
            Theme = row.Choice<SocialValueTheme>("theme", ThemeCodes.TryParse, ThemeCodes.Description),
            Measure = row.Text("measure", maxLength: 200),
            Unit = row.Text("unit", maxLength: 50),
            Committed = row.Decimal("committed", 0),
            Delivered = row.Decimal("delivered", 0),
        },
        CommissioningFileKind.Audits => Audit(row),
        CommissioningFileKind.AuditActions => new AuditAction
        {
            Code = row.Key("action_code"),
            AuditCode = row.Key("audit_code"),
            KeyQuestion = row.Choice<KeyQuestion>("key_question", KeyQuestionCodes.TryParse, KeyQuestionCodes.Description),
            Description = row.Text("description", maxLength: 2000),
            Owner = row.Text("owner", maxLength: 200),
            DueDate = row.Date("due_date"),
            CompletedDate = row.OptionalDate("completed_date"),
        },
        CommissioningFileKind.Concerns => Concern(row),
        CommissioningFileKind.Budget => new BudgetLine
        {
            Month = row.Month("month"),
            ServiceCode = row.Code("service_code"),
            Budget = row.Money("budget"),
            Actual = row.OptionalMoney("actual"),
        },
        CommissioningFileKind.VfpSchemes => new VfpScheme
        {
            Code = row.Key("scheme_code"),
            Title = row.Text("title", maxLength: 300),
            ServiceCode = row.Code("service_code"),
            PlanYear = row.PlanYear("plan_year"),
            AnnualTarget = row.Money("annual_target", 0),
            Recurrent = row.YesNo("recurrent"),
            QiaStatus = row.Choice<QiaStatus>("qia_status", QiaCodes.TryParse, QiaCodes.Description),
        },
        CommissioningFileKind.VfpDelivery => new VfpDelivery { Month = row.Month("month"), SchemeCode = row.Key("scheme_code"), Saving = row.Money("saving") },
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static Provider Provider(FieldReader row)
    {
        var provider = new Provider
        {
            Code = row.Code("provider_code"),
            Name = row.Text("name", maxLength: 300),
            CqcLocationId = row.Record["cqc_location_id"] is null ? null : row.Text("cqc_location_id", maxLength: 64),
            ServiceType = row.Choice<ProviderServiceType>("service_type", ServiceTypes.TryParse, ServiceTypes.Description),
            Beds = row.OptionalInt("beds", 0),
            NeighbourhoodCode = row.OptionalCode("neighbourhood_code"),
            IsLocal = row.YesNo("local"),
        };
        if (row.Valid && provider.ServiceType.IsCareHome() && provider.Beds is null)
        {
            row.Fail("beds", $"is required for a {provider.ServiceType.ToCode()} provider");
        }
        else if (row.Valid && !provider.ServiceType.IsCareHome() && provider.Beds is not null)
        {
            row.Fail("beds", $"must be empty: a {provider.ServiceType.ToCode()} provider has no beds (only care_home_nursing and care_home_residential do)");
        }

        return provider;
    }

    private static ProviderContract Contract(FieldReader row)
    {
        var contract = new ProviderContract
        {
            Code = row.Key("contract_code"),
            ProviderCode = row.Code("provider_code"),
            Title = row.Text("title", maxLength: 300),
            StartDate = row.Date("start_date"),
            EndDate = row.Date("end_date"),
            AnnualValue = row.Money("annual_value", 0),
            Manager = row.Text("manager", required: false, maxLength: 200),
            Flagship = row.YesNo("flagship"),
        };
        if (row.Valid && contract.EndDate < contract.StartDate)
        {
            row.Fail("end_date", $"'{row.Record["end_date"]}' is before start_date '{row.Record["start_date"]}'");
        }

        return contract;
    }

    private static QualityAudit Audit(FieldReader row)
    {
        AuditRating? Rating(string column) => row.OptionalChoice<AuditRating>(column, AuditRatingCodes.TryParse, AuditRatingCodes.Description);
        return new QualityAudit
        {
            Code = row.Key("audit_code"),
            ProviderCode = row.Code("provider_code"),
            AuditDate = row.Date("audit_date"),
            Auditor = row.Text("auditor", required: false, maxLength: 200),
            Overall = row.Choice<AuditRating>("overall", AuditRatingCodes.TryParse, AuditRatingCodes.Description),
            Safe = Rating("safe"),
            Effective = Rating("effective"),
            Caring = Rating("caring"),
            Responsive = Rating("responsive"),
            WellLed = Rating("well_led"),
        };
    }

    private static ProviderConcern Concern(FieldReader row)
    {
        var concern = new ProviderConcern
        {
            Code = row.Key("concern_code"),
            ProviderCode = row.Code("provider_code"),
            Kind = row.Choice<ConcernKind>("kind", ConcernKindCodes.TryParse, ConcernKindCodes.Description),
            Opened = row.Date("opened"),
            Closed = row.OptionalDate("closed"),
            Summary = row.Text("summary", required: false, maxLength: 2000),
        };
        if (row.Valid && concern.Closed < concern.Opened)
        {
            row.Fail("closed", $"'{row.Record["closed"]}' is before opened '{row.Record["opened"]}'");
        }

        return concern;
    }
}
